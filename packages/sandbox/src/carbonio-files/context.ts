import type { GraphQLError, GraphQLFieldResolver } from 'graphql';
import type { Args } from './args.js';
import type { CarbonioTree, FileVersion, TreeNode } from './tree.js';

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

export type Resolver = GraphQLFieldResolver<unknown, FilesContext, Args>;

/** The resolvers one concern attaches, by schema type name. */
export type ResolverMap = Readonly<Record<string, Record<string, Resolver>>>;

export function view(tree: CarbonioTree, node: TreeNode, version?: FileVersion): NodeView {
  return { node, version: node.kind === 'file' ? (version ?? tree.latest(node)) : undefined };
}

export function asView(source: unknown): NodeView {
  if (typeof source === 'object' && source !== null && 'node' in source) return source as NodeView;
  throw new Error('sandbox: resolver reached with a source that is not a node');
}

export function userOut(tree: CarbonioTree, id: string) {
  const user = tree.user(id);
  return user ?? null;
}
