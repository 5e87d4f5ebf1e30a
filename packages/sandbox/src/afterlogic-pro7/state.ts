import type { Pro7Tree } from './tree.js';
import type { Exchange } from './wire.js';

export interface Pro7ServerState {
  readonly tree: Pro7Tree;
  readonly email: string;
  readonly password: string;
  readonly accountId: number;
  /** AuthToken -> account. */
  readonly tokens: Map<string, number>;
  /** p7auth cookie value -> AuthToken. */
  readonly authCookies: Map<string, string>;
  collaboration: boolean;
  filesEnabled: boolean;
  /** Personal quota in bytes; 0 = no limit (`[0, 0]`). */
  quotaBytes: number;
  /** PHP's upload_max_filesize for multipart uploads, in bytes; 0 = no limit. */
  uploadMaxFileSize: number;
  /** The AppUrl public links are built from; undefined = from the request's Host. */
  publicUrl: string | undefined;
}

/** The session of a request: a non-empty AuthToken (field or PUT header), else the p7auth cookie. */
export function sessionFrom(state: Pro7ServerState, ex: Exchange, token: string | undefined): string | undefined {
  // A non-empty AuthToken wins over the cookie, as on the server.
  if (token !== undefined && token !== '') return state.tokens.has(token) ? token : undefined;
  const cookie = ex.cookies.get('p7auth');
  const fromCookie = cookie === undefined ? undefined : state.authCookies.get(cookie);
  return fromCookie !== undefined && state.tokens.has(fromCookie) ? fromCookie : undefined;
}

/** The CSRF rule: the Token is checked only when the request carries the p7token cookie. */
export function csrfOk(ex: Exchange, token: string | undefined): boolean {
  const cookie = ex.cookies.get('p7token');
  return cookie === undefined || token === cookie;
}
