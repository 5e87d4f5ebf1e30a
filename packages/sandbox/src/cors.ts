import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Cross-origin access for browser pages, as a real deployment gives it from its reverse proxy (none of the four
 * servers answers CORS itself: the suites serve their own web UI from the same origin). What each option stands for
 * in nginx is in the sandbox README.
 */
export interface CorsOptions {
  /** The page origins allowed, e.g. `http://127.0.0.1:5173` (nginx: the origin echoed in Access-Control-Allow-Origin). */
  readonly origin: string | readonly string[];
  /** Access-Control-Allow-Credentials, so the browser keeps and sends the session cookie. Default true. */
  readonly credentials?: boolean;
}

/** Response headers a page may read: the ones the clients look at (sizes, types, file names, redirects, retries). */
const EXPOSED = [
  'content-length',
  'content-type',
  'content-disposition',
  'content-range',
  'etag',
  'last-modified',
  'location',
  'retry-after',
].join(', ');

/**
 * Puts CORS in front of every request listener the server has or will get (soap's `listen` swaps in its own once
 * the WSDL has loaded, so wrapping the listeners present now would miss it): an allowed origin gets the CORS
 * headers on every answer, and its preflight is answered here with 204. A request from another origin is served
 * without them, so the browser withholds the answer from that page, as behind a proxy that allows only the
 * configured origins.
 */
export function allowCors(server: Server, cors: CorsOptions | undefined): void {
  if (cors === undefined) return;
  const allowed = new Set(typeof cors.origin === 'string' ? [cors.origin] : cors.origin);
  const credentials = cors.credentials ?? true;
  const answered = (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    if (credentials) res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-expose-headers', EXPOSED);
    if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
    res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
    const asked = req.headers['access-control-request-headers'];
    if (asked !== undefined) res.setHeader('access-control-allow-headers', asked);
    res.setHeader('access-control-max-age', '600');
    res.writeHead(204).end();
    return true;
  };
  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'request' && answered(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit(event, ...args);
  }) as Server['emit'];
}
