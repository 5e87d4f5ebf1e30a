import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Call, Route, Urls } from './context.js';
import { readRequest } from './request.js';
import { ADMIN_ROUTES } from './routes-admin.js';
import { FILE_ROUTES } from './routes-files.js';
import { SHARE_ROUTES } from './routes-shares.js';
import { TRANSFER_ROUTES } from './routes-transfers.js';
import { RULES } from './rules.js';
import { findSession, LOGOUT_ROUTES, refuseCsrf, SESSION_ROUTES } from './session.js';
import { baseOf, type FileCloudState } from './state.js';
import { send } from './wire.js';
import { commandsXml } from './xml.js';

/** The paths that need a session of their area. */
const SIGNED_IN_ROUTES: Readonly<Record<string, Route>> = {
  ...LOGOUT_ROUTES,
  ...FILE_ROUTES,
  ...TRANSFER_ROUTES,
  ...SHARE_ROUTES,
  ...ADMIN_ROUTES,
};

/**
 * One request: a path the spec does not have is a 404; one called outside the spec (method, body, fields) a 400;
 * then the CSRF rule, the paths served without a session, the session check, and the rest.
 */
export async function handle(
  state: FileCloudState,
  urls: Urls,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rule = RULES[url.pathname];
  if (!rule) return send(res, `no such endpoint ${url.pathname}`, 'text/plain', 404);
  state.requestedPaths.add(url.pathname);
  if (req.method !== rule.method) return send(res, `${url.pathname} takes ${rule.method}`, 'text/plain', 400);
  const read = await readRequest(req, url, rule);
  if (read.refusal !== undefined) return send(res, read.refusal, 'text/plain', 400);
  const { params, file } = read;

  const { area, sid, session } = findSession(state, req, url);
  if (state.csrfCheck && refuseCsrf(req, res, url, session)) return;
  const op = baseOf(url.pathname);
  const call: Call = {
    state,
    urls,
    req,
    res,
    url,
    params,
    file,
    op,
    session,
    sid,
    // The last value of a repeated field, as PHP's form parsing keeps it.
    p: (name) => params.getAll(name).at(-1) ?? '',
    fail: (message) => send(res, commandsXml(op, 0, message)),
    ok: (message = '') => send(res, commandsXml(op, 1, message)),
  };

  const open = SESSION_ROUTES[url.pathname];
  if (open) return open(call);

  // FileCloud documents no expiry signal; a generic refusal makes clients probe getauthenticationinfo.
  if (!session || session.kind !== area) return call.fail(area === 'admin' ? 'Admin not logged in' : 'Access denied');
  const route = SIGNED_IN_ROUTES[url.pathname];
  if (route) return route({ ...call, me: session.username });
  return send(res, 'not implemented', 'text/plain', 501);
}
