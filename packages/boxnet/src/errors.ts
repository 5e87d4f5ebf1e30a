import {
  AuthError,
  ConflictError,
  type ErrorDetails,
  FileClientError,
  isAuthError,
  NotFoundError,
  ProtocolError,
  QuotaError,
} from '@fileclients/core';
import { boxnetPortOperationTable } from './generated/wsdl.gen.js';

export type BoxnetOperation = keyof typeof boxnetPortOperationTable;

/**
 * A documented failure status of one operation that has no better home in core's hierarchy (e_move_node,
 * share_error, e_set_description...). `code` and `boxnetStatus` hold Box's status string.
 */
export class BoxnetStatusError extends FileClientError {
  static override readonly errorName: string = 'BoxnetStatusError';
  readonly boxnetStatus: string;
  constructor(message: string, details: ErrorDetails & { readonly code: string }) {
    super(message, details);
    this.boxnetStatus = details.code;
  }
}

/** Statuses any authenticated operation may answer, whatever its own list says. */
const SESSION_STATUSES = new Set(['not_logged_in', 'not_logged_id', 'invalid_auth_token']);
const NOT_FOUND_STATUSES = new Set(['e_folder_id', 'e_no_parent_folder', 'wrong_node']);
const CONFLICT_STATUSES = new Set(['email_already_registered']);
const QUOTA_STATUSES = new Set(['not_enough_free_space', 'filesize_limit_exceeded']);
const ACCESS_STATUSES = new Set(['e_access_denied', 'access_denied']);

/**
 * The error for a status that is neither a success nor an outcome of `operation`. The status is Box's own
 * string; it goes into `code` (core's `status` is reserved for HTTP statuses).
 */
export function statusError(operation: string, status: string): FileClientError {
  const base = { provider: 'boxnet', operation, code: status } as const;
  if (SESSION_STATUSES.has(status)) {
    return new AuthError(`the session is not valid (status ${status}); log in again for a new auth_token`, base);
  }
  if (status === 'application_restricted') {
    return new AuthError(`the API key was refused (status ${status}): it is wrong, or restricted`, base);
  }
  if (status === 'get_auth_token_error') {
    return new AuthError(`the ticket was not approved by the user, or has expired (status ${status})`, base);
  }
  if (status === 'invalid_login') return new AuthError(`login or password is wrong (status ${status})`, base);
  if (ACCESS_STATUSES.has(status)) return new AuthError(`access denied (status ${status})`, base);
  if (NOT_FOUND_STATUSES.has(status)) return new NotFoundError(`no such file or folder (status ${status})`, base);
  if (CONFLICT_STATUSES.has(status)) return new ConflictError(`already exists (status ${status})`, base);
  if (QUOTA_STATUSES.has(status)) return new QuotaError(`over a storage limit (status ${status})`, base);
  const documented = operation in boxnetPortOperationTable && isDocumented(operation as BoxnetOperation, status);
  if (documented) return new BoxnetStatusError(`the service answered status ${status}`, base);
  return new ProtocolError(`the service answered an undocumented status "${status}"`, base);
}

function isDocumented(operation: BoxnetOperation, status: string): boolean {
  const entry: { readonly errors: readonly string[] } = boxnetPortOperationTable[operation];
  return entry.errors.includes(status);
}

/** True for the statuses that mean "this auth_token is no longer valid" (a login can renew it). */
export function isSessionExpired(error: unknown): boolean {
  return isAuthError(error) && typeof error.code === 'string' && SESSION_STATUSES.has(error.code);
}
