import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWsdl } from '../generators/wsdl.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'fixtures', 'wsdl-rpc');
const generate = (specDir = fixture) =>
  generateWsdl({ kind: 'wsdl', wsdl: 'library.wsdl', output: 'wsdl.gen.ts' }, { root, specDir, provider: 'fixture' });

describe('wsdl post-pass (rpc/encoded complex parts)', () => {
  it('types every complex type and array, with nillable and minOccurs 0 as | null (a field is never missing)', async () => {
    const [file] = await generate();
    const content = file?.content ?? '';
    expect(content).not.toMatch(/\bany\b/);
    expect(content).toMatch(/export interface Shelf \{[^}]*shelf_id: number;[^}]*label: string;/);
    expect(content).toMatch(
      /export interface Book \{[^}]*book_id: number;[^}]*pages: number \| null;[^}]*subtitle: string \| null;[^}]*lent: boolean;[^}]*shelf: Shelf;/,
    );
    expect(content).toContain('export type ArrayOfString = string[];');
    expect(content).toContain('export type ArrayOfBook = Book[];');
  });

  it('types complex message parts and keeps every part required', async () => {
    const [file] = await generate();
    const content = file?.content ?? '';
    expect(content).toMatch(
      /export interface FindBooksRequest \{[^}]*token: string;[^}]*words: ArrayOfString;[^}]*limit: number;/,
    );
    expect(content).toMatch(/export interface FindBooksResponse \{[^}]*status: string;[^}]*books: ArrayOfBook;/);
    expect(content).toMatch(/export interface GetBookResponse \{[^}]*book: Book;/);
    expect(content).toContain('find_books: { input: FindBooksRequest; output: FindBooksResponse };');
  });

  it('emits the operations table (ordered typed parts, SOAPAction, statuses) and the type table', async () => {
    const [file] = await generate();
    // Unformatted output (run.ts formats later): quote style is JSON's here.
    const content = (file?.content ?? '').replaceAll('"', "'");
    const table = content.slice(content.indexOf('export const LibraryPortOperationTable'));
    expect(table).toContain("soapAction: 'urn:library#find_books'");
    expect(table).toMatch(
      /input: \[\s*\{ name: 'token', type: 'xsd:string' \},\s*\{ name: 'words', type: 'tns:ArrayOfString' \},\s*\{ name: 'limit', type: 'xsd:int' \},?\s*\]/,
    );
    expect(table).toMatch(/success: \['book_ok'\],\s*outcomes: \['book_lent'\],\s*errors: \['no_book'\]/);
    expect(content).toMatch(/ArrayOfBook: \{ kind: 'array', item: 'tns:Book' \}/);
    expect(content).toMatch(/\{ name: 'pages', type: 'xsd:int', nillable: true, optional: false, flag: false \}/);
    expect(file?.inputs.map((p) => p.slice(fixture.length + 1))).toEqual(['library.wsdl', 'statuses.json']);
  });

  it('refuses a statuses.json that misses an operation or names an unknown one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsdl-post-pass-'));
    try {
      cpSync(join(fixture, 'library.wsdl'), join(dir, 'library.wsdl'));
      writeFileSync(join(dir, 'statuses.json'), JSON.stringify({ find_books: { success: ['found'] } }));
      await expect(generate(dir)).rejects.toThrow(/no statuses for get_book/);
      writeFileSync(
        join(dir, 'statuses.json'),
        JSON.stringify({ find_books: { success: ['a'] }, get_book: { success: ['b'] }, lend: { success: ['c'] } }),
      );
      await expect(generate(dir)).rejects.toThrow(/lend is not an operation of the WSDL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
