/**
 * Where the code runs, as the transport needs to know it: a browser owns its cookies, and cannot stream a request
 * body over HTTP/1.1 (uploads then go whole through XMLHttpRequest, see xhr-send.ts). Kept apart from the XHR sender
 * so that a bundle carries the sender only as a chunk loaded on the first browser upload.
 */

/** True where XMLHttpRequest exists (a page or a worker), i.e. where uploads with progress go whole through XHR. */
export function sendsWholeBodies(): boolean {
  return typeof XMLHttpRequest === 'function';
}

/**
 * True in a browser, where the browser owns cookies: scripts never see Set-Cookie, a Cookie header is dropped, and
 * a session cookie travels only with `credentials: 'include'`.
 */
export function browserOwnsCookies(): boolean {
  return typeof XMLHttpRequest === 'function' && typeof (globalThis as { document?: unknown }).document === 'object';
}
