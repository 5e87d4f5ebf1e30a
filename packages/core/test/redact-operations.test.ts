/**
 * Issue 14.8: every error of boxnet's `authorization` operation read `boxnet authorization: [REDACTED]`, because the
 * redactor took "authorization:" inside the message for an Authorization header. Here every operation name of every
 * provider (from the specs and the provider sources) goes through an error message, and its detail must survive;
 * real header lines and secrets must still be blanked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProtocolError, type ProviderId, Redactor } from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** The operation names each provider's errors carry: spec operations plus every `operation: '...'` in its source. */
function operationsOf(provider: ProviderId): Set<string> {
  const names = new Set<string>();
  const fromSource = files(`packages/${provider}/src`, '.ts').map(read).join('\n');
  for (const name of matches(fromSource, /operation: '([^']+)'/g)) names.add(name);
  if (provider === 'boxnet')
    for (const n of matches(read('specs/boxnet/boxnet.wsdl'), /operation name="(\w+)"/g)) names.add(n);
  if (provider === 'afterlogic-pro7' || provider === 'filecloud') {
    for (const n of matches(read(`specs/${provider}/openapi.yaml`), /operationId: ([\w/]+)/g)) names.add(n);
  }
  if (provider === 'carbonio-files') {
    const graphql = [
      ...files('specs/carbonio-files/operations', '.graphql'),
      ...files('specs/carbonio-files/public-operations', '.graphql'),
    ];
    for (const n of matches(graphql.map(read).join('\n'), /^(?:query|mutation) (\w+)/gm)) names.add(n);
    names.add('AuthRequest');
  }
  return names;
}

const PROVIDERS: readonly ProviderId[] = ['boxnet', 'afterlogic-pro7', 'filecloud', 'carbonio-files'];

describe('redaction keeps the message of every operation (issue 14.8)', () => {
  it.each(PROVIDERS)('%s: "<provider> <operation>: <detail>" keeps the detail', (provider) => {
    const operations = operationsOf(provider);
    expect(operations.size).toBeGreaterThan(5);
    for (const operation of operations) {
      const error = new ProtocolError('invalid_login: the login or password is wrong', { provider, operation });
      expect(error.message, operation).toBe(`${provider} ${operation}: invalid_login: the login or password is wrong`);
    }
  });

  it('boxnet authorization, the case that was blanked', () => {
    const error = new ProtocolError('status invalid_login', { provider: 'boxnet', operation: 'authorization' });
    expect(error.message).toBe('boxnet authorization: status invalid_login');
  });

  it('still blanks header lines, schemes, secret-named values and registered secrets', () => {
    const redactor = new Redactor();
    redactor.add('p7auth-cookie-value');
    const printed = [
      'POST /api/1.0/soap',
      'Authorization: Basic dXNlcjpwYXNzd29yZA==',
      '  Cookie: p7auth=p7auth-cookie-value; other=1',
      'X-Auth-Token: abc123def',
      'Set-Cookie: ZM_AUTH_TOKEN=zzz; Path=/',
    ].join('\n');
    expect(redactor.text(printed)).toBe(
      [
        'POST /api/1.0/soap',
        'Authorization: [REDACTED]',
        '  Cookie: [REDACTED]',
        'X-Auth-Token: [REDACTED]',
        'Set-Cookie: [REDACTED]',
      ].join('\n'),
    );
    // Inside a sentence: the scheme, the name=value and the registered value are still caught.
    expect(redactor.text('sent Authorization: Bearer tok-abcdef123 and Cookie: sid=s3ss10n; p7auth-cookie-value')).toBe(
      'sent Authorization: Bearer [REDACTED] and Cookie: sid=[REDACTED]; [REDACTED]',
    );
  });
});
