import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies } from '../cookies.js';
import type { Call, Route } from './context.js';
import { baseOf, type FileCloudState, random, type Session } from './state.js';
import { send } from './wire.js';
import { commandsXml, toXml } from './xml.js';

/** Sessions: the cookies that name them, the CSRF rule, logins (with the 2FA step) and logouts. */

/** Browsers' User-Agents all start so; FileCloud's CSRF rule is for them (see the session check below). */
function isBrowser(userAgent: string | undefined): boolean {
  return userAgent?.startsWith('Mozilla/') === true;
}

export type Area = 'user' | 'admin';

/** The session the request's cookie names: the admin cookie on /admin/ paths, the user cookie elsewhere. */
export function findSession(
  state: FileCloudState,
  req: IncomingMessage,
  url: URL,
): { area: Area; sid: string | undefined; session: Session | undefined } {
  const cookies = parseCookies(req.headers.cookie);
  const area = url.pathname.startsWith('/admin/') ? 'admin' : 'user';
  const sid = cookies.get(area === 'admin' ? 'tonidocloud-as' : 'tonido-login-hash');
  const session = sid ? state.sessions.get(sid) : undefined;
  return { area, sid, session };
}

/**
 * The CSRF rule. FileCloud applies it to calls made with a web browser's User-Agent (DOC "CSRF Token API changes":
 * "when a user authenticates using a web browser"); its own Python SDK sends python-requests and neither header, and
 * is served (research filecloud.md §2). Answers the refusal and returns true when the call breaks it.
 */
export function refuseCsrf(req: IncomingMessage, res: ServerResponse, url: URL, session: Session | undefined): boolean {
  if (session && isBrowser(req.headers['user-agent'])) {
    if (req.headers['x-requested-with'] !== 'XMLHttpRequest' || req.headers['x-xsrf-token'] !== session.xsrf) {
      send(res, commandsXml(baseOf(url.pathname), 0, 'CSRF check failed'));
      return true;
    }
  }
  return false;
}

function startSession(call: Call, kind: Area, username: string): void {
  const id = random();
  const xsrf = random();
  call.state.sessions.set(id, { kind, username, xsrf });
  const name = kind === 'admin' ? 'tonidocloud-as' : 'tonido-login-hash';
  call.res.setHeader('set-cookie', [
    `${name}=${id}; Path=/; HttpOnly`,
    `X-XSRF-TOKEN=${xsrf}; Path=/`,
    `${kind === 'admin' ? 'tonidocloud-au' : 'tonido-login-user'}=${username}; Path=/`,
  ]);
}

const login: Route<Call> = (call) => {
  const { state, url, p } = call;
  const admin = url.pathname === '/admin/adminlogin';
  const name = admin ? p('adminuser') : p('userid');
  const user = state.users.get(name);
  if (!user || user.password !== (admin ? p('adminpassword') : p('password')) || admin !== user.admin) {
    return call.fail('Invalid username or password CLFC-00501');
  }
  if (user.twoFactorCode) {
    const token = random();
    state.pending2fa.set(token, { username: name, kind: admin ? 'admin' : 'user' });
    return send(call.res, commandsXml(call.op, 3, token));
  }
  startSession(call, admin ? 'admin' : 'user', name);
  return call.ok();
};

/** The paths served with or without a session. */
export const SESSION_ROUTES: Readonly<Record<string, Route<Call>>> = {
  '/core/loginguest': login,
  '/admin/adminlogin': login,
  '/core/2falogin': (call) => {
    const { state, p } = call;
    const pending = state.pending2fa.get(p('token'));
    const user = state.users.get(p('userid'));
    if (!pending || pending.username !== p('userid') || !user || user.twoFactorCode !== p('code')) {
      return call.fail('Invalid security code');
    }
    state.pending2fa.delete(p('token'));
    startSession(call, pending.kind, pending.username);
    return call.ok();
  },
  '/core/getauthenticationinfo': ({ state, res, session }) => {
    const who = session?.kind === 'user' ? session.username : '';
    return send(
      res,
      toXml('authenticationinfo', {
        info: {
          profile: who,
          displayname: who ? (state.users.get(who)?.displayname ?? '') : '',
          peerid: who,
          authenticated: who ? '1' : '0',
          isguestauthenticated: '0',
          OS: 'TONIDO_CLOUD',
          authtype: 'DEFAULT',
          userlevel: who ? 'FULL' : '',
          userauthtype: 'DEFAULT',
        },
      }),
    );
  },
};

const logout: Route = (call) => {
  if (call.sid) call.state.sessions.delete(call.sid);
  return call.ok();
};

/** Ending a session: user lock or admin logout. */
export const LOGOUT_ROUTES: Readonly<Record<string, Route>> = {
  '/core/locksession': logout,
  '/admin/logout': logout,
};
