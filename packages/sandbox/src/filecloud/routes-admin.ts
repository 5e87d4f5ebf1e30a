import type { Route } from './context.js';
import { send, userXml } from './wire.js';
import { toXml } from './xml.js';

/** The admin area: finding, reading, adding and deleting users. */
export const ADMIN_ROUTES: Readonly<Record<string, Route>> = {
  '/admin/search': ({ state, res, p }) => {
    const keyword = p('keyword').toLowerCase();
    const all = [...state.users].filter(([name, u]) => !keyword || name.includes(keyword) || u.email.includes(keyword));
    const start = Number(p('start') || '0');
    const end = Number(p('end') || '10');
    return send(
      res,
      toXml('users', {
        meta: { total: String(all.length) },
        user: all.slice(start, end).map(([n, u]) => userXml(n, u)),
      }),
    );
  },
  '/admin/getuser': ({ state, res, p }) => {
    const user = state.users.get(p('username'));
    // FileCloud answers an unknown id with an empty body.
    if (!user) return send(res, '');
    return send(res, toXml('users', { user: [userXml(p('username'), user)] }));
  },
  '/admin/adduser': ({ state, p, fail, ok }) => {
    if (state.users.has(p('username'))) return fail('User already exists');
    state.users.set(p('username'), {
      password: p('password'),
      email: p('email'),
      displayname: p('displayname') || p('username'),
      status: p('status') || '1',
      admin: false,
    });
    state.mkdir(`/${p('username')}`);
    return ok();
  },
  '/admin/deleteuser': ({ state, me, p, fail, ok }) => {
    if (!state.users.has(p('profile')) || p('profile') === me) return fail('User not found');
    state.users.delete(p('profile'));
    state.removeTree(`/${p('profile')}`);
    return ok();
  },
};
