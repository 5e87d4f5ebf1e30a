import { createHash, randomBytes } from 'node:crypto';
import type { SandboxOptions } from '../types.js';

/** The in-memory account the Box.net sandbox serves: one user, a folder tree with ids, file contents. */
export interface BoxFolder {
  readonly id: number;
  name: string;
  parentId: number | null;
  shared: boolean;
  publicName: string;
  password: string;
  description: string;
  tags: number[];
  readonly created: number;
}

export interface BoxFile {
  readonly id: number;
  name: string;
  folderId: number;
  content: Uint8Array;
  sha1: string;
  shared: boolean;
  publicName: string;
  description: string;
  tags: number[];
  readonly created: number;
  updated: number;
}

export interface BoxComment {
  readonly id: number;
  readonly targetId: number;
  readonly target: string;
  readonly message: string;
  readonly created: number;
}

export interface BoxnetSandboxOptions extends SandboxOptions {
  readonly apiKey?: string;
  readonly login?: string;
  readonly password?: string;
  /** Largest accepted upload per file (filesize_limit_exceeded above it). Default 32 MiB. */
  readonly maxUploadBytes?: number;
  /** Account quota (not_enough_free_space above it). Default 1 GiB. */
  readonly spaceAmount?: number;
}

export const now = (): number => Math.floor(Date.now() / 1000);
export const token = (): string => randomBytes(16).toString('hex');
export const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

export class BoxState {
  readonly apiKey: string;
  readonly login: string;
  readonly password: string;
  readonly userId = 453;
  readonly maxUploadBytes: number;
  readonly spaceAmount: number;
  readonly folders = new Map<number, BoxFolder>();
  readonly files = new Map<number, BoxFile>();
  readonly tags = new Map<number, string>();
  readonly comments = new Map<number, BoxComment>();
  /** ticket -> approved by the user on the auth page. */
  readonly tickets = new Map<string, boolean>();
  readonly tokens = new Set<string>();
  #nextId = 1000;

  constructor(options: BoxnetSandboxOptions) {
    this.apiKey = options.apiKey ?? 'sandbox-api-key';
    this.login = options.login ?? 'sandbox@example.com';
    this.password = options.password ?? 'sandbox-password';
    this.maxUploadBytes = options.maxUploadBytes ?? 32 * 1024 * 1024;
    this.spaceAmount = options.spaceAmount ?? 1024 * 1024 * 1024;
    const t = now();
    this.folders.set(0, {
      id: 0,
      name: '',
      parentId: null,
      shared: false,
      publicName: '',
      password: '',
      description: '',
      tags: [],
      created: t,
    });
  }

  nextId(): number {
    this.#nextId += 1;
    return this.#nextId;
  }

  spaceUsed(): number {
    let used = 0;
    for (const f of this.files.values()) used += f.content.byteLength;
    return used;
  }

  childFolders(id: number): BoxFolder[] {
    return [...this.folders.values()].filter((f) => f.parentId === id).sort((a, b) => a.id - b.id);
  }

  childFiles(id: number): BoxFile[] {
    return [...this.files.values()].filter((f) => f.folderId === id).sort((a, b) => a.id - b.id);
  }

  createFolder(parentId: number, name: string, shared: boolean): BoxFolder {
    const folder: BoxFolder = {
      id: this.nextId(),
      name,
      parentId,
      shared,
      publicName: shared ? token().slice(0, 10) : '',
      password: '',
      description: '',
      tags: [],
      created: now(),
    };
    this.folders.set(folder.id, folder);
    return folder;
  }

  putFile(folderId: number, name: string, content: Uint8Array, replace?: BoxFile): BoxFile {
    const t = now();
    if (replace) {
      replace.content = content;
      replace.sha1 = sha1(content);
      replace.updated = t;
      return replace;
    }
    const file: BoxFile = {
      id: this.nextId(),
      name,
      folderId,
      content,
      sha1: sha1(content),
      shared: false,
      publicName: '',
      description: '',
      tags: [],
      created: t,
      updated: t,
    };
    this.files.set(file.id, file);
    return file;
  }

  deleteFolder(id: number): void {
    for (const f of this.childFiles(id)) this.files.delete(f.id);
    for (const f of this.childFolders(id)) this.deleteFolder(f.id);
    this.folders.delete(id);
  }

  /** Is `id` the folder `ancestor` or inside it? (a folder cannot move into itself) */
  isWithin(id: number, ancestor: number): boolean {
    let current: number | null = id;
    while (current !== null) {
      if (current === ancestor) return true;
      current = this.folders.get(current)?.parentId ?? null;
    }
    return false;
  }

  tagId(name: string): number {
    for (const [id, existing] of this.tags) if (existing === name) return id;
    const id = this.nextId();
    this.tags.set(id, name);
    return id;
  }
}
