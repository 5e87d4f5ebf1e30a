import { type BoxnetClient, createBoxnetClient } from '../src/index.js';

export interface Captured {
  readonly url: string;
  readonly soapAction: string | null;
  readonly body: string;
}

/** A client whose fetch answers `respond(operation)` and records every request. */
export function fakeClient(
  respond: (operation: string, body: string) => string | Response,
  authToken: string | null = 'tok-123',
): { client: BoxnetClient; requests: Captured[] } {
  const requests: Captured[] = [];
  const client = createBoxnetClient({
    apiKey: 'key-abc',
    ...(authToken ? { authToken } : {}),
    baseUrl: 'http://box.test',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      const body = String(init?.body ?? '');
      const soapAction = headers.get('soapaction');
      requests.push({ url: String(input), soapAction, body });
      const operation = soapAction?.replace(/^"urn:boxnet#Box_SoapApi#|"$/g, '') ?? '';
      const answer = respond(operation, body);
      return typeof answer === 'string' ? new Response(answer, { headers: { 'content-type': 'text/xml' } }) : answer;
    },
  });
  return { client, requests };
}

/** What a promise rejected with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
