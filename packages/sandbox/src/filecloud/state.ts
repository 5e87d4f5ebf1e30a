import { randomBytes } from 'node:crypto';

/** The in-memory FileCloud: users, the file tree (one map keyed by absolute path), sessions, shares and uploads. */

export interface Node {
  kind: 'dir' | 'file';
  data: Buffer;
  modified: Date;
  versions: { fileid: string; data: Buffer; createdOn: Date; number: number }[];
}

export interface UserRecord {
  password: string;
  email: string;
  displayname: string;
  status: string;
  admin: boolean;
  twoFactorCode?: string;
}

export interface Share {
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

export type SharePermissions = Record<'read' | 'write' | 'download' | 'share' | 'sync' | 'disallowdelete', boolean>;
export const PERMISSION_FLAGS = ['write', 'download', 'share', 'sync', 'disallowdelete'] as const;

export interface Session {
  kind: 'user' | 'admin';
  username: string;
  xsrf: string;
}

export function random(): string {
  return randomBytes(12).toString('hex');
}

export function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function join(dir: string, name: string): string {
  const clean = dir.replace(/\/+$/, '');
  return `${clean}/${name}`;
}

export function owns(username: string, path: string): boolean {
  return path === `/${username}` || path.startsWith(`/${username}/`);
}

export class FileCloudState {
  readonly files = new Map<string, Node>();
  readonly sessions = new Map<string, Session>();
  readonly pending2fa = new Map<string, { username: string; kind: 'user' | 'admin' }>();
  readonly shares = new Map<string, Share>();
  readonly uploads = new Map<string, { parts: Buffer[]; received: number; filesize: number }>();
  /** Downloads parked on the storage host, by token. */
  readonly blobs = new Map<string, Buffer>();
  readonly storageRequests: { path: string; cookie: boolean; xsrf: boolean }[] = [];
  readonly uploadSlices: { path: string; offset: number; bytes: number; complete: boolean }[] = [];
  readonly requestedPaths = new Set<string>();
  fileIds = 0;
  /** `define("TONIDOCLOUD_CSRF_CHECK", 0)` in the server's config makes this false (DOC "CSRF Token API changes"). */
  csrfCheck = true;

  constructor(readonly users: Map<string, UserRecord>) {
    for (const name of users.keys()) this.mkdir(`/${name}`);
  }

  mkdir(path: string): void {
    this.files.set(path, { kind: 'dir', data: Buffer.alloc(0), modified: new Date(), versions: [] });
  }

  childrenOf(dir: string): string[] {
    return [...this.files.keys()].filter((p) => p !== dir && parentOf(p) === dir).sort((a, b) => a.localeCompare(b));
  }

  removeTree(path: string): void {
    for (const p of [...this.files.keys()]) if (p === path || p.startsWith(`${path}/`)) this.files.delete(p);
  }

  copyTree(from: string, to: string): void {
    for (const [p, node] of [...this.files]) {
      if (p === from || p.startsWith(`${from}/`)) {
        this.files.set(to + p.slice(from.length), { ...node, data: Buffer.from(node.data), versions: [] });
      }
    }
  }

  /** The share of a path, if any (one per path). */
  shareAt(path: string): Share | undefined {
    return [...this.shares.values()].find((s) => s.location === path);
  }
}
