import type { Route } from './context.js';
import { baseOf, owns, PERMISSION_FLAGS, random } from './state.js';
import { send, shareXml } from './wire.js';
import { toXml } from './xml.js';

/** Shares: creating one for a path, reading and updating it, its users and their permissions, deleting it. */

const addShare: Route = ({ state, urls, res, me, p, fail }) => {
  const location = p('sharelocation');
  if (!owns(me, location) || !state.files.has(location)) return fail('File or folder does not exist');
  let share = state.shareAt(location);
  if (!share) {
    share = {
      id: random(),
      name: p('sharename') || baseOf(location),
      location,
      owner: me,
      public: true,
      upload: false,
      viewonly: false,
      maxdownloads: 0,
      downloadcount: 0,
      validity: '',
      users: new Map(),
    };
    state.shares.set(share.id, share);
  }
  return send(res, toXml('shares', { share: [shareXml(state, share, urls.sandbox)] }));
};

const updateShare: Route = ({ state, urls, res, me, op, params, p, fail, ok }) => {
  const share = state.shares.get(p('shareid'));
  if (!share || share.owner !== me) return fail('Share not found');
  if (params.has('sharename')) share.name = p('sharename');
  if (params.has('maxdownloads')) share.maxdownloads = Number(p('maxdownloads'));
  if (params.has('validityperiod')) share.validity = p('validityperiod');
  if (params.has('allowpublicaccess')) share.public = p('allowpublicaccess') === '1';
  if (params.has('allowpublicupload')) share.upload = p('allowpublicupload') === '1';
  if (params.has('allowpublicviewonly')) share.viewonly = p('allowpublicviewonly') === '1';
  if (op === 'setallowpublicaccess') return ok();
  return send(res, toXml('shares', { share: [shareXml(state, share, urls.sandbox)] }));
};

const shareUsers: Route = ({ state, res, me, op, p, fail, ok }) => {
  const share = state.shares.get(p('shareid'));
  if (!share || share.owner !== me) return fail('Share not found');
  if (op === 'getusersforshare') {
    const user = [...share.users].map(([userid, perms]) => ({
      userid,
      username: userid,
      ...Object.fromEntries(Object.entries(perms).map(([k, v]) => [k, v ? '1' : '0'])),
    }));
    return send(res, toXml('users', { user }));
  }
  const wanted = p('userid');
  const userid = [...state.users].find(([name, u]) => name === wanted || u.email === wanted)?.[0];
  if (!userid) return fail('User not found');
  if (op === 'addusertoshare') {
    if (!share.users.has(userid)) {
      share.users.set(userid, {
        read: true,
        write: false,
        download: true,
        share: false,
        sync: false,
        disallowdelete: false,
      });
    }
    return ok();
  }
  const perms = share.users.get(userid);
  if (!perms) return fail('User not found in share');
  if (op === 'deleteuserfromshare') {
    share.users.delete(userid);
    return ok();
  }
  for (const flag of PERMISSION_FLAGS) {
    const value = p(flag);
    if (value !== '') perms[flag] = value === '1' || value === 'true';
  }
  return ok();
};

export const SHARE_ROUTES: Readonly<Record<string, Route>> = {
  // addshare: a share of a path under a name (FileCloud's Python SDK `add_share`); quickshare without a name.
  // What addshare answers when the path is already shared is not recorded: it returns that share, as quickshare.
  '/core/addshare': addShare,
  '/core/quickshare': addShare,
  '/core/getshareforpath': ({ state, urls, res, me, p }) => {
    const share = [...state.shares.values()].find((s) => s.location === p('path') && s.owner === me);
    return send(
      res,
      toXml('shares', share ? { share: [shareXml(state, share, urls.sandbox)] } : { meta: { total: '0' } }),
    );
  },
  '/core/getshares': ({ state, urls, res, me }) => {
    const mine = [...state.shares.values()].filter((s) => s.owner === me);
    return send(
      res,
      toXml('shares', {
        meta: { total: String(mine.length) },
        share: mine.map((s) => shareXml(state, s, urls.sandbox)),
      }),
    );
  },
  '/core/updateshare': updateShare,
  '/core/setallowpublicaccess': updateShare,
  // The users of a share (APIDOC Share_Related_API): a user is named by user id or email.
  '/core/addusertoshare': shareUsers,
  '/core/deleteuserfromshare': shareUsers,
  '/core/getusersforshare': shareUsers,
  '/core/setuseraccessforshare': shareUsers,
  '/core/deleteshare': ({ state, me, p, fail, ok }) => {
    const share = state.shares.get(p('shareid'));
    if (!share || share.owner !== me) return fail('Share not found');
    state.shares.delete(share.id);
    return ok();
  },
};
