import {
  AuthError,
  ConflictError,
  type ErrorDetails,
  errorFromStatus,
  FileClientError,
  isAuthError,
  NotFoundError,
  ProtocolError,
  QuotaError,
} from '@fileclients/core';

export const PROVIDER = 'carbonio-files';

/** `errors[].extensions.errorCode` values the Files service sends (FCE ErrorCodes), plus the commercial quota one. */
export type CarbonioErrorCode =
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
  | 'VERSIONS_LIMIT_REACHED'
  | 'OVER_QUOTA_REACHED';

/** One entry of a GraphQL `errors` array, as far as this client reads it. */
export interface GraphqlErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Codes of the AuthErrors that mean "the session is gone": the client logs in again and retries once. */
export const SESSION_EXPIRED_CODES: ReadonlySet<string> = new Set(['ZM_AUTH_TOKEN_INVALID', 'LOGIN_REDIRECT']);

export function isSessionExpired(error: unknown): boolean {
  return isAuthError(error) && typeof error.code === 'string' && SESSION_EXPIRED_CODES.has(error.code);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Narrows an unknown `errors` value to entries with a message; anything else is a protocol breach. */
export function readGraphqlErrors(value: unknown): GraphqlErrorEntry[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return undefined;
  return value.map((entry) => {
    const record = asRecord(entry) ?? {};
    const path = Array.isArray(record.path)
      ? record.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
      : undefined;
    return {
      message: typeof record.message === 'string' ? record.message : 'unknown error',
      ...(path ? { path } : {}),
      ...(asRecord(record.extensions) ? { extensions: asRecord(record.extensions) } : {}),
    };
  });
}

/** The errorCode of an entry, or the graphql-java classification (ValidationError, InvalidSyntax...). */
export function codeOf(entry: GraphqlErrorEntry): string | undefined {
  const code = entry.extensions?.errorCode ?? entry.extensions?.classification;
  return typeof code === 'string' ? code : undefined;
}

/** The node, link or user an error is about, when the server says. */
export function subjectOf(entry: GraphqlErrorEntry): string | undefined {
  for (const key of ['nodeId', 'linkId', 'userId', 'identifier']) {
    const value = entry.extensions?.[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** Maps one GraphQL error to the core class a caller can act on. */
export function errorFromGraphql(entry: GraphqlErrorEntry, operation: string): FileClientError {
  const code = codeOf(entry);
  const subject = subjectOf(entry);
  const details: ErrorDetails = {
    provider: PROVIDER,
    operation,
    status: 200,
    ...(code ? { code } : {}),
    details: { ...(entry.extensions ?? {}), ...(entry.path ? { path: entry.path.join('.') } : {}) },
  };
  const message = `${entry.message}${code ? ` (${code})` : ''}`;
  switch (code) {
    case 'NODE_NOT_FOUND':
    case 'FILE_VERSION_NOT_FOUND':
    case 'SHARE_NOT_FOUND':
    case 'LINK_NOT_FOUND':
    case 'ACCOUNT_NOT_FOUND':
      return new NotFoundError(message, details);
    case 'NODE_WRITE_ERROR':
    case 'NODE_COPY_ERROR':
      // The server does not say whether the node is missing or not writable (javadoc of nodeWriteError).
      return new NotFoundError(`${message}: ${subject ?? 'the node'} is missing or not writable`, details);
    case 'NODE_DUPLICATED':
    case 'SHARE_CREATION_ERROR':
      return new ConflictError(message, details);
    case 'VERSIONS_LIMIT_REACHED':
    case 'OVER_QUOTA_REACHED':
      return new QuotaError(message, details);
    case 'ValidationError':
      return new FileClientError(`the server rejected the input: ${message}`, details);
    default:
      return new ProtocolError(message, details);
  }
}

/** A non-2xx answer of the Files service (REST or GraphQL transport). */
export function errorFromResponse(status: number, operation: string, body: string): FileClientError {
  const snippet = body.length > 200 ? `${body.slice(0, 200)}...` : body;
  const details: ErrorDetails = { provider: PROVIDER, operation, status };
  if (status === 401) {
    return new AuthError(`the session is not valid (HTTP 401): ${snippet}`, {
      ...details,
      code: 'ZM_AUTH_TOKEN_INVALID',
    });
  }
  if (status === 400 && snippet.includes('Something went wrong')) {
    return new ProtocolError(
      'the server refused the request text (HTTP 400): the query must start with its operation and carry no comments',
      details,
    );
  }
  if (status === 405) {
    return new QuotaError(`the file has reached its maximum number of versions (HTTP 405): ${snippet}`, {
      ...details,
      code: 'VERSIONS_LIMIT_REACHED',
    });
  }
  return errorFromStatus(status, details, `HTTP ${status}${snippet ? `: ${snippet}` : ''}`);
}

export function loginRedirect(operation: string): AuthError {
  return new AuthError('the server redirected to its login page (HTTP 307): no session cookie was accepted', {
    provider: PROVIDER,
    operation,
    status: 307,
    code: 'LOGIN_REDIRECT',
  });
}
