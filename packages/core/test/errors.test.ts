import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  AuthError,
  ConflictError,
  createHttpClient,
  errorFromStatus,
  FileClientError,
  isAbortError,
  isAuthError,
  isConflictError,
  isFileClientError,
  isNotFoundError,
  isProtocolError,
  isQuotaError,
  isRateLimitError,
  isTimeoutError,
  isTransportError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  RateLimitError,
  Redactor,
  redact,
  redactUrl,
  registerSecret,
  TimeoutError,
  TransportError,
} from '../src/index.js';

const ctx = { provider: 'boxnet', operation: 'get_file_info' } as const;

describe('error hierarchy', () => {
  it('prefixes provider and operation and keeps status, code and retryAfterMs', () => {
    const error = new RateLimitError('slow down', { ...ctx, status: 429, code: 'throttled', retryAfterMs: 1500 });
    expect(error).toBeInstanceOf(FileClientError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('boxnet get_file_info: slow down');
    expect(error.name).toBe('RateLimitError');
    expect(error.kind).toBe('rate-limit');
    expect(error.stack?.startsWith('RateLimitError: boxnet get_file_info: slow down')).toBe(true);
    expect([error.provider, error.operation, error.status, error.code, error.retryAfterMs]).toEqual([
      'boxnet',
      'get_file_info',
      429,
      'throttled',
      1500,
    ]);
  });

  it('has one guard per class, and guards recognise only their class', () => {
    const cases = [
      [AuthError, isAuthError],
      [NotFoundError, isNotFoundError],
      [ConflictError, isConflictError],
      [QuotaError, isQuotaError],
      [RateLimitError, isRateLimitError],
      [ProtocolError, isProtocolError],
      [TransportError, isTransportError],
      [TimeoutError, isTimeoutError],
      [AbortError, isAbortError],
    ] as const;
    for (const [Class, guard] of cases) {
      const error = new Class('x', ctx);
      expect(guard(error)).toBe(true);
      expect(isFileClientError(error)).toBe(true);
      for (const [Other, otherGuard] of cases) if (Other !== Class) expect(otherGuard(error)).toBe(false);
    }
    expect(isFileClientError(new Error('plain'))).toBe(false);
    expect(isAuthError({ kind: 'auth' })).toBe(false);
  });

  it('guards recognise errors from another copy of the package by brand', () => {
    const foreign = new AuthError('x', ctx);
    Object.setPrototypeOf(foreign, Error.prototype);
    expect(foreign instanceof FileClientError).toBe(false);
    expect(isAuthError(foreign)).toBe(true);
  });

  it('maps statuses', () => {
    const map = (status: number) => errorFromStatus(status, ctx).name;
    expect([401, 403, 404, 410, 409, 412, 413, 507, 429, 408, 500, 503, 400, 418].map(map)).toEqual([
      'AuthError',
      'AuthError',
      'NotFoundError',
      'NotFoundError',
      'ConflictError',
      'ConflictError',
      'QuotaError',
      'QuotaError',
      'RateLimitError',
      'TimeoutError',
      'TransportError',
      'TransportError',
      'ProtocolError',
      'ProtocolError',
    ]);
    expect(errorFromStatus(404, ctx, 'no such file').message).toBe('boxnet get_file_info: no such file');
    expect(errorFromStatus(404, ctx).status).toBe(404);
  });
});

describe('redaction', () => {
  const token = 'tok-7f3a9c1e55d04b2a';
  const password = 'hunter2-correct-horse';
  registerSecret(token);

  function makeError(): FileClientError {
    const inner = new Error(`socket hang up on https://files.example/api/${token}/download`);
    const cause = new TypeError(`fetch failed for https://u:${password}@files.example/?password=${password}`, {
      cause: inner,
    });
    return new AuthError(`login failed: Authorization: Bearer ${token}; Cookie: ZM_AUTH_TOKEN=${token}`, {
      ...ctx,
      status: 401,
      cause,
      details: { password, user: 'alice', headers: { authorization: `Bearer ${token}` }, note: `pw=${password}` },
    });
  }

  const outputs = (error: FileClientError): Record<string, string> => ({
    message: error.message,
    stack: error.stack ?? '',
    cause: inspect(error.cause, { depth: 10 }),
    causeMessage: (error.cause as Error).message,
    causeStack: (error.cause as Error).stack ?? '',
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10 }),
    consoleFormat: inspect({ wrapped: error }, { depth: 10 }),
    string: String(error),
  });

  it('never shows a registered token, a pattern-shaped password or a cookie in any output form', () => {
    const error = makeError();
    for (const [form, text] of Object.entries(outputs(error))) {
      expect(text, form).not.toContain(token);
      expect(text, form).not.toContain(password);
    }
    expect(error.message).toContain('[REDACTED]');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'AuthError',
      status: 401,
      details: { password: '[REDACTED]', user: 'alice' },
    });
    // The useful parts stay: class, provider, operation, cause chain.
    expect(inspect(error)).toContain('AuthError: boxnet get_file_info: login failed');
    expect((error.cause as Error).name).toBe('TypeError');
    expect(((error.cause as Error).cause as Error).message).toContain('socket hang up');
  });

  it('redacts a secret registered after the error was created in JSON and inspect output', () => {
    const late = 'late-secret-9d8c7b6a';
    const error = new ProtocolError(`unexpected ${late}`, ctx);
    registerSecret(late);
    expect(JSON.stringify(error)).not.toContain(late);
    expect(inspect(error)).not.toContain(late);
  });

  it('redacts URLs: tokens in the path, secret query parameters, userinfo', () => {
    expect(redactUrl(`https://h/dav/${token}/file.txt?x=1`)).toBe('https://h/dav/[REDACTED]/file.txt?x=1');
    expect(redactUrl('https://h/p?sessionid=abc123&x=2')).toBe('https://h/p?sessionid=[REDACTED]&x=2');
    expect(redactUrl('https://h/share/zzz-unregistered-123/f', ['zzz-unregistered-123'])).toBe(
      'https://h/share/[REDACTED]/f',
    );
    expect(redactUrl('https://bob:pw12345@h/')).toBe('https://bob:[REDACTED]@h/');
  });

  it('redacts log lines and structured log values', () => {
    const redactor = new Redactor();
    redactor.add('s3cr3t-value');
    expect(redactor.text('POST /login user=bob&password=abc&x=s3cr3t-value')).toBe(
      'POST /login user=bob&password=[REDACTED]&x=[REDACTED]',
    );
    expect(redactor.text('{"token": "abc", "name": "x"}')).toBe('{"token": "[REDACTED]", "name": "x"}');
    expect(redact({ headers: { Cookie: 'a=b', accept: '*/*' }, list: ['Bearer abcdefgh12345'] })).toEqual({
      headers: { Cookie: '[REDACTED]', accept: '*/*' },
      list: ['Bearer [REDACTED]'],
    });
    // Ordinary words survive: "auth:" in a message is not a credential.
    expect(redactor.text('boxnet auth: wrong password')).toBe('boxnet auth: wrong password');
  });

  it('the HTTP client logger only ever receives redacted lines', async () => {
    const lines: string[] = [];
    const client = createHttpClient({
      provider: 'boxnet',
      fetch: async () => new Response('ok'),
      logger: (line) => lines.push(line),
    });
    await client.request(ctx, `https://h/api/${token}/x?auth_token=abcdef&password=${password}`);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(password);
      expect(line).not.toContain('abcdef');
    }
  });
});
