import { readable } from './access.js';
import { num, str, strings } from './args.js';
import { type FilesContext, type Resolver, type ResolverMap, view } from './context.js';
import { bulk, filesError, writeError } from './errors.js';
import { randomAlphanumeric } from './names.js';
import { MAX_LINKS_PER_NODE, type Permission, type TreeNode } from './tree.js';

/** Public links and collaboration links of a node: reading, creating, updating and deleting them, and their fields. */

function linkUrl(ctx: FilesContext, node: TreeNode, id: string): string {
  return node.kind === 'file'
    ? `${ctx.baseUrl}/services/files/public/link/download/${id}`
    : `${ctx.baseUrl}/files/public/link/access/${id}`;
}

function linkMutations(): Record<string, Resolver> {
  return {
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

const linkNode: Resolver = (s, _a, ctx) => {
  const n = ctx.tree.nodes.get((s as { nodeId: string }).nodeId);
  return n ? view(ctx.tree, n) : null;
};

export function linkResolvers(): ResolverMap {
  return {
    Query: {
      getLinks: (_s, a, ctx) => {
        const node = readable(ctx, str(a, 'node_id') ?? '');
        return [...ctx.tree.links.values()].filter((l) => l.nodeId === node.id);
      },
      getCollaborationLinks: (_s, a, ctx) => {
        const node = readable(ctx, str(a, 'node_id') ?? '');
        return [...ctx.tree.collaborationLinks.values()].filter((l) => l.nodeId === node.id);
      },
    },
    Mutation: linkMutations(),
    Link: {
      created_at: (s) => (s as { createdAt: number }).createdAt,
      expires_at: (s) => (s as { expiresAt: number | null }).expiresAt,
      node: linkNode,
      url: (s, _a, ctx) => {
        const link = s as { id: string; nodeId: string };
        const n = ctx.tree.nodes.get(link.nodeId);
        return n && ctx.tree.canShare(ctx.userId, n) ? linkUrl(ctx, n, link.id) : null;
      },
    },
    CollaborationLink: {
      created_at: (s) => (s as { createdAt: number }).createdAt,
      node: linkNode,
      url: (s, _a, ctx) => `${ctx.baseUrl}/services/files/invite/${(s as { id: string }).id}`,
    },
  };
}
