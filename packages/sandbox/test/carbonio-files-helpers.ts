import type { CarbonioFilesSandbox } from '../src/carbonio-files/index.js';

/** Raw-HTTP helpers for the sandbox tests: no client library in between, so the wire format is what is tested. */
export async function soapLogin(sandbox: CarbonioFilesSandbox, user = sandbox.credentials): Promise<string> {
  const username = 'username' in user ? user.username : '';
  const res = await fetch(`${sandbox.url}/service/soap`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      Body: {
        AuthRequest: {
          _jsns: 'urn:zimbraAccount',
          account: { by: 'name', _content: username },
          password: { _content: user.password },
        },
      },
    }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  const match = /ZM_AUTH_TOKEN=([^;]+)/.exec(cookie);
  if (!match?.[1]) throw new Error('login gave no cookie');
  return match[1];
}

export interface GqlResult {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>> };
}

export async function gql(
  sandbox: CarbonioFilesSandbox,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult> {
  const res = await fetch(`${sandbox.url}/services/files/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `ZM_AUTH_TOKEN=${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResult['body'] };
}

export function base64Name(name: string): string {
  return Buffer.from(name, 'utf8').toString('base64');
}

export async function uploadRaw(
  sandbox: CarbonioFilesSandbox,
  token: string,
  name: string,
  content: string,
  parentId?: string,
): Promise<string> {
  const headers: Record<string, string> = { cookie: `ZM_AUTH_TOKEN=${token}`, filename: base64Name(name) };
  if (parentId) headers.parentid = parentId;
  const res = await fetch(`${sandbox.url}/services/files/upload`, { method: 'POST', headers, body: content });
  if (res.status !== 200) throw new Error(`upload failed: ${res.status}`);
  const body = (await res.json()) as { nodeId: string };
  return body.nodeId;
}
