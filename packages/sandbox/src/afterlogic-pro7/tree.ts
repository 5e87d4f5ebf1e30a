import { createHmac, randomBytes } from 'node:crypto';

/** The storage types of the Pro 7 Files API. */
export type Pro7StorageType = 'personal' | 'corporate' | 'shared';
export const STORAGE_TYPES: readonly Pro7StorageType[] = ['personal', 'corporate', 'shared'];

export interface Pro7File {
  readonly kind: 'file';
  name: string;
  data: Uint8Array;
  modified: number;
}

export interface Pro7Folder {
  readonly kind: 'folder';
  name: string;
  readonly children: Map<string, Pro7Node>;
}

export type Pro7Node = Pro7File | Pro7Folder;

export interface PublicLinkRecord {
  readonly type: Pro7StorageType;
  readonly path: string;
  readonly isFolder: boolean;
}

const MIME: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  zip: 'application/zip',
  url: 'application/octet-stream',
  asc: 'application/pgp-signature',
};

export function mimeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? MIME[name.slice(dot + 1).toLowerCase()] : undefined) ?? 'application/octet-stream';
}

/** Folder paths as the server writes them: `""` for the root, else `/a/b`. */
export function normalizeFolder(path: string): string {
  const parts = path.split('/').filter((part) => part !== '');
  return parts.length === 0 ? '' : `/${parts.join('/')}`;
}

/** PHP `urldecode()`: the server's second decoding of some names (`+` to space, `%XX` to bytes). */
export function phpUrlDecode(value: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '+') bytes.push(0x20);
    else if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = value.codePointAt(i) ?? 0;
      for (const byte of encoder.encode(String.fromCodePoint(code))) bytes.push(byte);
      if (code > 0xffff) i++;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** `a.txt`, `a_0.txt`, `a_1.txt`... : the first free one is taken, as the server does on a clash. */
export function freeName(folder: Pro7Folder, name: string): string {
  if (!folder.children.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 0; ; i++) {
    const candidate = `${stem}_${i}${ext}`;
    if (!folder.children.has(candidate)) return candidate;
  }
}

/** Characters the server strips from new names (MailSo ClearFileName). */
export function cleanName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim();
}

function cloneNode(node: Pro7Node): Pro7Node {
  if (node.kind === 'file') return { kind: 'file', name: node.name, data: node.data, modified: node.modified };
  const children = new Map<string, Pro7Node>();
  for (const [name, child] of node.children) children.set(name, cloneNode(child));
  return { kind: 'folder', name: node.name, children };
}

/** The in-memory storage of one user: a tree per storage type, public links, and opaque item hashes. */
export class Pro7Tree {
  readonly roots = new Map<Pro7StorageType, Pro7Folder>();
  /** Public links by their hash. */
  readonly links = new Map<string, PublicLinkRecord>();
  readonly #salt = randomBytes(16);

  constructor() {
    for (const type of STORAGE_TYPES) this.roots.set(type, { kind: 'folder', name: '', children: new Map() });
  }

  root(type: Pro7StorageType): Pro7Folder {
    const root = this.roots.get(type);
    if (!root) throw new Error(`no storage ${type}`);
    return root;
  }

  folder(type: Pro7StorageType, path: string): Pro7Folder | undefined {
    let node: Pro7Node = this.root(type);
    for (const part of path.split('/').filter((p) => p !== '')) {
      if (node.kind !== 'folder') return undefined;
      const next: Pro7Node | undefined = node.children.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node.kind === 'folder' ? node : undefined;
  }

  node(type: Pro7StorageType, folder: string, name: string): Pro7Node | undefined {
    return this.folder(type, folder)?.children.get(name);
  }

  usedBytes(type: Pro7StorageType): number {
    const sum = (folder: Pro7Folder): number => {
      let total = 0;
      for (const child of folder.children.values()) total += child.kind === 'file' ? child.data.byteLength : sum(child);
      return total;
    };
    return sum(this.root(type));
  }

  /** Creates every missing folder of `path` (used for seeding). */
  ensureFolder(type: Pro7StorageType, path: string): Pro7Folder {
    let node = this.root(type);
    for (const part of path.split('/').filter((p) => p !== '')) {
      let next = node.children.get(part);
      if (!next) {
        next = { kind: 'folder', name: part, children: new Map() };
        node.children.set(part, next);
      }
      if (next.kind !== 'folder') throw new Error(`${part} is a file`);
      node = next;
    }
    return node;
  }

  putFile(folder: Pro7Folder, name: string, data: Uint8Array): Pro7File {
    const file: Pro7File = { kind: 'file', name, data, modified: Math.floor(Date.now() / 1000) };
    folder.children.set(name, file);
    return file;
  }

  clone(node: Pro7Node, name: string): Pro7Node {
    const copy = cloneNode(node);
    copy.name = name;
    return copy;
  }

  /** An opaque, url-safe, tamper-evident key for Raw links (the real one is encrypted; clients must not parse it). */
  hashOf(type: Pro7StorageType, folder: string, name: string): string {
    const payload = Buffer.from(JSON.stringify({ t: type, p: folder, n: name })).toString('base64url');
    const mac = createHmac('sha256', this.#salt).update(payload).digest('base64url').slice(0, 16);
    return `${payload}.${mac}`;
  }

  resolveHash(hash: string): { type: Pro7StorageType; folder: string; name: string } | undefined {
    const [payload, mac] = hash.split('.');
    if (!payload || !mac) return undefined;
    const expected = createHmac('sha256', this.#salt).update(payload).digest('base64url').slice(0, 16);
    if (mac !== expected) return undefined;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { t, p, n } = parsed as Record<string, unknown>;
      if (typeof t !== 'string' || typeof p !== 'string' || typeof n !== 'string') return undefined;
      if (!STORAGE_TYPES.includes(t as Pro7StorageType)) return undefined;
      return { type: t as Pro7StorageType, folder: p, name: n };
    } catch {
      return undefined;
    }
  }

  linkHashFor(type: Pro7StorageType, fullPath: string): string | undefined {
    for (const [hash, link] of this.links) if (link.type === type && link.path === fullPath) return hash;
    return undefined;
  }

  /** Drops the links of an item and of everything below it (delete and move do). */
  dropLinks(type: Pro7StorageType, fullPath: string): void {
    for (const [hash, link] of this.links) {
      if (link.type === type && (link.path === fullPath || link.path.startsWith(`${fullPath}/`)))
        this.links.delete(hash);
    }
  }
}
