import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpec } from '../specs/diff/index.js';
import { buildReport, renderReport } from '../specs/report.js';
import type { SpecFile } from '../specs/spec-files.js';
import type { DiffReport, SpecKind } from '../specs/types.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'spec-diff');

/** Diffs `base.<ext>` against `<name>.<ext>` of one fixture folder, as `specs:diff` would. */
async function report(kind: SpecKind, folder: string, ext: string, name: string): Promise<DiffReport> {
  const specDir = join(fixtures, folder);
  const spec: SpecFile = {
    kind,
    file: `spec.${ext}`,
    repoPath: `specs/fixture/spec.${ext}`,
    absolutePath: join(specDir, `spec.${ext}`),
    specDir,
    documents: kind === 'graphql' ? ['operations/*.graphql'] : [],
  };
  const read = (file: string) => readFileSync(join(specDir, file), 'utf8');
  return buildReport(folder, await diffSpec(spec, read(`base.${ext}`), read(`${name}.${ext}`)));
}

/** `level kind path` per change: the exact classification, in the report's stable order. */
function lines(r: DiffReport): string[] {
  return r.changes.map((c) => `${c.level} ${c.kind} ${c.path}`);
}

describe('GraphQL (Carbonio Files): @graphql-inspector/core plus our operations', () => {
  it('breaking: a removed field and a new required argument; our operations stop validating', async () => {
    const r = await report('graphql', 'graphql', 'graphql', 'breaking');
    expect(lines(r)).toEqual([
      'breaking field-removed spec.graphql#Node.size',
      'breaking operation-invalid spec.graphql#operations/get-node.graphql',
      'breaking operation-invalid spec.graphql#operations/node-fields.graphql',
      'breaking field-argument-added spec.graphql#Query.getNode.shared_id',
    ]);
    expect(r.bump).toBe('major');
    expect(r.changes[1]?.message).toContain('argument "shared_id" of type "ID!" is required');
  });

  it('additive: a new field, query and optional argument are safe → minor', async () => {
    const r = await report('graphql', 'graphql', 'graphql', 'additive');
    expect(lines(r)).toEqual([
      'safe field-added spec.graphql#Node.updated_at',
      'safe field-description-added spec.graphql#Node.updated_at',
      'safe field-argument-added spec.graphql#Query.getNode.version',
      'safe field-added spec.graphql#Query.getVersions',
      'safe field-argument-added spec.graphql#Query.getVersions.node_id',
    ]);
    expect(r.summary).toEqual({ breaking: 0, dangerous: 0, safe: 5 });
    expect(r.bump).toBe('minor');
  });

  it('a new enum value is dangerous (a switch may miss it) → minor', async () => {
    const r = await report('graphql', 'graphql', 'graphql', 'dangerous');
    expect(lines(r)).toEqual(['dangerous enum-value-added spec.graphql#NodeType.VIDEO']);
    expect(r.bump).toBe('minor');
  });
});

describe('OpenAPI with JSON answers (Afterlogic Pro 7)', () => {
  const body = '/requestBody/content/application~1x-www-form-urlencoded/schema/properties';
  it('breaking: a response field removed, a required form field added, a request enum narrowed', async () => {
    const r = await report('openapi', 'openapi-json', 'yaml', 'breaking');
    expect(lines(r)).toEqual([
      'breaking property-removed spec.yaml#/components/schemas/FileItem/properties/Size',
      `breaking enum-value-removed spec.yaml#/paths/~1Ajax~1Files/post${body}/Type`,
      `breaking property-added spec.yaml#/paths/~1Ajax~1FilesRename/post${body}/AccountID`,
    ]);
    expect(r.bump).toBe('major');
  });

  it('additive: a new operation, an optional form field and a response field are safe → minor', async () => {
    const r = await report('openapi', 'openapi-json', 'yaml', 'additive');
    expect(lines(r)).toEqual([
      'safe property-added spec.yaml#/components/schemas/FileItem/properties/Shared',
      `safe property-added spec.yaml#/paths/~1Ajax~1Files/post${body}/Offset`,
      'safe operation-added spec.yaml#/paths/~1Ajax~1FilesFolderCreate/post',
    ]);
    expect(r.bump).toBe('minor');
  });

  it('an enum narrowed in a response is dangerous, not breaking', async () => {
    const r = await report('openapi', 'openapi-json', 'yaml', 'dangerous-response-enum');
    expect(lines(r)).toEqual(['dangerous enum-value-removed spec.yaml#/components/schemas/FileItem/properties/Type']);
  });
});

describe('OpenAPI with XML answers (FileCloud)', () => {
  it('breaking: a renamed XML root, a removed entry field, a removed operation', async () => {
    const r = await report('openapi', 'openapi-xml', 'yaml', 'breaking');
    expect(lines(r)).toEqual([
      'breaking xml-changed spec.yaml#/components/schemas/Entries',
      'breaking property-removed spec.yaml#/components/schemas/Entries/properties/entry/items/properties/size',
      'breaking operation-removed spec.yaml#/paths/~1core~1deletefile/post',
    ]);
    expect(r.bump).toBe('major');
  });

  it('additive → minor', async () => {
    const r = await report('openapi', 'openapi-xml', 'yaml', 'additive');
    expect(lines(r)).toEqual([
      'safe property-added spec.yaml#/components/schemas/Entries/properties/entry/items/properties/modified',
      'safe operation-added spec.yaml#/paths/~1core~1createfolder/post',
      'safe property-added spec.yaml#/paths/~1core~1getfilelist/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/sortby',
    ]);
    expect(r.bump).toBe('minor');
  });

  it('a response enum that grows is dangerous; prose only is a patch', async () => {
    const grown = await report('openapi', 'openapi-xml', 'yaml', 'dangerous-response-enum');
    expect(lines(grown)).toEqual([
      'dangerous enum-value-added spec.yaml#/components/schemas/Entries/properties/entry/items/properties/type',
    ]);
    const docs = await report('openapi', 'openapi-xml', 'yaml', 'docs-only');
    expect(lines(docs)).toEqual(['safe description-changed spec.yaml#/paths/~1core~1getfilelist/post/responses/200']);
    expect(docs.bump).toBe('patch');
  });
});

describe('WSDL (Box.net)', () => {
  it('breaking: a new input part, a removed response element, an element that may now be nil', async () => {
    const r = await report('wsdl', 'wsdl', 'wsdl', 'breaking');
    expect(lines(r)).toEqual([
      'breaking part-added spec.wsdl#operation/get_file_info/input/version',
      'breaking element-became-nillable spec.wsdl#type/FileInfo/file_name',
      'breaking element-removed spec.wsdl#type/FileInfo/size',
    ]);
    expect(r.bump).toBe('major');
  });

  it('additive: a new operation and optional element are safe, a new output part dangerous → minor', async () => {
    const r = await report('wsdl', 'wsdl', 'wsdl', 'additive');
    expect(lines(r)).toEqual([
      'dangerous part-added spec.wsdl#operation/delete_files/output/deleted',
      'safe operation-added spec.wsdl#operation/logout',
      'safe element-added spec.wsdl#type/FileInfo/sha1',
    ]);
    expect(r.bump).toBe('minor');
  });

  it('reordered input parts break an rpc/encoded call', async () => {
    const r = await report('wsdl', 'wsdl', 'wsdl', 'reordered');
    expect(lines(r)).toEqual(['breaking part-order-changed spec.wsdl#operation/get_file_info/input']);
  });
});

describe('report', () => {
  it('has the documented JSON shape and a readable form', async () => {
    const r = await report('wsdl', 'wsdl', 'wsdl', 'breaking');
    expect(Object.keys(r)).toEqual(['provider', 'changes', 'summary', 'bump']);
    expect(Object.keys(r.changes[0] ?? {})).toEqual(['kind', 'level', 'path', 'message']);
    expect(r.summary).toEqual({ breaking: 3, dangerous: 0, safe: 0 });
    const text = renderReport(r);
    expect(text).toContain('breaking (3):');
    expect(text).toContain('wsdl: 3 breaking, 0 dangerous, 0 safe → major');
  });

  it('an unchanged spec has no changes and no bump', async () => {
    const r = await report('openapi', 'openapi-xml', 'yaml', 'base');
    expect(r).toEqual({
      provider: 'openapi-xml',
      changes: [],
      summary: { breaking: 0, dangerous: 0, safe: 0 },
      bump: 'none',
    });
  });
});
