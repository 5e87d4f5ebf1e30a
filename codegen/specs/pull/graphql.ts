import {
  buildClientSchema,
  buildSchema,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  stripIgnoredCharacters,
  validateSchema,
} from 'graphql';
import type { LiveEndpoint } from '../source-json.js';
import { displayUrl } from './read-input.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Printed SDL, sorted, so two pulls of the same schema give the same bytes whatever order the server uses. */
export function printSorted(schema: GraphQLSchema): string {
  // buildSchema does not check that types implement their interfaces and the like; a schema we would write must.
  const problems = validateSchema(schema);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** An SDL file or an introspection result (`{data:{__schema}}` or `{__schema}`) as sorted SDL. */
export function schemaFromText(provider: string, text: string, label: string): string {
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith('{')) {
      const json: unknown = JSON.parse(text);
      const data = isRecord(json) && isRecord(json.data) ? json.data : json;
      if (!isRecord(data) || !isRecord(data.__schema)) throw new Error('JSON without __schema');
      return printSorted(buildClientSchema(data as unknown as IntrospectionQuery));
    }
    return printSorted(buildSchema(text));
  } catch (error) {
    throw new Error(
      `${provider} specs:pull: ${label} is neither GraphQL SDL nor an introspection result: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}

/**
 * Logs in to Carbonio and returns the ZM_AUTH_TOKEN: CARBONIO_TOKEN when set, otherwise a SOAP AuthRequest in JSON
 * to <base>/service/soap with CARBONIO_USERNAME and CARBONIO_PASSWORD (research/carbonio.md §2). The token comes
 * from the Set-Cookie header or the body's authToken. Errors never carry the password or the token.
 */
export async function carbonioLogin(provider: string, base: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.CARBONIO_TOKEN) return env.CARBONIO_TOKEN;
  const username = env.CARBONIO_USERNAME;
  const password = env.CARBONIO_PASSWORD;
  if (!username || !password) {
    throw new Error(
      `${provider} specs:pull: introspection needs a login: set CARBONIO_TOKEN, or CARBONIO_USERNAME and CARBONIO_PASSWORD`,
    );
  }
  const url = `${base.replace(/\/+$/, '')}/service/soap`;
  const body = {
    Header: { context: { _jsns: 'urn:zimbra' } },
    Body: {
      AuthRequest: {
        _jsns: 'urn:zimbraAccount',
        account: { by: 'name', _content: username },
        password: { _content: password },
      },
    },
  };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Error(
      `${provider} specs:pull: AuthRequest to ${displayUrl(url)} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const cookie = /(?:^|[;,]\s*)ZM_AUTH_TOKEN=([^;,\s]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const soapBody = isRecord(json) && isRecord(json.Body) ? json.Body : {};
  if (isRecord(soapBody.Fault)) {
    const reason = isRecord(soapBody.Fault.Reason) ? String(soapBody.Fault.Reason.Text ?? '') : '';
    throw new Error(`${provider} specs:pull: AuthRequest refused (HTTP ${response.status}): ${reason || 'SOAP fault'}`);
  }
  const auth = isRecord(soapBody.AuthResponse) ? soapBody.AuthResponse : {};
  const tokens = Array.isArray(auth.authToken) ? auth.authToken : [];
  const fromBody = isRecord(tokens[0]) && typeof tokens[0]._content === 'string' ? tokens[0]._content : undefined;
  const token = cookie ?? fromBody;
  if (!response.ok || !token) {
    throw new Error(
      `${provider} specs:pull: AuthRequest to ${displayUrl(url)} gave no token (HTTP ${response.status})`,
    );
  }
  return token;
}

/**
 * Introspects a live GraphQL endpoint. The query is sent without line breaks or comments: Carbonio deletes every
 * `\n` escape from the raw JSON before parsing and wants the text to start with `query` (research/carbonio.md §3.1).
 */
export async function introspect(options: {
  provider: string;
  base: string;
  live: LiveEndpoint;
  env: NodeJS.ProcessEnv;
  token?: string;
}): Promise<string> {
  const url = `${options.base.replace(/\/+$/, '')}${options.live.endpoint}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.live.auth === 'carbonio') {
    headers.cookie = `ZM_AUTH_TOKEN=${options.token ?? (await carbonioLogin(options.provider, options.base, options.env))}`;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: stripIgnoredCharacters(getIntrospectionQuery()) }),
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new Error(
      `${options.provider} specs:pull: introspection of ${displayUrl(url)} failed: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  const text = await response.text();
  if (response.status >= 300 && response.status < 400) {
    throw new Error(
      `${options.provider} specs:pull: ${displayUrl(url)} redirected (HTTP ${response.status}): not logged in?`,
    );
  }
  if (!response.ok) {
    throw new Error(
      `${options.provider} specs:pull: introspection of ${displayUrl(url)} answered HTTP ${response.status}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${options.provider} specs:pull: introspection of ${displayUrl(url)} did not answer JSON`);
  }
  if (isRecord(json) && Array.isArray(json.errors) && json.errors.length > 0) {
    const first: unknown = json.errors[0];
    const message = isRecord(first) ? String(first.message) : 'unknown error';
    throw new Error(`${options.provider} specs:pull: introspection of ${displayUrl(url)} was refused: ${message}`);
  }
  return schemaFromText(options.provider, text, displayUrl(url));
}
