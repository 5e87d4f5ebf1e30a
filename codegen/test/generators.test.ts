import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGraphql } from '../generators/graphql.js';
import { generateOpenapi, xmlArrayPaths } from '../generators/openapi.js';
import { generateSamples } from '../generators/samples.js';
import type { GeneratorContext } from '../generators/types.js';
import { generateWsdl } from '../generators/wsdl.js';
import { readManifest } from '../manifest.js';

const root = join(import.meta.dirname, '..', '..');
const ctx = (kind: string): GeneratorContext => ({
  root,
  specDir: join(import.meta.dirname, 'fixtures', kind),
  provider: 'fixture',
});

describe('graphql generator', () => {
  it('emits typed documents and operation types with the configured scalar', async () => {
    const [file] = await generateGraphql(
      {
        kind: 'graphql',
        schema: 'schema.graphql',
        documents: ['operations/*.graphql'],
        output: 'graphql.gen.ts',
        scalars: { DateTime: 'number' },
      },
      ctx('graphql'),
    );
    expect(file?.output).toBe('graphql.gen.ts');
    const content = file?.content ?? '';
    expect(content).toContain('export const GetNodeDocument');
    expect(content).toContain('DocumentNode<GetNodeQuery, GetNodeQueryVariables>');
    expect(content).toMatch(/__typename: 'File', size: number, id: string, name: string, updated_at: number/);
    expect(content).not.toMatch(/\bany\b/);
    expect(file?.inputs.map((p) => p.slice(root.length))).toEqual([
      '/codegen/test/fixtures/graphql/schema.graphql',
      '/codegen/test/fixtures/graphql/operations/get-node.graphql',
      '/codegen/test/fixtures/graphql/operations/rename-node.graphql',
    ]);
  });
});

describe('graphql generator, documentMode string', () => {
  it('emits TypedDocumentString values with one-line text, operation first, each fragment once, and no any', async () => {
    const specDir = mkdtempSync(join(tmpdir(), 'codegen-graphql-string-'));
    try {
      copyFileSync(join(import.meta.dirname, 'fixtures', 'graphql', 'schema.graphql'), join(specDir, 'schema.graphql'));
      mkdirSync(join(specDir, 'operations'));
      // The fragment comes first and the text has comments and newlines: the output must have none of that.
      writeFileSync(
        join(specDir, 'operations', 'get-node.graphql'),
        '# a comment\nfragment Named on Node {\n  id\n  name # why\n}\nfragment Sized on File { size }\n' +
          'query getNode($id: ID!) {\n  getNode(id: $id) {\n    __typename\n    ...Named\n    ... on File { ...Sized ...Named }\n  }\n}\n',
      );
      const job = {
        kind: 'graphql',
        schema: 'schema.graphql',
        documents: ['operations/*.graphql'],
        output: 'graphql.gen.ts',
        scalars: { DateTime: 'number' },
        documentMode: 'string',
      } as const;
      const [file] = await generateGraphql(job, { root, specDir, provider: 'fixture' });
      const content = file?.content ?? '';
      expect(content).toContain('export class TypedDocumentString<TResult, TVariables>');
      expect(content).toContain(
        'export const GetNodeDocument = new TypedDocumentString("query getNode($id:ID!){getNode(id:$id){__typename ' +
          '...Named ...on File{...Sized ...Named}}}fragment Named on Node{id name}fragment Sized on File{size}") as ' +
          'unknown as TypedDocumentString<GetNodeQuery, GetNodeQueryVariables>;',
      );
      expect(content).not.toMatch(/\bany\b/);
      expect(content).not.toContain('DocumentNode');
      // The default is unchanged: AST documents.
      const [ast] = await generateGraphql({ ...job, documentMode: undefined }, { root, specDir, provider: 'fixture' });
      expect(ast?.content).toContain('DocumentNode<GetNodeQuery, GetNodeQueryVariables>');
    } finally {
      rmSync(specDir, { recursive: true, force: true });
    }
  });
});

describe('graphql documentMode in codegen.json', () => {
  it('accepts documentNode and string, and refuses anything else', () => {
    const tempRoot = mkdtempSync(join(tmpdir(), 'codegen-manifest-'));
    try {
      mkdirSync(join(tempRoot, 'specs', 'x'), { recursive: true });
      const write = (documentMode: unknown) =>
        writeFileSync(
          join(tempRoot, 'specs', 'x', 'codegen.json'),
          JSON.stringify({
            package: 'x',
            jobs: [{ kind: 'graphql', schema: 's.graphql', documents: [], output: 'g.gen.ts', documentMode }],
          }),
        );
      write('string');
      expect(readManifest(tempRoot, 'x').jobs[0]).toMatchObject({ documentMode: 'string' });
      write(undefined);
      expect(readManifest(tempRoot, 'x').jobs[0]).not.toHaveProperty('documentMode');
      write('ast');
      expect(() => readManifest(tempRoot, 'x')).toThrow(/"documentMode" is one of documentNode, string/);
    } finally {
      rmSync(tempRoot, { recursive: true, force: true });
    }
  });
});

describe('openapi generator', () => {
  it('types format: binary as Blob and emits the XML array paths', async () => {
    const files = await generateOpenapi(
      { kind: 'openapi', spec: 'openapi.yaml', output: 'openapi.gen.ts', xmlArrayPaths: 'xml-arrays.gen.ts' },
      ctx('openapi'),
    );
    expect(files.map((f) => f.output)).toEqual(['openapi.gen.ts', 'xml-arrays.gen.ts']);
    expect(files[0]?.content).toMatch(/file: Blob;/);
    expect(files[1]?.content).toContain('["commands.command","entries.entry","entries.entry.tags.tag"]');
  });

  it('follows the OpenAPI XML rules for wrapped and unwrapped arrays', () => {
    const doc = {
      paths: {
        '/x': {
          get: {
            responses: {
              200: {
                content: {
                  'application/xml': {
                    schema: {
                      type: 'object',
                      xml: { name: 'root' },
                      properties: {
                        plain: { type: 'array', items: { type: 'string' } },
                        renamed: { type: 'array', items: { type: 'string', xml: { name: 'item' } } },
                        box: { type: 'array', xml: { wrapped: true, name: 'boxes' }, items: { type: 'string' } },
                        attr: { type: 'string', xml: { attribute: true } },
                      },
                    },
                  },
                  'application/json': { schema: { type: 'array', items: {} } },
                },
              },
            },
          },
        },
      },
    };
    expect(xmlArrayPaths(doc)).toEqual(['root.boxes.boxes', 'root.item', 'root.plain']);
  });

  it('follows responses declared once under components/responses', () => {
    const doc = {
      paths: { '/x': { post: { responses: { 200: { $ref: '#/components/responses/Listing' } } } } },
      components: {
        responses: {
          Listing: {
            content: {
              'application/xml': {
                schema: {
                  type: 'object',
                  xml: { name: 'entries' },
                  properties: { entry: { type: 'array', items: {} } },
                },
              },
            },
          },
        },
      },
    };
    expect(xmlArrayPaths(doc)).toEqual(['entries.entry']);
    expect(() =>
      xmlArrayPaths({ paths: { '/y': { get: { responses: { 200: { $ref: '#/components/responses/Nope' } } } } } }),
    ).toThrow('unresolvable response $ref #/components/responses/Nope');
  });
});

describe('wsdl generator', () => {
  it('merges message interfaces with required parts and an operations map', async () => {
    const [file] = await generateWsdl({ kind: 'wsdl', wsdl: 'notes.wsdl', output: 'wsdl.gen.ts' }, ctx('wsdl'));
    const content = file?.content ?? '';
    expect(content).toMatch(/export interface AddNoteRequest \{[^}]*auth_token: string;[^}]*text: string;/);
    expect(content).toMatch(/note_id: number;/);
    expect(content).toContain('add_note: { input: AddNoteRequest; output: AddNoteResponse };');
    expect(content).toContain('count_notes: { input: CountNotesRequest; output: CountNotesResponse };');
    expect(content).not.toMatch(/\bany\b|\?:|^import /m);
  });
});

describe('samples generator', () => {
  it('infers one type from several samples, optional where a sample lacks the field, never any', async () => {
    const [file] = await generateSamples(
      { kind: 'samples', typeName: 'User', samples: ['user-*.json'], output: 'user.gen.ts' },
      ctx('samples'),
    );
    const content = file?.content ?? '';
    expect(content).toMatch(/export interface User \{/);
    expect(content).toMatch(/email\?: string;/);
    expect(content).toMatch(/name: +string;/);
    expect(content).toMatch(/groups: +unknown\[\];/);
    expect(content).not.toMatch(/\bany\b/);
  });
});
