import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox, SandboxOptions } from '../types.js';
import { RULES, violation } from './rules.js';
import { commandsXml, toXml, type XmlObject } from './xml.js';

export interface FileCloudSandboxCredentials {
  readonly username: string;
  readonly password: string;
  /** A user whose login answers result 3; complete it with `twoFactorCode`. */
  readonly twoFactorUsername: string;
  readonly twoFactorPassword: string;
  readonly twoFactorCode: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
}

export interface FileCloudSandbox extends Sandbox<FileCloudSandboxCredentials> {
  /** Base URL of the separate "storage host" that redirect=1 downloads go to. */
  readonly storageUrl: string;
  /** Every request the storage host received, with whether it carried a Cookie or X-XSRF-TOKEN header. */
  readonly storageRequests: readonly { readonly path: string; readonly cookie: boolean; readonly xsrf: boolean }[];
  /** Every upload slice accepted: path, offset, bytes, complete. */
  readonly uploadSlices: readonly {
    readonly path: string;
    readonly offset: number;
    readonly bytes: number;
    readonly complete: boolean;
  }[];
  /** Every contract path that has been requested (valid or not), for coverage checks. */
  readonly requestedPaths: ReadonlySet<string>;
  /** Forgets every session, as a server restart or timeout would. */
  expireSessions(): void;
}

interface Node {
  kind: 'dir' | 'file';
  data: Buffer;
  modified: Date;
  versions: { fileid: string; data: Buffer; createdOn: Date; number: number }[];
}

interface UserRecord {
  password: string;
  email: string;
  displayname: string;
  status: string;
  admin: boolean;
  twoFactorCode?: string;
}

interface Share {
  id: string;
  name: string;
  location: string;
  owner: string;
  public: boolean;
  upload: boolean;
  viewonly: boolean;
  maxdownloads: number;
  downloadcount: number;
  validity: string;
  /** Users the share is given to (by user id), with their permissions. */
  users: Map<string, SharePermissions>;
}

type SharePermissions = Record<'read' | 'write' | 'download' | 'share' | 'sync' | 'disallowdelete', boolean>;
const PERMISSION_FLAGS = ['write', 'download', 'share', 'sync', 'disallowdelete'] as const;

const XML = 'text/xml; charset=utf-8';

function random(): string {
  return randomBytes(12).toString('hex');
}

function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function join(dir: string, name: string): string {
  const clean = dir.replace(/\/+$/, '');
  return `${clean}/${name}`;
}

function human(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

function isoNoColon(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+0000`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Browsers' User-Agents all start so; FileCloud's CSRF rule is for them (see the session check below). */
function isBrowser(userAgent: string | undefined): boolean {
  return userAgent?.startsWith('Mozilla/') === true;
}

/**
 * `X-FC-Send-ETag: 1` on createfolder or the last request of an upload: FileCloud answers an `ETag` header
 * (FileCloud's Python SDK 0.5, PR #15; research filecloud.md §4). Its form is opaque; this one is quoted hex.
 */
function sendEtag(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers['x-fc-send-etag'] !== '1') return;
  res.setHeader('etag', `"${randomBytes(10).toString('hex')}"`);
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/**
 * A stateful FileCloud on 127.0.0.1: XML answers with `result` codes (HTTP 200 on failure, as FileCloud does),
 * session cookies with an X-XSRF-TOKEN check, a 2FA user, an admin, chunked uploads assembled by offset, downloads
 * (redirect=1 goes to a second "storage host" server that records whether cookies reached it), versions, shares.
 * A path the spec does not have gets HTTP 404; a known path called outside the spec (method, body, fields) gets
 * HTTP 400, a spec check of the sandbox's own that a real server never sends (docs/sandbox-fidelity/filecloud.md).
 */
export async function startFileCloudSandbox(options: SandboxOptions = {}): Promise<FileCloudSandbox> {
  const credentials: FileCloudSandboxCredentials = {
    username: 'alice',
    password: 'alice-password',
    twoFactorUsername: 'carol',
    twoFactorPassword: 'carol-password',
    twoFactorCode: '246810',
    adminUsername: 'admin',
    adminPassword: 'admin-password',
  };
  const users = new Map<string, UserRecord>([
    [
      'alice',
      { password: credentials.password, email: 'alice@example.com', displayname: 'Alice', status: '1', admin: false },
    ],
    [
      'carol',
      {
        password: credentials.twoFactorPassword,
        email: 'carol@example.com',
        displayname: 'Carol',
        status: '1',
        admin: false,
        twoFactorCode: credentials.twoFactorCode,
      },
    ],
    [
      'admin',
      {
        password: credentials.adminPassword,
        email: 'admin@example.com',
        displayname: 'Admin',
        status: '1',
        admin: true,
      },
    ],
  ]);
  const files = new Map<string, Node>();
  const mkdir = (path: string): void => {
    files.set(path, { kind: 'dir', data: Buffer.alloc(0), modified: new Date(), versions: [] });
  };
  for (const name of users.keys()) mkdir(`/${name}`);
  const sessions = new Map<string, { kind: 'user' | 'admin'; username: string; xsrf: string }>();
  const pending2fa = new Map<string, { username: string; kind: 'user' | 'admin' }>();
  const shares = new Map<string, Share>();
  const uploads = new Map<string, { parts: Buffer[]; received: number; filesize: number }>();
  const blobs = new Map<string, Buffer>();
  const storageRequests: { path: string; cookie: boolean; xsrf: boolean }[] = [];
  const uploadSlices: { path: string; offset: number; bytes: number; complete: boolean }[] = [];
  const requestedPaths = new Set<string>();
  let fileIds = 0;

  const storage = createServer((req, res) => {
    storageRequests.push({
      path: req.url ?? '',
      cookie: req.headers.cookie !== undefined,
      xsrf: req.headers['x-xsrf-token'] !== undefined,
    });
    const data = blobs.get((req.url ?? '').replace(/^\/blob\//, ''));
    if (!data) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length }).end(data);
  });

  const entryXml = (path: string, node: Node): XmlObject => {
    const shared = [...shares.values()].find((s) => s.location === path);
    const name = baseOf(path);
    const dot = name.lastIndexOf('.');
    return {
      path,
      dirpath: `${parentOf(path)}/`.replace('//', '/'),
      name,
      ext: node.kind === 'file' && dot > 0 ? name.slice(dot + 1) : '',
      fullsize: String(node.kind === 'file' ? node.data.length : 0),
      modified: node.modified.toUTCString(),
      type: node.kind,
      fullfilename: path,
      size: node.kind === 'file' ? human(node.data.length) : '',
      modifiedepoch: String(Math.floor(node.modified.getTime() / 1000)),
      modifiediso: isoNoColon(node.modified),
      isroot: '0',
      isshareable: '1',
      issyncable: '1',
      isshared: shared ? (shared.public ? 'public' : 'private') : '',
      canrename: '1',
      showprev: '1',
      canfavorite: '1',
      canupload: node.kind === 'dir' ? '1' : '0',
      candownload: '1',
      favoritelistid: '0',
      favoriteid: '0',
      order: '0',
      cansetacls: '0',
    };
  };
  const shareXml = (s: Share, base: string): XmlObject => ({
    shareid: s.id,
    sharename: s.name,
    sharelocation: s.location,
    shareurl: `${base}/url/${s.id}`,
    viewmode: '',
    validityperiod: s.validity,
    sharesizelimit: '0',
    maxdownloads: String(s.maxdownloads),
    downloadcount: String(s.downloadcount),
    allowpublicaccess: s.public ? '1' : '0',
    allowpublicupload: s.upload ? '1' : '0',
    allowpublicviewonly: s.viewonly ? '1' : '0',
    isdir: files.get(s.location)?.kind === 'dir' ? '1' : '0',
    isvalid: '1',
    createddate: new Date().toUTCString(),
    allowedit: '1',
    allowdelete: '1',
    allowsync: '0',
    allowshare: '1',
    shareowner: s.owner,
  });
  const userXml = (username: string, u: UserRecord): XmlObject => ({
    username,
    displayname: u.displayname,
    email: u.email,
    created: '2024-01-01 00:00:00',
    status: u.status,
    adminstatus: u.admin ? '1' : '0',
    authtype: '0',
    lastlogindate: '',
    expirationdate: '',
  });
  const childrenOf = (dir: string): string[] =>
    [...files.keys()].filter((p) => p !== dir && parentOf(p) === dir).sort((a, b) => a.localeCompare(b));
  const removeTree = (path: string): void => {
    for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
  };
  const copyTree = (from: string, to: string): void => {
    for (const [p, node] of [...files]) {
      if (p === from || p.startsWith(`${from}/`)) {
        files.set(to + p.slice(from.length), { ...node, data: Buffer.from(node.data), versions: [] });
      }
    }
  };
  const owns = (username: string, path: string): boolean => path === `/${username}` || path.startsWith(`/${username}/`);

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  const send = (res: ServerResponse, body: string, type = XML, status = 200): void => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rule = RULES[url.pathname];
    if (!rule) return send(res, `no such endpoint ${url.pathname}`, 'text/plain', 404);
    requestedPaths.add(url.pathname);
    if (req.method !== rule.method) return send(res, `${url.pathname} takes ${rule.method}`, 'text/plain', 400);
    const body = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    let params: URLSearchParams;
    let file: Buffer | undefined;
    if (rule.body === 'form') {
      if (!contentType.startsWith('application/x-www-form-urlencoded')) {
        return send(res, `${url.pathname} needs a form-urlencoded body, got ${contentType}`, 'text/plain', 400);
      }
      if (url.search !== '') return send(res, 'parameters belong in the form body', 'text/plain', 400);
      params = new URLSearchParams(body.toString('utf8'));
    } else if (rule.body === 'multipart') {
      if (!contentType.startsWith('multipart/form-data')) return send(res, 'upload needs multipart', 'text/plain', 400);
      params = url.searchParams;
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
      const part = form.get('file_contents');
      if (!(part instanceof Blob)) return send(res, 'no file_contents part', 'text/plain', 400);
      if ([...form.keys()].some((k) => k !== 'file_contents')) return send(res, 'unexpected parts', 'text/plain', 400);
      file = Buffer.from(await part.arrayBuffer());
    } else {
      if (body.length > 0) return send(res, 'a download takes no body', 'text/plain', 400);
      params = url.searchParams;
    }
    const wrong = violation(rule, params);
    if (wrong) return send(res, `${url.pathname}: ${wrong}`, 'text/plain', 400);
    // The last value of a repeated field, as PHP's form parsing keeps it.
    const p = (name: string): string => params.getAll(name).at(-1) ?? '';

    // Session: cookie lookup, and the CSRF rule. FileCloud applies it to calls made with a web browser's User-Agent
    // (DOC "CSRF Token API changes": "when a user authenticates using a web browser"); its own Python SDK sends
    // python-requests and neither header, and is served (research filecloud.md §2).
    const cookies = parseCookies(req.headers.cookie);
    const area = url.pathname.startsWith('/admin/') ? 'admin' : 'user';
    const sid = cookies.get(area === 'admin' ? 'tonidocloud-as' : 'tonido-login-hash');
    const session = sid ? sessions.get(sid) : undefined;
    if (session && isBrowser(req.headers['user-agent'])) {
      if (req.headers['x-requested-with'] !== 'XMLHttpRequest' || req.headers['x-xsrf-token'] !== session.xsrf) {
        return send(res, commandsXml(baseOf(url.pathname), 0, 'CSRF check failed'));
      }
    }
    const op = baseOf(url.pathname);
    const fail = (message: string): void => send(res, commandsXml(op, 0, message));
    const ok = (message = ''): void => send(res, commandsXml(op, 1, message));
    const startSession = (kind: 'user' | 'admin', username: string): void => {
      const id = random();
      const xsrf = random();
      sessions.set(id, { kind, username, xsrf });
      const name = kind === 'admin' ? 'tonidocloud-as' : 'tonido-login-hash';
      res.setHeader('set-cookie', [
        `${name}=${id}; Path=/; HttpOnly`,
        `X-XSRF-TOKEN=${xsrf}; Path=/`,
        `${kind === 'admin' ? 'tonidocloud-au' : 'tonido-login-user'}=${username}; Path=/`,
      ]);
    };

    switch (url.pathname) {
      case '/core/loginguest':
      case '/admin/adminlogin': {
        const admin = url.pathname === '/admin/adminlogin';
        const name = admin ? p('adminuser') : p('userid');
        const user = users.get(name);
        if (!user || user.password !== (admin ? p('adminpassword') : p('password')) || admin !== user.admin) {
          return fail('Invalid username or password CLFC-00501');
        }
        if (user.twoFactorCode) {
          const token = random();
          pending2fa.set(token, { username: name, kind: admin ? 'admin' : 'user' });
          return send(res, commandsXml(op, 3, token));
        }
        startSession(admin ? 'admin' : 'user', name);
        return ok();
      }
      case '/core/2falogin': {
        const pending = pending2fa.get(p('token'));
        const user = users.get(p('userid'));
        if (!pending || pending.username !== p('userid') || !user || user.twoFactorCode !== p('code')) {
          return fail('Invalid security code');
        }
        pending2fa.delete(p('token'));
        startSession(pending.kind, pending.username);
        return ok();
      }
      case '/core/getauthenticationinfo': {
        const who = session?.kind === 'user' ? session.username : '';
        return send(
          res,
          toXml('authenticationinfo', {
            info: {
              profile: who,
              displayname: who ? (users.get(who)?.displayname ?? '') : '',
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
      }
    }

    // FileCloud documents no expiry signal; a generic refusal makes clients probe getauthenticationinfo.
    if (!session || session.kind !== area) return fail(area === 'admin' ? 'Admin not logged in' : 'Access denied');
    const me = session.username;

    switch (url.pathname) {
      case '/core/locksession':
      case '/admin/logout':
        if (sid) sessions.delete(sid);
        return ok();
      case '/core/getfilelist': {
        const dir = p('path').replace(/\/+$/, '') || '/';
        const node = files.get(dir);
        if (!owns(me, dir) || node?.kind !== 'dir') {
          return send(res, toXml('entries', { meta: { total: '0', result: '0', message: 'Path not found' } }));
        }
        const sortby = p('sortby') || 'name';
        const dirFactor = p('sortdir') === '-1' ? -1 : 1;
        const all = childrenOf(dir).sort((a, b) => {
          const na = files.get(a);
          const nb = files.get(b);
          if (!na || !nb) return 0;
          if (sortby === 'size') return (na.data.length - nb.data.length) * dirFactor;
          if (sortby === 'date') return (na.modified.getTime() - nb.modified.getTime()) * dirFactor;
          return a.localeCompare(b) * dirFactor;
        });
        const start = Number(p('start') || '0');
        const limitRaw = Number(p('limit') || '10');
        const page = limitRaw < 0 ? all.slice(start) : all.slice(start, start + limitRaw);
        return send(
          res,
          toXml('entries', {
            meta: {
              parentpath: parentOf(dir),
              total: String(all.length),
              realpath: dir,
              isroot: '0',
              canupload: '1',
              isshareable: '1',
              candownload: '1',
              cansetacls: '0',
              showshareoption: '1',
              teamfolder: '0',
              result: '1',
              message: '',
              defaultfile: '',
            },
            entry: page.flatMap((path) => {
              const n = files.get(path);
              return n ? [entryXml(path, n)] : [];
            }),
          }),
        );
      }
      case '/core/fileinfo': {
        const node = files.get(p('file'));
        if (!node || !owns(me, p('file'))) return send(res, toXml('fileinfo', {}));
        return send(res, toXml('fileinfo', { entry: entryXml(p('file'), node) }));
      }
      case '/core/fileexists': {
        const exists = owns(me, p('file')) && files.has(p('file'));
        return send(res, commandsXml(op, exists ? 1 : 0, exists ? '1' : '0'));
      }
      case '/core/createfolder': {
        const target = join(p('path'), p('name'));
        if (!owns(me, target) || files.get(p('path'))?.kind !== 'dir') return fail('Parent folder does not exist');
        if (files.has(target)) return fail('Folder already exists CLFC-01011-1');
        mkdir(target);
        sendEtag(req, res);
        return ok();
      }
      case '/core/renamefile': {
        const from = join(p('path'), p('name'));
        const to = join(p('path'), p('newname'));
        if (!owns(me, from) || !files.has(from)) return fail('File or folder does not exist');
        if (files.has(to)) return fail('A file or folder with that name already exists');
        copyTree(from, to);
        removeTree(from);
        return ok();
      }
      case '/core/deletefile': {
        const target = join(p('path'), p('name'));
        if (!owns(me, target) || !files.has(target) || target === `/${me}`)
          return fail('File or folder does not exist');
        removeTree(target);
        return ok();
      }
      // Current servers take copy and move under /app/explorer/ too, with the same fields (FileCloud's Python SDK
      // uses those paths; the API docs list the /core/ ones).
      case '/app/explorer/copyfile':
      case '/core/copyfile': {
        const from = join(p('path'), p('name'));
        const to = join(p('copyto'), p('copytoname') || p('name'));
        if (!owns(me, from) || !files.has(from)) return fail('File or folder does not exist');
        if (!owns(me, to) || files.get(p('copyto'))?.kind !== 'dir') return fail('Destination folder does not exist');
        if (files.has(to)) return fail('A file or folder with that name already exists');
        copyTree(from, to);
        return ok();
      }
      case '/app/explorer/renameormove':
      case '/core/renameormove': {
        const from = p('fromname');
        const to = p('toname');
        if (!owns(me, from) || !files.has(from)) return fail('File or folder does not exist');
        if (!owns(me, to) || files.get(parentOf(to))?.kind !== 'dir') return fail('Destination folder does not exist');
        if (files.has(to) && p('overwrite') !== '1') return fail('A file or folder with that name already exists');
        copyTree(from, to);
        removeTree(from);
        return ok();
      }
      case '/core/getdiskusagedetails': {
        const mine = [...files].filter(([path]) => owns(p('username'), path));
        const size = mine.reduce((n, [, node]) => n + node.data.length, 0);
        const level1 = p('level') === '1';
        return send(
          res,
          toXml('usage', {
            storageusage: human(size),
            sizelimit: '2 GB',
            usagepercent: String(Math.round((size / (2 * 1024 ** 3)) * 100)),
            ...(level1
              ? {}
              : {
                  totalfolders: String(mine.filter(([, n]) => n.kind === 'dir').length - 1),
                  totalfiles: String(mine.filter(([, n]) => n.kind === 'file').length),
                  totalsize: human(size),
                }),
          }),
        );
      }
      case '/core/getfolderproperties': {
        const dir = p('path');
        if (!owns(me, dir) || files.get(dir)?.kind !== 'dir') return fail('Path not found');
        const below = [...files].filter(([path]) => path.startsWith(`${dir}/`));
        const size = below.reduce((n, [, node]) => n + node.data.length, 0);
        return send(
          res,
          toXml('folderproperties', {
            usage: {
              totalfolders: String(below.filter(([, n]) => n.kind === 'dir').length),
              totalfiles: String(below.filter(([, n]) => n.kind === 'file').length),
              totalsize: human(size),
              livefiles: String(below.filter(([, n]) => n.kind === 'file').length),
              livefolders: String(below.filter(([, n]) => n.kind === 'dir').length),
              livesize: human(size),
            },
          }),
        );
      }
      case '/core/search':
      case '/core/dosearch': {
        const text = (op === 'search' ? p('keyword') : p('searchstring')).toLowerCase();
        const location = (op === 'search' ? p('location') : p('searchloc')).replace(/\/+$/, '');
        const found = [...files.keys()]
          .filter(
            (path) => owns(me, path) && path.startsWith(`${location}/`) && baseOf(path).toLowerCase().includes(text),
          )
          .sort();
        const start = Number(p('start') || '0');
        const size = Number(p('size') || '0');
        const page = op === 'dosearch' && size > 0 ? found.slice(start, start + size) : found;
        const entry = page.flatMap((path) => {
          const n = files.get(path);
          return n ? [entryXml(path, n)] : [];
        });
        if (op === 'search') return send(res, toXml('entries', { entry }));
        return send(
          res,
          toXml('entries', {
            meta: {
              id: random(),
              status: 'COMPLETE',
              statusmessage: 'No error message',
              totalmatch: String(found.length),
              total: String(found.length),
              completedtime: String(Math.floor(Date.now() / 1000)),
              location,
              searchstring: text,
            },
            entry,
          }),
        );
      }
      case '/core/upload': {
        const target = join(p('path'), p('filename'));
        const text = (t: string): void => send(res, t, 'text/plain; charset=utf-8');
        if (p('appname') !== 'explorer') return text('Invalid app name');
        if (!owns(me, target) || files.get(p('path'))?.kind !== 'dir') return text('Upload failed: folder not found');
        const offset = Number(p('offset'));
        const filesize = Number(p('filesize'));
        const complete = p('complete') === '1';
        const existing = files.get(target);
        if (existing?.kind === 'dir') return text('A folder with that name already exists');
        if (offset === 0) {
          if (existing && p('nofileoverwrite') === '1') return text('File already exists');
          if (
            existing &&
            p('iflastmodified') &&
            p('iflastmodified') !== String(Math.floor(existing.modified.getTime() / 1000))
          ) {
            return text('File has been modified since iflastmodified');
          }
          uploads.set(target, { parts: [], received: 0, filesize });
        }
        const state = uploads.get(target);
        if (!state || state.received !== offset || state.filesize !== filesize) {
          uploads.delete(target);
          return text('Upload failed: unexpected offset');
        }
        const data = file ?? Buffer.alloc(0);
        state.parts.push(data);
        state.received += data.length;
        uploadSlices.push({ path: target, offset, bytes: data.length, complete });
        if (complete) {
          uploads.delete(target);
          if (state.received !== filesize) return text('Upload failed: size mismatch');
          const whole = Buffer.concat(state.parts);
          const versions = existing?.versions ?? [];
          if (existing && existing.kind === 'file') {
            versions.push({
              fileid: `v${++fileIds}`,
              data: existing.data,
              createdOn: existing.modified,
              number: versions.length + 1,
            });
          }
          const date = p('date');
          const modified = date ? new Date(`${date.replace(' ', 'T')}Z`) : new Date();
          files.set(target, {
            kind: 'file',
            data: whole,
            modified: Number.isNaN(modified.getTime()) ? new Date() : modified,
            versions,
          });
          // The last request of an upload (a zero-byte upload's only one) carries the ETag when asked.
          sendEtag(req, res);
        }
        return text('OK');
      }
      case '/core/downloadfile':
      case '/core/downloadversionedfile': {
        const path = p('filepath');
        const node = files.get(path);
        if (!owns(me, path) || node?.kind !== 'file') return fail('Unable to download file. File not found');
        let data = node.data;
        if (op === 'downloadversionedfile') {
          const version = node.versions.find((v) => v.fileid === p('fileid'));
          if (!version) return fail('Version not found');
          data = version.data;
        }
        if (p('redirect') === '1') {
          const token = random();
          blobs.set(token, data);
          res.writeHead(302, { location: `${storageUrl}/blob/${token}` }).end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': data.length,
          'content-disposition': `attachment; filename="${encodeURIComponent(baseOf(path))}"`,
        });
        res.end(data);
        return;
      }
      case '/core/downloadfilemulti': {
        const count = Number(p('count'));
        const names = Array.from({ length: count }, (_, i) => params.get(`fn${i + 1}`) ?? '');
        const parts: Buffer[] = [];
        for (const name of names) {
          const node = files.get(join(p('filepath'), name));
          if (!owns(me, p('filepath')) || node?.kind !== 'file') return fail(`File not found: ${name}`);
          // Not a real zip: a stand-in archive (name, size, bytes per file) so the bytes can be checked.
          parts.push(Buffer.from(`${name}\n${node.data.length}\n`), node.data);
        }
        const data = Buffer.concat(parts);
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': data.length }).end(data);
        return;
      }
      case '/core/getversions': {
        const node = files.get(join(p('filepath'), p('filename')));
        if (!node) return fail('File not found');
        return send(
          res,
          toXml('versions', {
            total: String(node.versions.length),
            version: node.versions.map((v) => ({
              versionnumber: String(v.number),
              size: human(v.data.length),
              how: 'Web',
              createdon: v.createdOn.toISOString(),
              createdby: me,
              filename: p('filename'),
              sizeinbytes: String(v.data.length),
              fileid: v.fileid,
            })),
          }),
        );
      }
      case '/core/deleteversion': {
        const node = files.get(join(p('filepath'), p('filename')));
        const at = node?.versions.findIndex((v) => v.fileid === p('fileid')) ?? -1;
        if (!node || at < 0) return fail('Version not found');
        node.versions.splice(at, 1);
        return ok();
      }
      // addshare: a share of a path under a name (FileCloud's Python SDK `add_share`); quickshare without a name.
      // What addshare answers when the path is already shared is not recorded: it returns that share, as quickshare.
      case '/core/addshare':
      case '/core/quickshare': {
        const location = p('sharelocation');
        if (!owns(me, location) || !files.has(location)) return fail('File or folder does not exist');
        let share = [...shares.values()].find((s) => s.location === location);
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
          shares.set(share.id, share);
        }
        return send(res, toXml('shares', { share: [shareXml(share, sandboxUrl)] }));
      }
      case '/core/getshareforpath': {
        const share = [...shares.values()].find((s) => s.location === p('path') && s.owner === me);
        return send(res, toXml('shares', share ? { share: [shareXml(share, sandboxUrl)] } : { meta: { total: '0' } }));
      }
      case '/core/getshares': {
        const mine = [...shares.values()].filter((s) => s.owner === me);
        return send(
          res,
          toXml('shares', { meta: { total: String(mine.length) }, share: mine.map((s) => shareXml(s, sandboxUrl)) }),
        );
      }
      case '/core/updateshare':
      case '/core/setallowpublicaccess': {
        const share = shares.get(p('shareid'));
        if (!share || share.owner !== me) return fail('Share not found');
        if (params.has('sharename')) share.name = p('sharename');
        if (params.has('maxdownloads')) share.maxdownloads = Number(p('maxdownloads'));
        if (params.has('validityperiod')) share.validity = p('validityperiod');
        if (params.has('allowpublicaccess')) share.public = p('allowpublicaccess') === '1';
        if (params.has('allowpublicupload')) share.upload = p('allowpublicupload') === '1';
        if (params.has('allowpublicviewonly')) share.viewonly = p('allowpublicviewonly') === '1';
        if (op === 'setallowpublicaccess') return ok();
        return send(res, toXml('shares', { share: [shareXml(share, sandboxUrl)] }));
      }
      // The users of a share (APIDOC Share_Related_API): a user is named by user id or email.
      case '/core/addusertoshare':
      case '/core/deleteuserfromshare':
      case '/core/getusersforshare':
      case '/core/setuseraccessforshare': {
        const share = shares.get(p('shareid'));
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
        const userid = [...users].find(([name, u]) => name === wanted || u.email === wanted)?.[0];
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
      }
      case '/core/deleteshare': {
        const share = shares.get(p('shareid'));
        if (!share || share.owner !== me) return fail('Share not found');
        shares.delete(share.id);
        return ok();
      }
      case '/admin/search': {
        const keyword = p('keyword').toLowerCase();
        const all = [...users].filter(([name, u]) => !keyword || name.includes(keyword) || u.email.includes(keyword));
        const start = Number(p('start') || '0');
        const end = Number(p('end') || '10');
        return send(
          res,
          toXml('users', {
            meta: { total: String(all.length) },
            user: all.slice(start, end).map(([n, u]) => userXml(n, u)),
          }),
        );
      }
      case '/admin/getuser': {
        const user = users.get(p('username'));
        // FileCloud answers an unknown id with an empty body.
        if (!user) return send(res, '');
        return send(res, toXml('users', { user: [userXml(p('username'), user)] }));
      }
      case '/admin/adduser': {
        if (users.has(p('username'))) return fail('User already exists');
        users.set(p('username'), {
          password: p('password'),
          email: p('email'),
          displayname: p('displayname') || p('username'),
          status: p('status') || '1',
          admin: false,
        });
        mkdir(`/${p('username')}`);
        return ok();
      }
      case '/admin/deleteuser': {
        if (!users.has(p('profile')) || p('profile') === me) return fail('User not found');
        users.delete(p('profile'));
        removeTree(`/${p('profile')}`);
        return ok();
      }
    }
    return send(res, 'not implemented', 'text/plain', 501);
  }

  const listen = (s: Server, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
    });
  const port = await listen(server, options.port ?? 0);
  const storagePort = await listen(storage, 0);
  const sandboxUrl = `http://127.0.0.1:${port}`;
  const storageUrl = `http://127.0.0.1:${storagePort}`;
  const close = (s: Server): Promise<void> =>
    new Promise((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    provider: 'filecloud',
    url: sandboxUrl,
    storageUrl,
    credentials,
    env: {
      FILECLOUD_URL: sandboxUrl,
      FILECLOUD_USERNAME: credentials.username,
      FILECLOUD_PASSWORD: credentials.password,
      FILECLOUD_ADMIN_USERNAME: credentials.adminUsername,
      FILECLOUD_ADMIN_PASSWORD: credentials.adminPassword,
    },
    storageRequests,
    uploadSlices,
    requestedPaths,
    expireSessions: () => sessions.clear(),
    stop: async () => {
      await Promise.all([close(server), close(storage)]);
    },
  };
}
