import { isFileClientError } from '@fileclients/core';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '@fileclients/sandbox';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CarbonioGraphql, compactQuery, createCarbonioFilesClient, queryTextOf } from '../src/index.js';

const USER_QUERY = `# the roots, with a comment the server would otherwise swallow the query with
fragment RootFields on Root {
  id,
  name # trailing comment
}
query MyRoots {
  getRootsList { ...RootFields }
}
`;

type MyRoots = { getRootsList: Array<{ id: string; name: string } | null> };

/** An AST without a source, as codegen's default documentNode mode emits it. */
function withoutLocation(text: string): TypedDocumentNode<MyRoots, Record<string, never>> {
  const document: DocumentNode = parse(text, { noLocation: true });
  return document as TypedDocumentNode<MyRoots, Record<string, never>>;
}

describe('carbonio-files query text', () => {
  it('puts operations first, on one line, without comments, keeping strings as written', () => {
    expect(compactQuery(USER_QUERY)).toBe(
      'query MyRoots{getRootsList{...RootFields}}fragment RootFields on Root{id name}',
    );
    expect(compactQuery('{ getConfigs { name } }')).toBe('query{getConfigs{name}}');
    expect(compactQuery('mutation M($d: String = "a # b, c") { x(d: $d, e: [1, 2]) { y } }')).toBe(
      'mutation M($d:String="a # b, c"){x(d:$d e:[1 2]){y}}',
    );
    expect(compactQuery('query Q($i: In = {a: {b: 1}}) { x }')).toBe('query Q($i:In={a:{b:1}}){x}');
  });

  it('leaves the generated documents as they are (already compact, operation first)', () => {
    const text = CarbonioGraphql.GetNodeDocument.toString();
    expect(queryTextOf(CarbonioGraphql.GetNodeDocument)).toBe(text);
    expect(text).toMatch(/^query GetNode\(/);
  });

  it('reads an AST from its source, or prints it with the given printer, and says what to do otherwise', () => {
    const parsed = parse(USER_QUERY) as TypedDocumentNode<MyRoots, Record<string, never>>;
    expect(queryTextOf(parsed)).toBe(compactQuery(USER_QUERY));
    const bare = withoutLocation(USER_QUERY);
    expect(bare.definitions.map((d) => d.kind)).toEqual([Kind.FRAGMENT_DEFINITION, Kind.OPERATION_DEFINITION]);
    expect(queryTextOf(bare, print)).toMatch(/^query MyRoots\{getRootsList\{\.\.\.RootFields\}\}fragment/);
    const error = (() => {
      try {
        return queryTextOf(withoutLocation(USER_QUERY));
      } catch (e) {
        return e;
      }
    })();
    expect(isFileClientError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'carbonio-files', operation: 'request' });
    expect(String(error)).toMatch(/print/);
  });
});

describe('carbonio-files request with your own documents (sandbox)', () => {
  let sandbox: CarbonioFilesSandbox;
  beforeAll(async () => {
    sandbox = await startCarbonioFilesSandbox();
  });
  afterAll(() => sandbox.stop());

  it('runs strings, generated documents, parsed ASTs and printed ASTs', async () => {
    const files = createCarbonioFilesClient({ baseUrl: sandbox.url, ...sandbox.credentials, print });
    const roots = [
      { id: 'LOCAL_ROOT', name: 'ROOT' },
      { id: 'TRASH_ROOT', name: 'TRASH' },
    ];
    expect(await files.request(USER_QUERY)).toEqual({ getRootsList: roots });
    expect((await files.request(CarbonioGraphql.GetRootsListDocument)).getRootsList).toEqual(
      roots.map((r) => ({ __typename: 'Root', ...r })),
    );
    const typed = await files.request(parse(USER_QUERY) as TypedDocumentNode<MyRoots, Record<string, never>>);
    expect(typed.getRootsList).toEqual(roots);
    expect(await files.request(withoutLocation(USER_QUERY))).toEqual({ getRootsList: roots });
    const folder = await files.request(
      'mutation Make($name: String!) { createFolder(destination_id: "LOCAL_ROOT", name: $name) { id } }',
      { name: 'own-documents' },
    );
    expect(folder).toMatchObject({ createFolder: { id: expect.any(String) } });
  });
});
