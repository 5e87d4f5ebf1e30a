import { GraphQLError } from 'graphql';
import type { Args } from './args.js';
import { view } from './context.js';
import { fullNameOf, nodeTypeFor } from './names.js';
import type { CarbonioTree, Permission, SandboxShare, TreeNode } from './tree.js';

/** Orders and pages: node sorts, opaque page tokens, share sorts. */

const SORT_KEYS: Record<string, (tree: CarbonioTree, n: TreeNode) => string | number> = {
  NAME: (_t, n) => fullNameOf(n).toLowerCase(),
  UPDATED_AT: (_t, n) => n.updatedAt,
  SIZE: (t, n) => t.latest(n)?.content.byteLength ?? 0,
  TYPE: (t, n) => nodeTypeFor(n, t.latest(n)?.mimeType ?? ''),
  OWNER: (_t, n) => n.ownerId,
  LAST_EDITOR: (_t, n) => n.lastEditorId,
};

/** Folders first (as the web client shows them), then the requested order, then id for stability. */
export function sortNodes(tree: CarbonioTree, nodes: TreeNode[], sort: string): TreeNode[] {
  const descending = sort.endsWith('_DESC');
  const key = SORT_KEYS[sort.replace(/_(ASC|DESC)$/, '')] ?? SORT_KEYS.NAME;
  if (!key) return nodes;
  return [...nodes].sort((a, b) => {
    const folderFirst = Number(a.kind === 'file') - Number(b.kind === 'file');
    if (folderFirst !== 0) return folderFirst;
    const ka = key(tree, a);
    const kb = key(tree, b);
    const order = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? -order : order;
  });
}

/** Page tokens are opaque to clients: base64 of the whole query, as upstream encodes its PageQuery. */
export interface PageQuery {
  readonly scope: string;
  readonly sort: string;
  readonly limit: number;
  readonly offset: number;
  readonly filters?: Args;
}

function encodeToken(query: PageQuery): string {
  return Buffer.from(JSON.stringify(query), 'utf8').toString('base64');
}

export function decodeToken(token: string): PageQuery {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'scope' in parsed && 'offset' in parsed) {
      return parsed as PageQuery;
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError('Invalid page token');
}

/** A full page always carries a token, so the last page may be empty (upstream behaviour). */
export function page(tree: CarbonioTree, all: TreeNode[], query: PageQuery) {
  const slice = all.slice(query.offset, query.offset + query.limit);
  const token =
    query.limit > 0 && slice.length === query.limit
      ? encodeToken({ ...query, offset: query.offset + query.limit })
      : null;
  return { nodes: slice.map((node) => view(tree, node)), page_token: token };
}

export function shareSorter(sorts: string[]): (a: SandboxShare, b: SandboxShare) => number {
  const rank: Record<Permission, number> = {
    READ_ONLY: 0,
    READ_AND_WRITE: 1,
    READ_AND_SHARE: 1,
    READ_WRITE_AND_SHARE: 2,
  };
  const list = sorts.length > 0 ? sorts : ['CREATION_ASC'];
  return (a, b) => {
    for (const sort of list) {
      const dir = sort.endsWith('_DESC') ? -1 : 1;
      let diff = 0;
      if (sort.startsWith('CREATION')) diff = a.createdAt - b.createdAt;
      else if (sort.startsWith('TARGET_USER')) diff = a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0;
      else if (sort.startsWith('SHARE_PERMISSIONS')) diff = rank[a.permission] - rank[b.permission];
      else if (sort.startsWith('EXPIRATION')) diff = (a.expiresAt ?? Number.MAX_SAFE_INTEGER) - (b.expiresAt ?? 0);
      if (diff !== 0) return diff * dir;
    }
    return 0;
  };
}
