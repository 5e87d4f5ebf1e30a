import { randomUUID } from 'node:crypto';
import { fullNameOf, mimeTypeFor, splitFileName } from './names.js';

/** The two roots every account has. Ids are shared by all accounts; each account sees its own. */
export const LOCAL_ROOT = 'LOCAL_ROOT';
export const TRASH_ROOT = 'TRASH_ROOT';
export type RootId = typeof LOCAL_ROOT | typeof TRASH_ROOT;

export const MAX_VERSIONS = 30;
export const MAX_KEEP_VERSIONS = 28;
export const MAX_LINKS_PER_NODE = 50;

export type Permission = 'READ_ONLY' | 'READ_AND_WRITE' | 'READ_AND_SHARE' | 'READ_WRITE_AND_SHARE';

export interface SandboxUser {
  readonly kind: 'user';
  readonly id: string;
  readonly email: string;
  readonly fullName: string;
  readonly password: string;
}

export interface SandboxDistributionList {
  readonly kind: 'dl';
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly memberIds: readonly string[];
}

export type SandboxAccount = SandboxUser | SandboxDistributionList;

export interface FileVersion {
  version: number;
  content: Uint8Array;
  mimeType: string;
  keepForever: boolean;
  clonedFromVersion: number | null;
  createdAt: number;
  updatedAt: number;
  lastEditorId: string;
}

export interface TreeNode {
  readonly id: string;
  readonly kind: 'file' | 'folder' | 'root';
  /** Files: the name without its extension, as upstream stores it. */
  name: string;
  extension: string | null;
  description: string;
  readonly ownerId: string;
  readonly creatorId: string;
  lastEditorId: string;
  readonly createdAt: number;
  updatedAt: number;
  /** LOCAL_ROOT / TRASH_ROOT for top-level nodes, null for the roots themselves. */
  parentId: string | null;
  /** Where a trashed node came from, for restoreNodes. */
  previousParentId: string | null;
  readonly flaggedBy: Set<string>;
  /** Files only; ascending by version. */
  versions: FileVersion[];
}

export interface SandboxShare {
  readonly nodeId: string;
  readonly targetId: string;
  permission: Permission;
  readonly createdAt: number;
  expiresAt: number | null;
}

export interface SandboxLink {
  readonly id: string;
  readonly nodeId: string;
  readonly createdAt: number;
  expiresAt: number | null;
  description: string | null;
}

export interface SandboxCollaborationLink {
  readonly id: string;
  readonly nodeId: string;
  readonly createdAt: number;
  readonly permission: Permission;
}

/** The in-memory state of one sandbox: accounts, nodes with versions, shares and links. */
export class CarbonioTree {
  readonly accounts = new Map<string, SandboxAccount>();
  readonly nodes = new Map<string, TreeNode>();
  readonly shares: SandboxShare[] = [];
  readonly links = new Map<string, SandboxLink>();
  readonly collaborationLinks = new Map<string, SandboxCollaborationLink>();
  private clock = 0;

  /** Strictly increasing epoch ms, so sorts by date are stable even within one millisecond. */
  now(): number {
    const wall = Date.now();
    this.clock = wall > this.clock ? wall : this.clock + 1;
    return this.clock;
  }

  addAccount(account: SandboxAccount): void {
    this.accounts.set(account.id, account);
  }

  user(id: string): SandboxUser | undefined {
    const account = this.accounts.get(id);
    return account?.kind === 'user' ? account : undefined;
  }

  accountByEmail(email: string): SandboxAccount | undefined {
    const wanted = email.toLowerCase();
    for (const account of this.accounts.values()) if (account.email.toLowerCase() === wanted) return account;
    return undefined;
  }

  /** Each account has its own LOCAL_ROOT and TRASH_ROOT; they are materialised on first use. */
  root(userId: string, rootId: RootId): TreeNode {
    const key = `${rootId}:${userId}`;
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const at = this.now();
    const root: TreeNode = {
      id: rootId,
      kind: 'root',
      name: rootId === LOCAL_ROOT ? 'ROOT' : 'TRASH',
      extension: null,
      description: '',
      ownerId: userId,
      creatorId: userId,
      lastEditorId: userId,
      createdAt: at,
      updatedAt: at,
      parentId: null,
      previousParentId: null,
      flaggedBy: new Set(),
      versions: [],
    };
    this.nodes.set(key, root);
    return root;
  }

  /** A node by id as seen by `userId` (roots resolve to that user's own root). */
  get(userId: string, id: string): TreeNode | undefined {
    if (id === LOCAL_ROOT || id === TRASH_ROOT) return this.root(userId, id);
    return this.nodes.get(id);
  }

  parentOf(node: TreeNode): TreeNode | undefined {
    if (node.parentId === null) return undefined;
    return this.get(node.ownerId, node.parentId);
  }

  /** LOCAL_ROOT or TRASH_ROOT: the root the node currently sits under. */
  rootIdOf(node: TreeNode): RootId | null {
    let current: TreeNode | undefined = node;
    while (current) {
      if (current.kind === 'root') return current.id === TRASH_ROOT ? TRASH_ROOT : LOCAL_ROOT;
      current = this.parentOf(current);
    }
    return null;
  }

  children(parent: TreeNode): TreeNode[] {
    const out: TreeNode[] = [];
    for (const node of this.nodes.values()) {
      if (node.kind === 'root' || node.parentId !== parent.id) continue;
      if (parent.kind === 'root' && node.ownerId !== parent.ownerId) continue;
      out.push(node);
    }
    return out;
  }

  descendants(node: TreeNode): TreeNode[] {
    const out: TreeNode[] = [];
    const stack = [node];
    for (let current = stack.pop(); current; current = stack.pop()) {
      for (const child of this.children(current)) {
        out.push(child);
        stack.push(child);
      }
    }
    return out;
  }

  isAncestor(ancestor: TreeNode, node: TreeNode): boolean {
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      if (current === ancestor) return true;
    }
    return false;
  }

  /** The strongest share of `node` or an ancestor with `userId` (directly or through a distribution list). */
  effectiveShare(userId: string, node: TreeNode): SandboxShare | undefined {
    const targets = new Set([userId]);
    for (const account of this.accounts.values()) {
      if (account.kind === 'dl' && account.memberIds.includes(userId)) targets.add(account.id);
    }
    const now = Date.now();
    for (let current: TreeNode | undefined = node; current; current = this.parentOf(current)) {
      const currentId = current.id;
      const share = this.shares.find(
        (s) => s.nodeId === currentId && targets.has(s.targetId) && (s.expiresAt === null || s.expiresAt > now),
      );
      if (share) return share;
    }
    return undefined;
  }

  canRead(userId: string, node: TreeNode): boolean {
    return node.ownerId === userId || this.effectiveShare(userId, node) !== undefined;
  }

  canWrite(userId: string, node: TreeNode): boolean {
    if (node.ownerId === userId) return true;
    const share = this.effectiveShare(userId, node);
    return share?.permission === 'READ_AND_WRITE' || share?.permission === 'READ_WRITE_AND_SHARE';
  }

  canShare(userId: string, node: TreeNode): boolean {
    if (node.ownerId === userId) return true;
    const share = this.effectiveShare(userId, node);
    return share?.permission === 'READ_AND_SHARE' || share?.permission === 'READ_WRITE_AND_SHARE';
  }

  /** Upstream's clash rule: `name.ext`, then `name (1).ext`, `name (2).ext`, ... */
  freeName(parent: TreeNode, name: string, extension: string | null, except?: TreeNode): string {
    const taken = new Set(
      this.children(parent)
        .filter((child) => child !== except)
        .map((child) => fullNameOf(child)),
    );
    const full = (candidate: string) => (extension ? `${candidate}.${extension}` : candidate);
    if (!taken.has(full(name))) return name;
    for (let n = 1; ; n++) {
      const candidate = `${name} (${n})`;
      if (!taken.has(full(candidate))) return candidate;
    }
  }

  nameTaken(parent: TreeNode, fullName: string, except?: TreeNode): boolean {
    return this.children(parent).some((child) => child !== except && fullNameOf(child) === fullName);
  }

  createFolder(userId: string, parent: TreeNode, name: string): TreeNode {
    const at = this.now();
    const node: TreeNode = {
      id: randomUUID(),
      kind: 'folder',
      name,
      extension: null,
      description: '',
      ownerId: parent.ownerId,
      creatorId: userId,
      lastEditorId: userId,
      createdAt: at,
      updatedAt: at,
      parentId: parent.id,
      previousParentId: null,
      flaggedBy: new Set(),
      versions: [],
    };
    this.nodes.set(node.id, node);
    return node;
  }

  createFile(userId: string, parent: TreeNode, fullName: string, description: string, content: Uint8Array): TreeNode {
    const split = splitFileName(fullName);
    const at = this.now();
    const node: TreeNode = {
      id: randomUUID(),
      kind: 'file',
      name: this.freeName(parent, split.name, split.extension),
      extension: split.extension,
      description,
      ownerId: parent.ownerId,
      creatorId: userId,
      lastEditorId: userId,
      createdAt: at,
      updatedAt: at,
      parentId: parent.id,
      previousParentId: null,
      flaggedBy: new Set(),
      versions: [
        {
          version: 1,
          content,
          mimeType: mimeTypeFor(split.extension),
          keepForever: false,
          clonedFromVersion: null,
          createdAt: at,
          updatedAt: at,
          lastEditorId: userId,
        },
      ],
    };
    this.nodes.set(node.id, node);
    return node;
  }

  latest(node: TreeNode): FileVersion | undefined {
    return node.versions[node.versions.length - 1];
  }

  /** Deep copy of a node (and subtree) into `destination`, renamed on a clash. */
  copy(userId: string, node: TreeNode, destination: TreeNode): TreeNode {
    const at = this.now();
    const copy: TreeNode = {
      ...node,
      id: randomUUID(),
      name: this.freeName(destination, node.name, node.extension),
      ownerId: destination.ownerId,
      creatorId: userId,
      lastEditorId: userId,
      createdAt: at,
      updatedAt: at,
      parentId: destination.id,
      previousParentId: null,
      flaggedBy: new Set(),
      versions: node.versions.slice(-1).map((v) => ({ ...v, version: 1, keepForever: false, clonedFromVersion: null })),
    };
    this.nodes.set(copy.id, copy);
    for (const child of this.children(node)) this.copy(userId, child, copy);
    return copy;
  }

  delete(node: TreeNode): void {
    for (const child of this.descendants(node)) this.forget(child);
    this.forget(node);
  }

  private forget(node: TreeNode): void {
    this.nodes.delete(node.id);
    for (let i = this.shares.length - 1; i >= 0; i--) if (this.shares[i]?.nodeId === node.id) this.shares.splice(i, 1);
    for (const [id, link] of this.links) if (link.nodeId === node.id) this.links.delete(id);
    for (const [id, link] of this.collaborationLinks) if (link.nodeId === node.id) this.collaborationLinks.delete(id);
  }
}
