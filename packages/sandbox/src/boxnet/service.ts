import { strToU8, zipSync } from 'fflate';
import { integer, strings, text } from './args.js';
import type { BoxState } from './state.js';
import { now, token } from './state.js';
import { array, base64, comment, fileInfo, folder, long, searchItem, str, treeXml, user } from './wire.js';

type Args = Record<string, unknown>;
type Handler = (args: Args) => string;

/** Operations whose session failure the seed spells `not_logged_id` (sic); the others say `not_logged_in`. */
const LOGGED_ID = new Set(['get_account_tree', 'export_tags', 'add_to_mybox']);
/** Operations that take no auth_token. */
const PUBLIC = new Set([
  'get_ticket',
  'get_auth_token',
  'authorization',
  'register_new_user',
  'register_paid_user',
  'verify_registration_email',
]);

const status = (s: string): string => str('status', s);

function payload(content: string, params: readonly string[]): Uint8Array {
  const bytes = strToU8(content);
  // Box zips payloads (PKZIP, one entry) unless asked for nozip.
  return params.includes('nozip') ? bytes : zipSync({ 'data.xml': bytes });
}

const FRIENDS = `<?xml version="1.0"?><friends><friend><name>friend@example.com</name><email>friend@example.com</email><accepted>1</accepted><avatar_url>http://box.net/avatar/1</avatar_url><boxes><box><id>15</id><url>http://box.net/p/friend</url><status>0</status></box></boxes><subscriptions></subscriptions></friend></friends>`;

/** The handlers of every operation of the WSDL, over one in-memory account. */
export function createHandlers(state: BoxState): Record<string, Handler> {
  const target = (args: Args): { kind: 'file' | 'folder'; id: number } | undefined => {
    const kind = text(args.target);
    const id = integer(args.target_id);
    if (id === undefined) return undefined;
    if (kind === 'file' && state.files.has(id)) return { kind, id };
    if (kind === 'folder' && state.folders.has(id) && id !== 0) return { kind, id };
    return undefined;
  };

  const handlers: Record<string, Handler> = {
    get_ticket: () => {
      const ticket = token();
      state.tickets.set(ticket, false);
      return status('get_ticket_ok') + str('ticket', ticket);
    },
    get_auth_token: (args) => {
      const ticket = text(args.ticket);
      if (state.tickets.get(ticket) !== true) return status('get_auth_token_error');
      state.tickets.delete(ticket);
      const t = token();
      state.tokens.add(t);
      return status('get_auth_token_ok') + str('auth_token', t) + user(state);
    },
    authorization: (args) => {
      if (text(args.login) !== state.login || text(args.password) !== state.password) return status('invalid_login');
      const t = token();
      state.tokens.add(t);
      return status('logged') + str('auth_token', t) + user(state);
    },
    logout: (args) => {
      state.tokens.delete(text(args.auth_token));
      return status('logout_ok');
    },
    register_new_user: (args) => {
      const login = text(args.login);
      if (!login.includes('@')) return status('email_invalid');
      if (login === state.login) return status('email_already_registered');
      // The sandbox has one account; a registration answers like Box but does not switch accounts.
      const t = token();
      state.tokens.add(t);
      return status('successful_register') + str('auth_token', t) + user(state);
    },
    register_paid_user: (args) => {
      if (!['Business', 'Personal', 'Individual'].includes(text(args.plan))) return status('wrong_billing_plan');
      if (!['Year', 'Month'].includes(text(args.period))) return status('wrong_billing_period');
      return handlers.register_new_user?.(args) ?? status('e_register');
    },
    verify_registration_email: (args) => {
      const login = text(args.login);
      if (!login.includes('@')) return status('email_invalid');
      return status(login === state.login ? 'email_already_registered' : 'email_ok');
    },
    get_account_info: () => status('get_account_info_ok') + user(state),
    get_account_tree: (args) => {
      const id = integer(args.folder_id);
      if (id === undefined || !state.folders.has(id)) return status('e_folder_id');
      const params = strings(args.params);
      return status('listing_ok') + base64('tree', payload(treeXml(state, id, new Set(params)), params));
    },
    export_tags: () => {
      const tags = [...state.tags].map(([id, name]) => `<tag id="${id}">${name}</tag>`).join('');
      return status('export_tags_ok') + base64('tag_xml', strToU8(`<?xml version="1.0"?><tags>${tags}</tags>`));
    },
    create_folder: (args) => {
      const parentId = integer(args.parent_id);
      const name = text(args.name);
      if (parentId === undefined || !state.folders.has(parentId)) return status('e_no_parent_folder');
      const existing = state.childFolders(parentId).find((f) => f.name === name);
      if (existing) return status('s_folder_exists') + folder(state, existing);
      return status('create_ok') + folder(state, state.createFolder(parentId, name, integer(args.share) === 1));
    },
    move: (args) => {
      const t = target(args);
      const dest = integer(args.destination_id);
      if (!t || dest === undefined || !state.folders.has(dest)) return status('e_move_node');
      if (t.kind === 'folder') {
        const f = state.folders.get(t.id);
        if (!f || state.isWithin(dest, t.id)) return status('e_move_node');
        f.parentId = dest;
      } else {
        const f = state.files.get(t.id);
        if (!f) return status('e_move_node');
        f.folderId = dest;
      }
      return status('s_move_node');
    },
    copy: (args) => {
      const t = target(args);
      const dest = integer(args.destination_id);
      if (t?.kind !== 'file' || dest === undefined || !state.folders.has(dest)) return status('e_copy_node');
      const source = state.files.get(t.id);
      if (!source) return status('e_copy_node');
      const copy = state.putFile(dest, source.name, source.content.slice());
      return status('s_copy_node') + long('new_id', copy.id);
    },
    rename: (args) => {
      const t = target(args);
      const name = text(args.new_name);
      if (!t || name === '') return status('e_rename_node');
      const node = t.kind === 'file' ? state.files.get(t.id) : state.folders.get(t.id);
      if (!node) return status('e_rename_node');
      node.name = name;
      return status('s_rename_node');
    },
    delete: (args) => {
      const t = target(args);
      if (!t) return status('e_delete_node');
      if (t.kind === 'file') state.files.delete(t.id);
      else state.deleteFolder(t.id);
      return status('s_delete_node');
    },
    get_file_info: (args) => {
      const f = state.files.get(integer(args.file_id) ?? -1);
      return f ? status('s_get_file_info') + fileInfo(f) : status('e_access_denied');
    },
    set_description: (args) => {
      const t = target(args);
      const node = t && (t.kind === 'file' ? state.files.get(t.id) : state.folders.get(t.id));
      if (!node) return status('e_set_description');
      node.description = text(args.description);
      return status('s_set_description');
    },
    public_share: (args) => {
      const t = target(args);
      const node = t && (t.kind === 'file' ? state.files.get(t.id) : state.folders.get(t.id));
      if (!node) return status('wrong_node');
      node.shared = true;
      if (node.publicName === '') node.publicName = token().slice(0, 10);
      return status('share_ok') + str('public_name', node.publicName);
    },
    public_unshare: (args) => {
      const t = target(args);
      const node = t && (t.kind === 'file' ? state.files.get(t.id) : state.folders.get(t.id));
      if (!node) return status('wrong_node');
      node.shared = false;
      node.publicName = '';
      return status('unshare_ok');
    },
    private_share: (args) => {
      const t = target(args);
      if (t?.kind !== 'file') return status('wrong_node');
      return strings(args.emails).length === 0 ? status('private_share_error') : status('private_share_ok');
    },
    add_to_mybox: (args) => {
      const folderId = integer(args.folder_id);
      const publicName = text(args.public_name);
      const source = [...state.files.values()].find((f) => f.publicName !== '' && f.publicName === publicName);
      if (!source || folderId === undefined || !state.folders.has(folderId)) return status('addtomybox_error');
      if (state.childFiles(folderId).some((f) => f.name === source.name)) return status('s_link_exists');
      state.putFile(folderId, source.name, source.content.slice());
      return status('addtomybox_ok');
    },
    add_to_tag: (args) => {
      const t = target(args);
      const node = t && (t.kind === 'file' ? state.files.get(t.id) : state.folders.get(t.id));
      if (!node) return status('addtotag_error');
      for (const name of strings(args.tags)) {
        const id = state.tagId(name);
        if (!node.tags.includes(id)) node.tags.push(id);
      }
      return status('addtotag_ok');
    },
    get_friends: (args) => status('s_get_friends') + base64('friends', payload(FRIENDS, strings(args.params))),
    request_friends: (args) =>
      strings(args.emails).length === 0 ? status('e_request_friends') : status('s_request_friends'),
    get_updates: (args) => {
      const begin = integer(args.begin_timestamp);
      const end = integer(args.end_timestamp);
      if (begin === undefined || end === undefined || begin > end) return status('e_invalid_timestamp');
      const files = [...state.files.values()].filter((f) => f.updated >= begin && f.updated <= end);
      const xml = `<?xml version="1.0"?><updates>${files
        .map(
          (f) =>
            `<update><name>${f.name}</name><message></message><updated>${f.updated}</updated><user_name>${state.login}</user_name><public_url></public_url><files><file><name>${f.name}</name><size>${f.content.byteLength} B</size><date></date><thumbnail></thumbnail></file></files></update>`,
        )
        .join('')}</updates>`;
      return status('s_get_updates') + base64('updates', payload(xml, strings(args.params)));
    },
    get_comments: (args) => {
      const id = integer(args.target_id);
      const list = [...state.comments.values()].filter((c) => c.targetId === id && c.target === text(args.target));
      return (
        status('get_comments_ok') +
        array(
          'comments',
          'tns:SOAPComment',
          list.map((c) => comment('item', c, state.login)),
        )
      );
    },
    add_comment: (args) => {
      const t = target(args);
      if (!t) return status('add_comment_error');
      const c = { id: state.nextId(), targetId: t.id, target: t.kind, message: text(args.message), created: now() };
      state.comments.set(c.id, c);
      return status('add_comment_ok') + comment('comment', c, state.login);
    },
    delete_comment: (args) => {
      const id = integer(args.target_id);
      if (id === undefined || !state.comments.delete(id)) return status('delete_comment_error');
      return status('delete_comment_ok');
    },
    search: (args) => {
      const query = text(args.query).toLowerCase();
      const files = [...state.files.values()].filter((f) => f.name.toLowerCase().includes(query));
      const folders = [...state.folders.values()].filter((f) => f.id !== 0 && f.name.toLowerCase().includes(query));
      return (
        status('search_ok') +
        array(
          'files',
          'tns:SOAPSearchResultItem',
          files.map((f) => searchItem(state, 'file', f.id, query)),
        ) +
        array(
          'folders',
          'tns:SOAPSearchResultItem',
          folders.map((f) => searchItem(state, 'folder', f.id, query)),
        )
      );
    },
  };

  // Every call checks the API key first, then the session, as Box did.
  const guarded: Record<string, Handler> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    guarded[name] = (args) => {
      if (text(args.api_key) !== state.apiKey) return status('application_restricted');
      if (!PUBLIC.has(name) && !state.tokens.has(text(args.auth_token))) {
        return status(LOGGED_ID.has(name) ? 'not_logged_id' : 'not_logged_in');
      }
      return handler(args);
    };
  }
  return guarded;
}
