import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, parse, print, printSchema, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '../src/carbonio-files/index.js';
import { CARBONIO_FILES_PUBLIC_SDL, CARBONIO_FILES_SDL } from '../src/carbonio-files/schema.js';
import { gql, soapLogin } from './carbonio-files-helpers.js';

const withoutDescriptions = (sdl: string) =>
  print(
    visit(parse(sdl), {
      enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined),
    }),
  );
const printed = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(withoutDescriptions(sdl))));
const spec = (name: string) => readFileSync(new URL(`../../../specs/carbonio-files/${name}`, import.meta.url), 'utf8');

describe('carbonio-files sandbox: schema', () => {
  it('serves exactly the schemas in specs/carbonio-files (no drift)', () => {
    expect(printed(CARBONIO_FILES_SDL)).toBe(printed(spec('schema.graphql')));
    expect(printed(CARBONIO_FILES_PUBLIC_SDL)).toBe(printed(spec('public-schema.graphql')));
  });
});

describe('carbonio-files sandbox: transport quirks', () => {
  let sandbox: CarbonioFilesSandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await startCarbonioFilesSandbox();
    token = await soapLogin(sandbox);
  });
  afterAll(() => sandbox.stop());

  const post = (body: string, headers: Record<string, string> = {}, path = '/services/files/graphql') =>
    fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('redirects to the login page (307) when there is no cookie', async () => {
    const res = await post(JSON.stringify({ query: 'query { getRootsList { id } }' }));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/static/login/');
  });

  it('answers 401 with a plain-text reason when the cookie is not a live token', async () => {
    const res = await post(JSON.stringify({ query: 'query { getRootsList { id } }' }), {
      cookie: 'ZM_AUTH_TOKEN=0_bogus',
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('Failed to authenticate request /graphql: Invalid ZM_AUTH_TOKEN');
  });

  it('answers 401 after the sessions expire', async () => {
    const other = await startCarbonioFilesSandbox();
    try {
      const t = await soapLogin(other);
      expect((await gql(other, t, 'query { getRootsList { id } }')).status).toBe(200);
      other.expireSessions();
      const res = await fetch(`${other.url}/services/files/graphql`, {
        method: 'POST',
        headers: { cookie: `ZM_AUTH_TOKEN=${t}` },
        body: '{"query":"query { getConfigs { name } }"}',
      });
      expect(res.status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it('rejects the anonymous shorthand and fragment-first documents with 400', async () => {
    const cookie = { cookie: `ZM_AUTH_TOKEN=${token}` };
    for (const query of ['{ getRootsList { id } }', 'fragment R on Root { id } query Q { getRootsList { ...R } }']) {
      const res = await post(JSON.stringify({ query }), cookie);
      expect(res.status).toBe(400);
      expect(await res.text()).toBe('{"error_message" : "Something went wrong"}');
    }
    const ok = await post(
      JSON.stringify({ query: 'query Q { getRootsList { ...R } } fragment R on Root { id }' }),
      cookie,
    );
    expect(ok.status).toBe(200);
  });

  it('deletes \\n escapes from the raw body, variables included', async () => {
    const created = await gql(
      sandbox,
      token,
      'mutation M($n: String!) { createFolder(destination_id: "LOCAL_ROOT", name: $n) { id } }',
      {
        n: 'multi\nline',
      },
    );
    const id = (created.body.data?.createFolder as { id: string } | undefined)?.id ?? '';
    const node = await gql(sandbox, token, 'query Q($id: ID!) { getNode(node_id: $id) { name } }', { id });
    expect(node.body.data?.getNode).toEqual({ name: 'multiline' });
    // ...and a \u000a escape survives, which is how a client keeps a newline.
    const raw = JSON.stringify({
      query: 'mutation M($d: String) { updateNode(node_id: "X", description: $d) { id } }',
    });
    expect(raw).not.toContain('\\u000a');
    const kept = await post(
      `{"query":"mutation M($id: String!, $d: String) { updateNode(node_id: $id, description: $d) { description } }","variables":{"id":"${id}","d":"a\\u000ab"}}`,
      { cookie: `ZM_AUTH_TOKEN=${token}` },
    );
    expect(await kept.json()).toEqual({ data: { updateNode: { description: 'a\nb' } } });
  });

  it('lets a # comment swallow the rest of the query once newlines are gone', async () => {
    const res = await post(JSON.stringify({ query: 'query Q { # roots\n getRootsList { id } }' }), {
      cookie: `ZM_AUTH_TOKEN=${token}`,
    });
    const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data).toBeUndefined();
  });

  it('refuses children with a limit above 50 for the whole operation, unless the field is aliased', async () => {
    const query =
      'query Q($l: Int!) { getNode(node_id: "LOCAL_ROOT") { id ... on Folder { children(limit: $l, sort: NAME_ASC) { page_token } } } }';
    const bad = await gql(sandbox, token, query, { l: 51 });
    expect(bad.status).toBe(200);
    expect(bad.body.data).toBeUndefined();
    expect(bad.body.errors?.[0]).toMatchObject({
      message: 'Invalid limit value. The allowed range is between 0 and 50.',
      extensions: { classification: 'ValidationError' },
    });
    const aliased = await gql(sandbox, token, query.replace('children(', 'kids: children('), { l: 51 });
    expect(aliased.body.errors).toBeUndefined();
  });

  it('answers 413 to a body over 256 KiB and 404 to a query string', async () => {
    const big = JSON.stringify({ query: 'query Q { getRootsList { id } }', variables: { pad: 'x'.repeat(262_144) } });
    expect((await post(big, { cookie: `ZM_AUTH_TOKEN=${token}` })).status).toBe(413);
    const res = await post(
      '{"query":"query { getConfigs { name } }"}',
      { cookie: `ZM_AUTH_TOKEN=${token}` },
      '/services/files/graphql?x=1',
    );
    expect(res.status).toBe(404);
  });

  it('needs no cookie for the public schema', async () => {
    const res = await post(
      JSON.stringify({
        query: 'query Q($id: String!) { getPublicNode(node_link_id: $id) { id } }',
        variables: { id: 'nope0000' },
      }),
      {},
      '/services/files/public/graphql',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { errors: Array<{ extensions: { errorCode: string } }> };
    expect(body.errors[0]?.extensions.errorCode).toBe('LINK_NOT_FOUND');
  });
});
