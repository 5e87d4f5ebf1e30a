import {
  buildSchema,
  GraphQLError,
  type GraphQLFieldResolver,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  GraphQLUnionType,
  Kind,
} from 'graphql';
import {
  type CarbonioTree,
  type FileVersion,
  fullNameOf,
  LOCAL_ROOT,
  MAX_KEEP_VERSIONS,
  MAX_LINKS_PER_NODE,
  MAX_VERSIONS,
  nodeTypeFor,
  type Permission,
  randomAlphanumeric,
  type SandboxAccount,
  type SandboxShare,
  TRASH_ROOT,
  type TreeNode,
} from './tree.js';

/** Per-request execution context. */
export type FilesContext = {
  readonly tree: CarbonioTree;
  readonly userId: string;
  readonly baseUrl: string;
  /** Per-node failures of bulk mutations: appended to `errors` next to the partial data, as upstream does. */
  readonly sideErrors: GraphQLError[];
};

/** A node as the schema sees it: a file is always one of its versions. */
export interface NodeView {
  readonly node: TreeNode;
  readonly version?: FileVersion | undefined;
}

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, FilesContext, Args>;

export type ErrorCode =
  | 'ACCOUNT_NOT_FOUND'
  | 'NODE_NOT_FOUND'
  | 'FILE_VERSION_NOT_FOUND'
  | 'SHARE_NOT_FOUND'
  | 'SHARE_CREATION_ERROR'
  | 'MISSING_FIELD'
  | 'NODE_WRITE_ERROR'
  | 'NODE_COPY_ERROR'
  | 'NODE_DUPLICATED'
  | 'LINK_NOT_FOUND'
  | 'VERSIONS_LIMIT_REACHED';

export function filesError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  path?: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(message, { path, extensions: { errorCode: code, ...extra } });
}

function nodeNotFound(nodeId: string): GraphQLError {
  return filesError('NODE_NOT_FOUND', `Node ${nodeId} does not exist`, { nodeId });
}

function writeError(nodeId: string, path?: readonly (string | number)[]): GraphQLError {
  return filesError(
    'NODE_WRITE_ERROR',
    `There was a problem while executing requested operation on node: ${nodeId}`,
    { nodeId },
    path,
  );
}

const str = (args: Args, key: string): string | undefined => {
  const value = args[key];
  return typeof value === 'string' ? value : undefined;
};
const num = (args: Args, key: string): number | undefined => {
  const value = args[key];
  return typeof value === 'number' ? value : undefined;
};
const bool = (args: Args, key: string): boolean | undefined => {
  const value = args[key];
  return typeof value === 'boolean' ? value : undefined;
};
const strings = (args: Args, key: string): string[] => {
  const value = args[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
const numbers = (args: Args, key: string): number[] | undefined => {
  const value = args[key];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : undefined;
};

function view(tree: CarbonioTree, node: TreeNode, version?: FileVersion): NodeView {
  return { node, version: node.kind === 'file' ? (version ?? tree.latest(node)) : undefined };
}

function asView(source: unknown): NodeView {
  if (typeof source === 'object' && source !== null && 'node' in source) return source as NodeView;
  throw new Error('sandbox: resolver reached with a source that is not a node');
}

function readable(ctx: FilesContext, id: string): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (!node || !ctx.tree.canRead(ctx.userId, node)) throw nodeNotFound(id);
  return node;
}

/** DateTime: epoch milliseconds as a JSON number; literals may be Int or String (upstream parseLiteral). */
const dateTime = new GraphQLScalarType<number, number>({
  name: 'DateTime',
  serialize: (value) => {
    if (typeof value !== 'number') throw new TypeError('DateTime must be epoch milliseconds');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError('DateTime must be an integer');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) {
      const value = Number(ast.value);
      if (Number.isInteger(value)) return value;
    }
    throw new TypeError('DateTime literal must be an Int or a String of digits');
  },
});

function permissionsOf(ctx: FilesContext, node: TreeNode) {
  const { tree, userId } = ctx;
  const read = tree.canRead(userId, node);
  const write = tree.canWrite(userId, node) && node.id !== TRASH_ROOT;
  const share = tree.canShare(userId, node) && node.kind !== 'root';
  const owner = node.ownerId === userId;
  return {
    can_read: read,
    can_write_file: write,
    can_write_folder: write,
    can_delete: owner && node.kind !== 'root',
    can_add_version: write && node.kind === 'file',
    can_read_link: read,
    can_change_link: share,
    can_share: share,
    can_read_share: read,
    can_change_share: share,
  };
}

const SORT_KEYS: Record<string, (tree: CarbonioTree, n: TreeNode) => string | number> = {
  NAME: (_t, n) => fullNameOf(n).toLowerCase(),
  UPDATED_AT: (_t, n) => n.updatedAt,
  SIZE: (t, n) => t.latest(n)?.content.byteLength ?? 0,
  TYPE: (t, n) => nodeTypeFor(n, t.latest(n)?.mimeType ?? ''),
  OWNER: (_t, n) => n.ownerId,
  LAST_EDITOR: (_t, n) => n.lastEditorId,
};

/** Folders first (as the web client shows them), then the requested order, then id for stability. */
function sortNodes(tree: CarbonioTree, nodes: TreeNode[], sort: string): TreeNode[] {
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
interface PageQuery {
  readonly scope: string;
  readonly sort: string;
  readonly limit: number;
  readonly offset: number;
  readonly filters?: Args;
}

function encodeToken(query: PageQuery): string {
  return Buffer.from(JSON.stringify(query), 'utf8').toString('base64');
}

function decodeToken(token: string): PageQuery {
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
function page(tree: CarbonioTree, all: TreeNode[], query: PageQuery) {
  const slice = all.slice(query.offset, query.offset + query.limit);
  const token =
    query.limit > 0 && slice.length === query.limit
      ? encodeToken({ ...query, offset: query.offset + query.limit })
      : null;
  return { nodes: slice.map((node) => view(tree, node)), page_token: token };
}

function accountTypeName(account: SandboxAccount): string {
  return account.kind === 'user' ? 'User' : 'DistributionList';
}

function userOut(tree: CarbonioTree, id: string) {
  const user = tree.user(id);
  return user ?? null;
}

function shareSorter(sorts: string[]): (a: SandboxShare, b: SandboxShare) => number {
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

function linkUrl(ctx: FilesContext, node: TreeNode, id: string): string {
  return node.kind === 'file'
    ? `${ctx.baseUrl}/services/files/public/link/download/${id}`
    : `${ctx.baseUrl}/files/public/link/access/${id}`;
}

function nodeFieldResolvers(): Record<string, Resolver> {
  return {
    id: (s) => asView(s).node.id,
    name: (s) => asView(s).node.name,
    extension: (s) => asView(s).node.extension,
    description: (s) => asView(s).node.description,
    type: (s, _a, _ctx) => {
      const v = asView(s);
      return nodeTypeFor(v.node, v.version?.mimeType ?? '');
    },
    mime_type: (s) => asView(s).version?.mimeType ?? 'application/octet-stream',
    size: (s) => asView(s).version?.content.byteLength ?? 0,
    version: (s) => asView(s).version?.version ?? 1,
    keep_forever: (s) => asView(s).version?.keepForever ?? false,
    cloned_from_version: (s) => asView(s).version?.clonedFromVersion ?? null,
    created_at: (s) => asView(s).node.createdAt,
    updated_at: (s) => {
      const v = asView(s);
      return v.version?.updatedAt ?? v.node.updatedAt;
    },
    flagged: (s, _a, ctx) => asView(s).node.flaggedBy.has(ctx.userId),
    creator: (s, _a, ctx) => userOut(ctx.tree, asView(s).node.creatorId),
    owner: (s, _a, ctx) => userOut(ctx.tree, asView(s).node.ownerId),
    last_editor: (s, _a, ctx) => {
      const v = asView(s);
      return userOut(ctx.tree, v.version?.lastEditorId ?? v.node.lastEditorId);
    },
    permissions: (s, _a, ctx) => permissionsOf(ctx, asView(s).node),
    rootId: (s, _a, ctx) => ctx.tree.rootIdOf(asView(s).node),
    parent: (s, _a, ctx) => {
      const parent = ctx.tree.parentOf(asView(s).node);
      return parent && ctx.tree.canRead(ctx.userId, parent) ? view(ctx.tree, parent) : null;
    },
    share: (s, a, ctx) => {
      const node = asView(s).node;
      return ctx.tree.shares.find((x) => x.nodeId === node.id && x.targetId === str(a, 'share_target_id')) ?? null;
    },
    shares: (s, a, ctx) => {
      const node = asView(s).node;
      const limit = num(a, 'limit') ?? 0;
      const cursor = str(a, 'cursor');
      const all = ctx.tree.shares.filter((x) => x.nodeId === node.id).sort(shareSorter(strings(a, 'sorts')));
      const start = cursor ? all.findIndex((x) => x.targetId === cursor) + 1 : 0;
      return all.slice(start, start + limit);
    },
    links: (s, _a, ctx) => [...ctx.tree.links.values()].filter((l) => l.nodeId === asView(s).node.id),
    collaboration_links: (s, _a, ctx) =>
      [...ctx.tree.collaborationLinks.values()].filter((l) => l.nodeId === asView(s).node.id),
    children: (s, a, ctx) => {
      const node = asView(s).node;
      const token = str(a, 'page_token');
      const query: PageQuery = token
        ? decodeToken(token)
        : { scope: node.id, sort: str(a, 'sort') ?? 'NAME_ASC', limit: num(a, 'limit') ?? 50, offset: 0 };
      const readableChildren = ctx.tree.children(node).filter((c) => ctx.tree.canRead(ctx.userId, c));
      return page(ctx.tree, sortNodes(ctx.tree, readableChildren, query.sort), query);
    },
  };
}

function findNodes(ctx: FilesContext, a: Args) {
  const token = str(a, 'page_token');
  const requestedLimit = num(a, 'limit');
  // findNodes clamps instead of failing validation (upstream Pagination.LIMIT = 50).
  const limit = requestedLimit === undefined || requestedLimit > 50 || requestedLimit < 0 ? 50 : requestedLimit;
  const query: PageQuery = token
    ? decodeToken(token)
    : { scope: 'find', sort: str(a, 'sort') ?? 'NAME_ASC', limit, offset: 0, filters: a };
  const f = query.filters ?? {};
  const { tree, userId } = ctx;
  const folderId = str(f, 'folder_id');
  let candidates: TreeNode[];
  if (folderId) {
    const folder = readable(ctx, folderId);
    candidates = bool(f, 'cascade') === false ? tree.children(folder) : tree.descendants(folder);
  } else {
    candidates = [...tree.nodes.values()].filter((n) => n.kind !== 'root' && tree.rootIdOf(n) === LOCAL_ROOT);
  }
  const keywords = strings(f, 'keywords').map((k) => k.toLowerCase());
  const type = str(f, 'type');
  const ownerId = str(f, 'owner_id');
  const flagged = bool(f, 'flagged');
  const sharedByMe = bool(f, 'shared_by_me');
  const sharedWithMe = bool(f, 'shared_with_me');
  const direct = bool(f, 'direct_share');
  const matches = candidates.filter((n) => {
    if (!tree.canRead(userId, n)) return false;
    if (keywords.some((k) => !`${fullNameOf(n)} ${n.description}`.toLowerCase().includes(k))) return false;
    if (type && nodeTypeFor(n, tree.latest(n)?.mimeType ?? '') !== type) return false;
    if (ownerId && n.ownerId !== ownerId) return false;
    if (flagged !== undefined && n.flaggedBy.has(userId) !== flagged) return false;
    const directShares = tree.shares.filter((s) => s.nodeId === n.id);
    if (sharedByMe !== undefined) {
      const shared = n.ownerId === userId && directShares.length > 0;
      if (shared !== sharedByMe) return false;
    }
    if (sharedWithMe !== undefined) {
      const shared =
        n.ownerId !== userId &&
        (direct ? directShares.some((s) => s.targetId === userId) : tree.effectiveShare(userId, n) !== undefined);
      if (shared !== sharedWithMe) return false;
    }
    return true;
  });
  return page(tree, sortNodes(tree, matches, query.sort), query);
}

/** Runs `op` on every id; failures become per-node errors next to the ids (or nodes) that succeeded. */
function bulk<T>(ctx: FilesContext, field: string, ids: string[], op: (id: string) => T): T[] {
  const done: T[] = [];
  for (const id of ids) {
    try {
      done.push(op(id));
    } catch (error) {
      const base = error instanceof GraphQLError ? error : writeError(id);
      ctx.sideErrors.push(new GraphQLError(base.message, { path: [field], extensions: base.extensions }));
    }
  }
  return done;
}

function writableFolder(ctx: FilesContext, id: string): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (!node || node.kind === 'file' || !ctx.tree.canWrite(ctx.userId, node) || node.id === TRASH_ROOT) {
    throw writeError(id);
  }
  if (ctx.tree.rootIdOf(node) === TRASH_ROOT) throw writeError(id);
  return node;
}

function fileNode(ctx: FilesContext, id: string, write: boolean): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (node?.kind !== 'file' || !ctx.tree.canRead(ctx.userId, node)) throw nodeNotFound(id);
  if (write && !ctx.tree.canWrite(ctx.userId, node)) throw writeError(id);
  return node;
}

function queryResolvers(): Record<string, Resolver> {
  return {
    getNode: (_s, a, ctx) => {
      const id = str(a, 'node_id') ?? '';
      const node = readable(ctx, id);
      const wanted = num(a, 'version');
      if (wanted === undefined || node.kind !== 'file') return view(ctx.tree, node);
      const version = node.versions.find((v) => v.version === wanted);
      if (!version) {
        throw filesError('FILE_VERSION_NOT_FOUND', `Version ${wanted} of node ${id} does not exist`, {
          nodeId: id,
          version: wanted,
        });
      }
      return view(ctx.tree, node, version);
    },
    findNodes: (_s, a, ctx) => findNodes(ctx, a),
    getVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', false);
      const wanted = numbers(a, 'versions');
      return node.versions
        .filter((v) => !wanted || wanted.includes(v.version))
        .map((v) => view(ctx.tree, node, v))
        .reverse();
    },
    getPath: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      const path: NodeView[] = [];
      for (let current: TreeNode | undefined = node; current; current = ctx.tree.parentOf(current)) {
        if (!ctx.tree.canRead(ctx.userId, current)) break;
        path.unshift(view(ctx.tree, current));
      }
      return path;
    },
    getUserById: (_s, a, ctx) => {
      const id = str(a, 'user_id') ?? '';
      const user = userOut(ctx.tree, id);
      if (!user) throw filesError('ACCOUNT_NOT_FOUND', `Account ${id} does not exist`, { userId: id });
      return user;
    },
    getAccountByEmail: (_s, a, ctx) => {
      const email = str(a, 'email') ?? '';
      const account = ctx.tree.accountByEmail(email);
      if (!account) throw filesError('ACCOUNT_NOT_FOUND', `No account for ${email}`, { identifier: email });
      return account;
    },
    getAccountsByEmail: (_s, a, ctx) => strings(a, 'emails').map((e) => ctx.tree.accountByEmail(e) ?? null),
    getShare: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      const target = str(a, 'share_target_id');
      const share = ctx.tree.shares.find((s) => s.nodeId === node.id && s.targetId === target);
      if (!share) {
        throw filesError('SHARE_NOT_FOUND', `No share of ${node.id} with ${target}`, {
          nodeId: node.id,
          userId: target,
        });
      }
      return share;
    },
    getLinks: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      return [...ctx.tree.links.values()].filter((l) => l.nodeId === node.id);
    },
    getCollaborationLinks: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      return [...ctx.tree.collaborationLinks.values()].filter((l) => l.nodeId === node.id);
    },
    getRootsList: () => [
      { id: LOCAL_ROOT, name: 'ROOT' },
      { id: TRASH_ROOT, name: 'TRASH' },
    ],
    getConfigs: () => [
      { name: 'max-number-of-versions', value: String(MAX_VERSIONS) },
      { name: 'max-number-of-keep-versions', value: String(MAX_KEEP_VERSIONS) },
    ],
  };
}

function mutationResolvers(): Record<string, Resolver> {
  return {
    createFolder: (_s, a, ctx) => {
      const parent = writableFolder(ctx, str(a, 'destination_id') ?? '');
      const name = (str(a, 'name') ?? '').trim();
      if (ctx.tree.nameTaken(parent, name)) {
        throw filesError('NODE_DUPLICATED', `A node named ${name} already exists in ${parent.id}`, {
          destinationFolderId: parent.id,
        });
      }
      return view(ctx.tree, ctx.tree.createFolder(ctx.userId, parent, name));
    },
    updateNode: (_s, a, ctx) => {
      const id = str(a, 'node_id') ?? '';
      const node = readable(ctx, id);
      const name = str(a, 'name');
      const description = str(a, 'description');
      const flagged = bool(a, 'flagged');
      if ((name !== undefined || description !== undefined) && !ctx.tree.canWrite(ctx.userId, node)) {
        throw writeError(id);
      }
      if (name !== undefined && node.kind !== 'root') {
        const parent = ctx.tree.parentOf(node);
        const full = node.extension ? `${name}.${node.extension}` : name;
        if (parent && ctx.tree.nameTaken(parent, full, node)) {
          throw filesError('NODE_DUPLICATED', `A node named ${full} already exists`, { nodeId: id });
        }
        node.name = name; // the extension is kept, as upstream's Node.setName does
      }
      if (description !== undefined) node.description = description;
      if (flagged !== undefined) {
        if (flagged) node.flaggedBy.add(ctx.userId);
        else node.flaggedBy.delete(ctx.userId);
      }
      if (name !== undefined || description !== undefined) {
        node.updatedAt = ctx.tree.now();
        node.lastEditorId = ctx.userId;
      }
      return view(ctx.tree, node);
    },
    flagNodes: (_s, a, ctx) =>
      bulk(ctx, 'flagNodes', strings(a, 'node_ids'), (id) => {
        const node = readable(ctx, id);
        if (bool(a, 'flag')) node.flaggedBy.add(ctx.userId);
        else node.flaggedBy.delete(ctx.userId);
        return id;
      }),
    trashNodes: (_s, a, ctx) =>
      bulk(ctx, 'trashNodes', strings(a, 'node_ids'), (id) => {
        const node = ctx.tree.get(ctx.userId, id);
        if (!node || node.kind === 'root' || !ctx.tree.canWrite(ctx.userId, node)) throw writeError(id);
        if (ctx.tree.rootIdOf(node) === TRASH_ROOT) throw writeError(id);
        node.previousParentId = node.parentId;
        node.parentId = TRASH_ROOT;
        node.updatedAt = ctx.tree.now();
        return id;
      }),
    restoreNodes: (_s, a, ctx) =>
      bulk(ctx, 'restoreNodes', strings(a, 'node_ids'), (id) => {
        const node = ctx.tree.get(ctx.userId, id);
        if (!node || node.parentId !== TRASH_ROOT || !ctx.tree.canWrite(ctx.userId, node)) throw writeError(id);
        const previous = node.previousParentId ? ctx.tree.get(node.ownerId, node.previousParentId) : undefined;
        const destination =
          previous && ctx.tree.rootIdOf(previous) === LOCAL_ROOT ? previous : ctx.tree.root(node.ownerId, LOCAL_ROOT);
        node.name = ctx.tree.freeName(destination, node.name, node.extension, node);
        node.parentId = destination.id;
        node.previousParentId = null;
        node.updatedAt = ctx.tree.now();
        return view(ctx.tree, node);
      }),
    moveNodes: (_s, a, ctx) => {
      const destination = writableFolder(ctx, str(a, 'destination_id') ?? '');
      return bulk(ctx, 'moveNodes', strings(a, 'node_ids'), (id) => {
        const node = ctx.tree.get(ctx.userId, id);
        if (!node || node.kind === 'root' || !ctx.tree.canWrite(ctx.userId, node)) throw writeError(id);
        if (node === destination || ctx.tree.isAncestor(node, destination)) throw writeError(id);
        node.name = ctx.tree.freeName(destination, node.name, node.extension, node);
        node.parentId = destination.id;
        node.updatedAt = ctx.tree.now();
        return view(ctx.tree, node);
      });
    },
    deleteNodes: (_s, a, ctx) =>
      bulk(ctx, 'deleteNodes', strings(a, 'node_ids'), (id) => {
        const node = ctx.tree.get(ctx.userId, id);
        if (!node || node.kind === 'root' || node.ownerId !== ctx.userId) throw writeError(id);
        ctx.tree.delete(node);
        return id;
      }),
    copyNodes: (_s, a, ctx) => {
      const destination = writableFolder(ctx, str(a, 'destination_id') ?? '');
      return bulk(ctx, 'copyNodes', strings(a, 'node_ids'), (id) => {
        const node = ctx.tree.get(ctx.userId, id);
        if (!node || node.kind === 'root' || !ctx.tree.canRead(ctx.userId, node)) {
          throw filesError('NODE_COPY_ERROR', `Node ${id} could not be copied`, {
            nodeId: id,
            destinationFolderId: destination.id,
          });
        }
        return view(ctx.tree, ctx.tree.copy(ctx.userId, node, destination));
      });
    },
    deleteVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', true);
      const latest = ctx.tree.latest(node);
      const wanted = numbers(a, 'versions');
      const doomed = node.versions.filter(
        (v) => v !== latest && !v.keepForever && (!wanted || wanted.includes(v.version)),
      );
      node.versions = node.versions.filter((v) => !doomed.includes(v));
      return doomed.map((v) => v.version);
    },
    keepVersions: (_s, a, ctx) => {
      const node = fileNode(ctx, str(a, 'node_id') ?? '', true);
      const wanted = numbers(a, 'versions') ?? [];
      const keep = bool(a, 'keep_forever') === true;
      const kept = node.versions.filter((v) => v.keepForever).length;
      const toKeep = node.versions.filter((v) => wanted.includes(v.version) && v.keepForever !== keep);
      if (keep && kept + toKeep.length > MAX_KEEP_VERSIONS) {
        throw filesError('VERSIONS_LIMIT_REACHED', `At most ${MAX_KEEP_VERSIONS} versions can be kept forever`, {
          nodeId: node.id,
        });
      }
      for (const v of node.versions) if (wanted.includes(v.version)) v.keepForever = keep;
      return node.versions.filter((v) => wanted.includes(v.version)).map((v) => v.version);
    },
    cloneVersion: (_s, a, ctx) => {
      const id = str(a, 'node_id') ?? '';
      const node = fileNode(ctx, id, true);
      const wanted = num(a, 'version');
      const source = node.versions.find((v) => v.version === wanted);
      if (!source) {
        throw filesError('FILE_VERSION_NOT_FOUND', `Version ${wanted} of node ${id} does not exist`, {
          nodeId: id,
          version: wanted,
        });
      }
      if (node.versions.length >= MAX_VERSIONS) {
        throw filesError('VERSIONS_LIMIT_REACHED', `Node ${id} already has ${MAX_VERSIONS} versions`, { nodeId: id });
      }
      const at = ctx.tree.now();
      const next: FileVersion = {
        ...source,
        version: (ctx.tree.latest(node)?.version ?? 0) + 1,
        keepForever: false,
        clonedFromVersion: source.version,
        createdAt: at,
        updatedAt: at,
        lastEditorId: ctx.userId,
      };
      node.versions.push(next);
      node.updatedAt = at;
      return view(ctx.tree, node, next);
    },
    createShare: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      const targetId = str(a, 'share_target_id') ?? '';
      const target = ctx.tree.accounts.get(targetId);
      if (!target) throw filesError('ACCOUNT_NOT_FOUND', `Account ${targetId} does not exist`, { userId: targetId });
      const exists = ctx.tree.shares.some((s) => s.nodeId === node.id && s.targetId === targetId);
      if (!ctx.tree.canShare(ctx.userId, node) || exists || targetId === node.ownerId || node.kind === 'root') {
        throw filesError('SHARE_CREATION_ERROR', `Node ${node.id} cannot be shared with ${targetId}`, {
          nodeId: node.id,
          userId: targetId,
        });
      }
      const share: SandboxShare = {
        nodeId: node.id,
        targetId,
        permission: (str(a, 'permission') ?? 'READ_ONLY') as Permission,
        createdAt: ctx.tree.now(),
        expiresAt: num(a, 'expires_at') ?? null,
      };
      ctx.tree.shares.push(share);
      return share;
    },
    updateShare: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      const targetId = str(a, 'share_target_id');
      const share = ctx.tree.shares.find((s) => s.nodeId === node.id && s.targetId === targetId);
      if (!share || !ctx.tree.canShare(ctx.userId, node)) {
        throw filesError('SHARE_NOT_FOUND', `No share of ${node.id} with ${targetId}`, {
          nodeId: node.id,
          userId: targetId,
        });
      }
      const permission = str(a, 'permission');
      if (permission) share.permission = permission as Permission;
      const expires = num(a, 'expires_at');
      if (expires !== undefined) share.expiresAt = expires === 0 ? null : expires;
      return share;
    },
    deleteShare: (_s, a, ctx) => {
      const node = ctx.tree.get(ctx.userId, str(a, 'node_id') ?? '');
      const targetId = str(a, 'share_target_id');
      const index = node ? ctx.tree.shares.findIndex((s) => s.nodeId === node.id && s.targetId === targetId) : -1;
      if (!node || index < 0 || !ctx.tree.canShare(ctx.userId, node)) return false;
      ctx.tree.shares.splice(index, 1);
      return true;
    },
    createLink: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      if (!ctx.tree.canShare(ctx.userId, node) || node.kind === 'root') throw writeError(node.id);
      const count = [...ctx.tree.links.values()].filter((l) => l.nodeId === node.id).length;
      if (count >= MAX_LINKS_PER_NODE) throw writeError(node.id);
      const link = {
        id: randomAlphanumeric(32),
        nodeId: node.id,
        createdAt: ctx.tree.now(),
        expiresAt: num(a, 'expires_at') ?? null,
        description: str(a, 'description') ?? null,
      };
      ctx.tree.links.set(link.id, link);
      return link;
    },
    updateLink: (_s, a, ctx) => {
      const id = str(a, 'link_id') ?? '';
      const link = ctx.tree.links.get(id);
      const node = link ? ctx.tree.get(ctx.userId, link.nodeId) : undefined;
      if (!link || !node || !ctx.tree.canShare(ctx.userId, node)) {
        throw filesError('LINK_NOT_FOUND', `Link ${id} does not exist`, { linkId: id });
      }
      const expires = num(a, 'expires_at');
      if (expires !== undefined) link.expiresAt = expires === 0 ? null : expires;
      const description = str(a, 'description');
      if (description !== undefined) link.description = description;
      return link;
    },
    deleteLinks: (_s, a, ctx) =>
      bulk(ctx, 'deleteLinks', strings(a, 'link_ids'), (id) => {
        const link = ctx.tree.links.get(id);
        const node = link ? ctx.tree.get(ctx.userId, link.nodeId) : undefined;
        if (!link || !node || !ctx.tree.canShare(ctx.userId, node)) {
          throw filesError('LINK_NOT_FOUND', `Link ${id} does not exist`, { linkId: id });
        }
        ctx.tree.links.delete(id);
        return id;
      }),
    createCollaborationLink: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      if (!ctx.tree.canShare(ctx.userId, node) || node.kind === 'root') throw writeError(node.id);
      const permission = (str(a, 'permission') ?? 'READ_AND_SHARE') as Permission;
      for (const link of ctx.tree.collaborationLinks.values()) {
        if (link.nodeId === node.id && link.permission === permission) return link;
      }
      const link = { id: randomAlphanumeric(8), nodeId: node.id, createdAt: ctx.tree.now(), permission };
      ctx.tree.collaborationLinks.set(link.id, link);
      return link;
    },
    deleteCollaborationLinks: (_s, a, ctx) =>
      bulk(ctx, 'deleteCollaborationLinks', strings(a, 'collaboration_link_ids'), (id) => {
        const link = ctx.tree.collaborationLinks.get(id);
        const node = link ? ctx.tree.get(ctx.userId, link.nodeId) : undefined;
        if (!link || !node || !ctx.tree.canShare(ctx.userId, node)) {
          throw filesError('LINK_NOT_FOUND', `Collaboration link ${id} does not exist`, { linkId: id });
        }
        ctx.tree.collaborationLinks.delete(id);
        return id;
      }),
  };
}

function attach(schema: GraphQLSchema, typeName: string, resolvers: Record<string, Resolver>): void {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`sandbox: ${typeName} is not an object type`);
  const fields = type.getFields();
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (field) field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
}

/** The authenticated schema with the sandbox's resolvers attached. */
export function buildFilesSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  const scalar = schema.getType('DateTime');
  if (scalar instanceof GraphQLScalarType) {
    scalar.serialize = dateTime.serialize;
    scalar.parseValue = dateTime.parseValue;
    scalar.parseLiteral = dateTime.parseLiteral;
  }
  const node = schema.getType('Node');
  if (node instanceof GraphQLInterfaceType)
    node.resolveType = (s) => (asView(s).node.kind === 'file' ? 'File' : 'Folder');
  for (const unionName of ['Account', 'SharedTarget']) {
    const union = schema.getType(unionName);
    if (union instanceof GraphQLUnionType) {
      union.resolveType = (s: unknown) =>
        typeof s === 'object' && s !== null && 'kind' in s ? accountTypeName(s as SandboxAccount) : undefined;
    }
  }
  attach(schema, 'Folder', nodeFieldResolvers());
  attach(schema, 'File', nodeFieldResolvers());
  attach(schema, 'Query', queryResolvers());
  attach(schema, 'Mutation', mutationResolvers());
  attach(schema, 'DistributionList', {
    users: (s, a, ctx) => {
      const dl = s as SandboxAccount;
      if (dl.kind !== 'dl') return [];
      const cursor = str(a, 'cursor');
      const start = cursor ? dl.memberIds.indexOf(cursor) + 1 : 0;
      return dl.memberIds.slice(start, start + (num(a, 'limit') ?? 0)).map((id) => userOut(ctx.tree, id));
    },
  });
  attach(schema, 'User', { full_name: (s) => (s as { fullName: string }).fullName });
  attach(schema, 'Share', {
    created_at: (s) => (s as SandboxShare).createdAt,
    expires_at: (s) => (s as SandboxShare).expiresAt,
    node: (s, _a, ctx) => {
      const n = ctx.tree.nodes.get((s as SandboxShare).nodeId);
      return n ? view(ctx.tree, n) : null;
    },
    share_target: (s, _a, ctx) => {
      const account = ctx.tree.accounts.get((s as SandboxShare).targetId);
      return account ?? null;
    },
  });
  const linkNode: Resolver = (s, _a, ctx) => {
    const n = ctx.tree.nodes.get((s as { nodeId: string }).nodeId);
    return n ? view(ctx.tree, n) : null;
  };
  attach(schema, 'Link', {
    created_at: (s) => (s as { createdAt: number }).createdAt,
    expires_at: (s) => (s as { expiresAt: number | null }).expiresAt,
    node: linkNode,
    url: (s, _a, ctx) => {
      const link = s as { id: string; nodeId: string };
      const n = ctx.tree.nodes.get(link.nodeId);
      return n && ctx.tree.canShare(ctx.userId, n) ? linkUrl(ctx, n, link.id) : null;
    },
  });
  attach(schema, 'CollaborationLink', {
    created_at: (s) => (s as { createdAt: number }).createdAt,
    node: linkNode,
    url: (s, _a, ctx) => `${ctx.baseUrl}/services/files/invite/${(s as { id: string }).id}`,
  });
  return schema;
}
