import { readable } from './access.js';
import { num, str } from './args.js';
import { type Resolver, type ResolverMap, view } from './context.js';
import { filesError } from './errors.js';
import type { Permission, SandboxShare } from './tree.js';

/** Shares of a node with an account: reading, creating, updating and deleting them, and a Share's fields. */

function shareMutations(): Record<string, Resolver> {
  return {
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
  };
}

export function shareResolvers(): ResolverMap {
  return {
    Query: {
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
    },
    Mutation: shareMutations(),
    Share: {
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
    },
  };
}
