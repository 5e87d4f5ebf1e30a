import { GraphQLError } from 'graphql';
import type { FilesContext } from './context.js';

/** The error shapes of Carbonio Files answers: `extensions.errorCode` and the ids it names. */

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

export function nodeNotFound(nodeId: string): GraphQLError {
  return filesError('NODE_NOT_FOUND', `Node ${nodeId} does not exist`, { nodeId });
}

export function writeError(nodeId: string, path?: readonly (string | number)[]): GraphQLError {
  return filesError(
    'NODE_WRITE_ERROR',
    `There was a problem while executing requested operation on node: ${nodeId}`,
    { nodeId },
    path,
  );
}

/** Runs `op` on every id; failures become per-node errors next to the ids (or nodes) that succeeded. */
export function bulk<T>(ctx: FilesContext, field: string, ids: string[], op: (id: string) => T): T[] {
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
