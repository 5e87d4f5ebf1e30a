import { readdirSync, readFileSync } from 'node:fs';
import { isAuthError, isProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import {
  authErrorFromFault,
  buildAuthRequest,
  createCarbonioFilesClient,
  parseAuthResponse,
  parseSoapFault,
} from '../src/index.js';

// The SOAP-JSON samples in specs/carbonio-files/auth/ (written by us from the recorded shapes) drive both the
// generated types and these tests: every sample must parse, with the values asserted here.
const dir = new URL('../../../specs/carbonio-files/auth/', import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('recorded auth samples', () => {
  it('has one assertion below for every sample', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'fault-auth-failed.json',
      'fault-maintenance.json',
      'fault-no-detail.json',
      'request-password.json',
      'request-token.json',
      'response-full.json',
      'response-minimal.json',
    ]);
  });

  it('builds the password request exactly as the sample shows', () => {
    expect(buildAuthRequest('alice@files.test', 'correct horse battery staple')).toEqual(
      sample('request-password.json'),
    );
    expect(sample('request-token.json')).toMatchObject({
      Body: { AuthRequest: { authToken: { verifyAccount: '1' } } },
    });
  });

  it('reads the token from the authToken array and the lifetime number', () => {
    expect(parseAuthResponse(sample('response-minimal.json'))).toEqual({
      token: '0_1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c_69643d33363a6131',
      lifetimeMs: 43_199_999,
    });
    // Unknown keys (skin, prefs, attrs, csrfToken, session, refer) are ignored.
    expect(parseAuthResponse(sample('response-full.json'))).toEqual({
      token: '0_aa11bb22cc33dd44ee55ff6600aa11bb22cc33dd_69643d33363a6132',
      lifetimeMs: 172_799_999,
    });
    expect(parseAuthResponse(sample('fault-auth-failed.json'))).toBeUndefined();
    expect(parseAuthResponse({ Body: { AuthResponse: { authToken: [], lifetime: 1 } } })).toBeUndefined();
  });

  it('reads the Zimbra code of a fault, or the SOAP code when there is no detail', () => {
    expect(parseSoapFault(sample('fault-auth-failed.json'))).toEqual({
      code: 'account.AUTH_FAILED',
      reason: 'authentication failed for [alice@files.test]',
    });
    expect(parseSoapFault(sample('fault-maintenance.json'))).toEqual({
      code: 'account.MAINTENANCE_MODE',
      reason: 'account is in maintenance mode',
    });
    expect(parseSoapFault(sample('fault-no-detail.json'))).toEqual({
      code: 'soap:Sender',
      reason: 'invalid request: missing required element: account',
    });
    expect(parseSoapFault(sample('response-full.json'))).toBeUndefined();
  });

  it('makes an AuthError that names provider, operation, status and code', () => {
    const fault = parseSoapFault(sample('fault-auth-failed.json'));
    if (!fault) throw new Error('sample did not parse');
    const error = authErrorFromFault(fault, 422);
    expect(isAuthError(error)).toBe(true);
    expect(error.message).toBe(
      'carbonio-files login: login refused: authentication failed for [alice@files.test] (account.AUTH_FAILED)',
    );
    expect(error.status).toBe(422);
    expect(error.code).toBe('account.AUTH_FAILED');
  });

  // The same samples served by a fake fetch: the whole login path, HTTP status included.
  const serve = (status: number, name: string) => async () =>
    new Response(JSON.stringify(sample(name)), { status, headers: { 'content-type': 'application/json' } });

  it.each([
    [422, 'fault-auth-failed.json', 'account.AUTH_FAILED'],
    [500, 'fault-maintenance.json', 'account.MAINTENANCE_MODE'],
    [500, 'fault-no-detail.json', 'soap:Sender'],
  ])('a %i response with %s fails login with %s', async (status, name, code) => {
    const client = createCarbonioFilesClient({
      baseUrl: 'https://mail.example.test',
      username: 'alice@files.test',
      password: 'pw',
      fetch: serve(status, name),
    });
    const error = await client.login().catch((e) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('logs in from the recorded success and sends the token as the ZM_AUTH_TOKEN cookie', async () => {
    const seen: Array<{ path: string; cookie: string | null }> = [];
    const client = createCarbonioFilesClient({
      baseUrl: 'https://mail.example.test/',
      username: 'alice@files.test',
      password: 'pw',
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        seen.push({ path: url.pathname, cookie: new Headers(init?.headers).get('cookie') });
        if (url.pathname === '/service/soap') return serve(200, 'response-minimal.json')();
        return new Response('{"data":{"getConfigs":[]}}', { status: 200 });
      },
    });
    await client.getConfigs();
    expect(seen[1]).toEqual({
      path: '/services/files/graphql',
      cookie: 'ZM_AUTH_TOKEN=0_1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c_69643d33363a6131',
    });
    expect(client.expiresAt).toBeGreaterThan(Date.now() + 43_000_000);
  });

  it('calls an HTML page or a body without AuthResponse a protocol error', async () => {
    const html = createCarbonioFilesClient({
      baseUrl: 'https://mail.example.test',
      username: 'a',
      password: 'b',
      fetch: async () => new Response('<html>login</html>', { status: 200 }),
    });
    expect(isProtocolError(await html.login().catch((e) => e))).toBe(true);
    const empty = createCarbonioFilesClient({
      baseUrl: 'https://mail.example.test',
      username: 'a',
      password: 'b',
      fetch: async () => new Response('{"Body":{}}', { status: 200 }),
    });
    expect(isProtocolError(await empty.login().catch((e) => e))).toBe(true);
  });
});
