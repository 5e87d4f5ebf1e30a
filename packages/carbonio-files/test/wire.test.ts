import { isAuthError, isNotFoundError, isProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import {
  base64Utf8,
  CarbonioGraphql,
  createCarbonioFilesClient,
  fileNameFromDisposition,
  queryTextOf,
  tokenExpiry,
  toWireJson,
} from '../src/index.js';

describe('carbonio-files wire format', () => {
  it('sends every operation first, on one line, without comments', () => {
    for (const [name, value] of Object.entries(CarbonioGraphql)) {
      if (!name.endsWith('Document') || typeof value !== 'object') continue;
      const text = queryTextOf(value as Parameters<typeof queryTextOf>[0]);
      expect(text, name).toMatch(/^(query|mutation) /);
      expect(text, name).not.toMatch(/[\n\r#]/);
    }
    expect(queryTextOf(CarbonioGraphql.GetNodeDocument)).toMatch(/^query GetNode\(.*\}fragment NodeFields on Node\{/);
  });

  it('escapes newlines and backslashes so the server cannot strip them', () => {
    const wire = toWireJson({ variables: { d: 'a\nb\r\\n' } });
    expect(wire).not.toMatch(/\\[nr\\]/);
    // What the server does to the raw text, then parses:
    const afterServer = wire.replaceAll('\\n', '').replaceAll('\\r', '');
    expect(JSON.parse(afterServer)).toEqual({ variables: { d: 'a\nb\r\\n' } });
  });

  it('encodes file names as Base64 of UTF-8 and decodes form-encoded dispositions', () => {
    expect(base64Utf8('naïve.txt')).toBe(Buffer.from('naïve.txt', 'utf8').toString('base64'));
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''my+notes+%281%29.txt")).toBe('my notes (1).txt');
    expect(fileNameFromDisposition('attachment; filename="plain.txt"')).toBe('plain.txt');
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });

  it('reads the expiry inside a token', () => {
    const hex = Buffer.from('id=36:00000000-0000-0000-0000-000000000000;exp=13:1800000000000;type=6:zimbra;').toString(
      'hex',
    );
    expect(tokenExpiry(`0_${'a'.repeat(40)}_${hex}`)).toBe(1_800_000_000_000);
    expect(tokenExpiry('opaque')).toBeUndefined();
  });
});

describe('carbonio-files response mapping (injected fetch)', () => {
  const clientAnswering = (status: number, body: string, headers: Record<string, string> = {}) =>
    createCarbonioFilesClient({
      baseUrl: 'https://mail.example.test',
      token: '0_token',
      retry: false,
      fetch: async () => new Response(body, { status, headers }),
    });

  it('maps errorCode to core classes and keeps the server details', async () => {
    const client = clientAnswering(
      200,
      JSON.stringify({
        data: { getNode: null },
        errors: [{ message: 'no node', path: ['getNode'], extensions: { errorCode: 'NODE_NOT_FOUND', nodeId: 'n1' } }],
      }),
    );
    const error = await client.getNode({ node_id: 'n1' }).catch((e) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(error.code).toBe('NODE_NOT_FOUND');
    expect(error.details).toMatchObject({ nodeId: 'n1', path: 'getNode' });
  });

  it('names the 400 of a refused query text and refuses a non-JSON 200', async () => {
    const bad = await clientAnswering(400, '{"error_message" : "Something went wrong"}')
      .getConfigs()
      .catch((e) => e);
    expect(isProtocolError(bad)).toBe(true);
    expect(bad.message).toMatch(/operation/);
    const html = await clientAnswering(200, '<html></html>')
      .getConfigs()
      .catch((e) => e);
    expect(isProtocolError(html)).toBe(true);
  });

  it('gives up with an AuthError when a fixed token keeps getting 401', async () => {
    const error = await clientAnswering(401, 'Failed to authenticate request /graphql: Invalid ZM_AUTH_TOKEN')
      .getConfigs()
      .catch((e) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBe('NO_CREDENTIALS');
  });
});
