import { registerSecret } from '@fileclients/core';
import type { SOAPUser } from './generated/wsdl.gen.js';
import type { BoxnetWire as BoxnetClient, CallOptions } from './protocol.js';

export interface BoxnetSession {
  readonly authToken: string;
  readonly user: SOAPUser;
}

/** The page a user approves a ticket on (not in the seed's operation list; its PHP example redirects there). */
export function authPageUrl(baseUrl: string, ticket: string): string {
  return `${baseUrl}/api/1.0/auth/${encodeURIComponent(ticket)}`;
}

/** get_ticket, plus the page to send the user to. */
export async function getTicket(
  client: BoxnetClient,
  call?: CallOptions,
): Promise<{ ticket: string; authUrl: string }> {
  const r = await client.call('get_ticket', {}, call);
  return { ticket: r.ticket, authUrl: authPageUrl(client.baseUrl, r.ticket) };
}

/** get_auth_token, once the user approved the ticket; the client keeps the token. */
export async function getAuthToken(client: BoxnetClient, ticket: string, call?: CallOptions): Promise<BoxnetSession> {
  const r = await client.call('get_auth_token', { ticket }, call);
  client.setAuthToken(r.auth_token);
  return { authToken: r.auth_token, user: r.user };
}

/** authorization: direct login with a password (the seed's method part is sent empty); the client keeps the token. */
export async function login(
  client: BoxnetClient,
  loginName: string,
  password: string,
  call?: CallOptions,
): Promise<BoxnetSession> {
  registerSecret(password);
  const r = await client.call('authorization', { login: loginName, password, method: '' }, call);
  client.setAuthToken(r.auth_token);
  return { authToken: r.auth_token, user: r.user };
}

/** logout; the client forgets the token. */
export async function logout(client: BoxnetClient, call?: CallOptions): Promise<void> {
  await client.call('logout', {}, call);
  client.setAuthToken(undefined);
}
