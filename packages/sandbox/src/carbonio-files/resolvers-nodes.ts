import { permissionsOf, readable, writableFolder } from './access.js';
import { type Args, bool, num, str, strings } from './args.js';
import { asView, type FilesContext, type NodeView, type Resolver, type ResolverMap, userOut, view } from './context.js';
import { bulk, filesError, writeError } from './errors.js';
import { fullNameOf, nodeTypeFor } from './names.js';
import { decodeToken, type PageQuery, page, shareSorter, sortNodes } from './paging.js';
import { LOCAL_ROOT, TRASH_ROOT, type TreeNode } from './tree.js';

/** Nodes: the fields of a Folder or File, finding and reading nodes, and creating, editing, moving and deleting them. */

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

function nodeQueries(): Record<string, Resolver> {
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
    getPath: (_s, a, ctx) => {
      const node = readable(ctx, str(a, 'node_id') ?? '');
      const path: NodeView[] = [];
      for (let current: TreeNode | undefined = node; current; current = ctx.tree.parentOf(current)) {
        if (!ctx.tree.canRead(ctx.userId, current)) break;
        path.unshift(view(ctx.tree, current));
      }
      return path;
    },
    getRootsList: () => [
      { id: LOCAL_ROOT, name: 'ROOT' },
      { id: TRASH_ROOT, name: 'TRASH' },
    ],
  };
}

function nodeMutations(): Record<string, Resolver> {
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
  };
}

export function nodeResolvers(): ResolverMap {
  return {
    Folder: nodeFieldResolvers(),
    File: nodeFieldResolvers(),
    Query: nodeQueries(),
    Mutation: nodeMutations(),
  };
}
