import {
  buildSchema,
  GraphQLError,
  type GraphQLFieldResolver,
  GraphQLInterfaceType,
  GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { nodeTypeFor } from './names.js';
import type { CarbonioTree, TreeNode } from './tree.js';

export type PublicContext = {
  readonly tree: CarbonioTree;
};

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, PublicContext, Args>;

/** A link is usable until its expiry; `expires_at` null means never. */
export function activeLink(tree: CarbonioTree, linkId: string) {
  const link = tree.links.get(linkId);
  if (!link || (link.expiresAt !== null && link.expiresAt <= Date.now())) return undefined;
  return link;
}

/** A node is public when it, or a folder above it, has an active public link. */
export function isPublic(tree: CarbonioTree, node: TreeNode): boolean {
  for (let current: TreeNode | undefined = node; current; current = tree.parentOf(current)) {
    const id = current.id;
    if ([...tree.links.values()].some((l) => l.nodeId === id && activeLink(tree, l.id))) return true;
  }
  return false;
}

function asNode(source: unknown): TreeNode {
  if (typeof source === 'object' && source !== null && 'kind' in source && 'id' in source) return source as TreeNode;
  throw new Error('sandbox: public resolver reached with a source that is not a node');
}

const nodeFields: Record<string, Resolver> = {
  id: (s) => asNode(s).id,
  name: (s) => asNode(s).name,
  extension: (s) => asNode(s).extension,
  created_at: (s) => asNode(s).createdAt,
  updated_at: (s) => asNode(s).updatedAt,
  type: (s, _a, ctx) => nodeTypeFor(asNode(s), ctx.tree.latest(asNode(s))?.mimeType ?? ''),
  mime_type: (s, _a, ctx) => ctx.tree.latest(asNode(s))?.mimeType ?? 'application/octet-stream',
  size: (s, _a, ctx) => ctx.tree.latest(asNode(s))?.content.byteLength ?? 0,
};

function attach(schema: GraphQLSchema, typeName: string, resolvers: Record<string, Resolver>): void {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`sandbox: ${typeName} is not an object type`);
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = type.getFields()[name];
    if (field) field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
}

/** The public schema (no login) with resolvers over the same tree. */
export function buildPublicSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  const node = schema.getType('Node');
  if (node instanceof GraphQLInterfaceType) node.resolveType = (s) => (asNode(s).kind === 'file' ? 'File' : 'Folder');
  attach(schema, 'File', nodeFields);
  attach(schema, 'Folder', nodeFields);
  attach(schema, 'Query', {
    getPublicNode: (_s, a, ctx) => {
      const id = typeof a.node_link_id === 'string' ? a.node_link_id : '';
      const link = activeLink(ctx.tree, id);
      const target = link ? ctx.tree.nodes.get(link.nodeId) : undefined;
      if (!target) {
        throw new GraphQLError(`Link ${id} does not exist`, {
          extensions: { errorCode: 'LINK_NOT_FOUND', linkId: id },
        });
      }
      return target;
    },
    findNodes: (_s, a, ctx) => {
      const folderId = typeof a.folder_id === 'string' ? a.folder_id : '';
      const token = typeof a.page_token === 'string' ? a.page_token : undefined;
      let offset = 0;
      let limit = typeof a.limit === 'number' && a.limit >= 0 && a.limit <= 50 ? a.limit : 50;
      let scope = folderId;
      if (token) {
        const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null) throw new GraphQLError('Invalid page token');
        const p = parsed as { scope?: unknown; offset?: unknown; limit?: unknown };
        scope = typeof p.scope === 'string' ? p.scope : folderId;
        offset = typeof p.offset === 'number' ? p.offset : 0;
        limit = typeof p.limit === 'number' ? p.limit : limit;
      }
      const folder = ctx.tree.nodes.get(scope);
      if (folder?.kind !== 'folder' || !isPublic(ctx.tree, folder)) {
        throw new GraphQLError(`Node ${scope} does not exist`, {
          extensions: { errorCode: 'NODE_NOT_FOUND', nodeId: scope },
        });
      }
      const all = ctx.tree
        .children(folder)
        .sort((x, y) => Number(x.kind === 'file') - Number(y.kind === 'file') || x.name.localeCompare(y.name));
      const nodes = all.slice(offset, offset + limit);
      const pageToken =
        limit > 0 && nodes.length === limit
          ? Buffer.from(JSON.stringify({ scope, offset: offset + limit, limit }), 'utf8').toString('base64')
          : null;
      return { nodes, page_token: pageToken };
    },
  });
  return schema;
}
