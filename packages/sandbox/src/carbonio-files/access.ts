import type { FilesContext } from './context.js';
import { nodeNotFound, writeError } from './errors.js';
import { TRASH_ROOT, type TreeNode } from './tree.js';

/** Who may do what to a node: the lookups that refuse, and the permissions a node shows its caller. */

export function readable(ctx: FilesContext, id: string): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (!node || !ctx.tree.canRead(ctx.userId, node)) throw nodeNotFound(id);
  return node;
}

export function writableFolder(ctx: FilesContext, id: string): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (!node || node.kind === 'file' || !ctx.tree.canWrite(ctx.userId, node) || node.id === TRASH_ROOT) {
    throw writeError(id);
  }
  if (ctx.tree.rootIdOf(node) === TRASH_ROOT) throw writeError(id);
  return node;
}

export function fileNode(ctx: FilesContext, id: string, write: boolean): TreeNode {
  const node = ctx.tree.get(ctx.userId, id);
  if (node?.kind !== 'file' || !ctx.tree.canRead(ctx.userId, node)) throw nodeNotFound(id);
  if (write && !ctx.tree.canWrite(ctx.userId, node)) throw writeError(id);
  return node;
}

export function permissionsOf(ctx: FilesContext, node: TreeNode) {
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
