import {
  AuthError,
  type ErrorDetails,
  type ErrorKind,
  FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  TransportError,
} from '@fileclients/core';

export const PROVIDER = 'afterlogic-pro7';

/** Upstream names of the codes a Files client can meet (the full table is in the spec's ErrorCode schema). */
export const ERROR_CODE_NAMES: Readonly<Record<number, string>> = {
  101: 'InvalidToken',
  102: 'AuthError',
  103: 'InvalidInputParameter',
  104: 'DataBaseError',
  105: 'LicenseProblem',
  106: 'DemoAccount',
  107: 'CaptchaError',
  108: 'AccessDenied',
  109: 'UnknownEmail',
  110: 'MaxPathLen',
  802: 'FilesNotAllowed',
  811: 'IncorrectFileExtension',
  812: 'FilesQuotaLimit',
  901: 'MailServerError',
  999: 'UnknownError',
};

/**
 * The server said "no" without an ErrorCode: `Result: false` (or `null` from FilesCopy). Never a success; the
 * server gives no reason, so the message says what the action was and what usually causes it.
 */
export class Pro7SoftFailureError extends FileClientError {
  static override readonly kind: ErrorKind = 'error';
  static override readonly errorName: string = 'Pro7SoftFailureError';
}

/** Actions that address a file or folder by path: their 999 is, in practice, "that item does not exist". */
const PATH_ACTIONS: ReadonlySet<string> = new Set([
  'Files',
  'FileInfo',
  'FilesFolderCreate',
  'FilesRename',
  'FilesDelete',
  'FilesCopy',
  'FilesMove',
  'FilesPublicLinkDelete',
  'FilesPub',
  'FilesLinkCreate',
  'UploadFile',
]);

function codeLabel(code: number): string {
  const name = ERROR_CODE_NAMES[code];
  return name ? `ErrorCode ${code} ${name}` : `ErrorCode ${code}`;
}

/**
 * Maps an ErrorCode from an error envelope to the core class a caller should catch. `operation` is the Pro 7
 * action name (SystemLogin, Files...), which decides the ambiguous codes 103 and 999.
 */
export function errorFromCode(code: number, operation: string, extra: Partial<ErrorDetails> = {}): FileClientError {
  const details: ErrorDetails = { ...extra, provider: PROVIDER, operation, code };
  const label = codeLabel(code);
  switch (code) {
    case 101:
      return new AuthError(
        `the CSRF Token was missing or wrong while the p7token cookie was sent (${label}); fetch a fresh Token with SystemGetAppData`,
        details,
      );
    case 102:
      return new AuthError(
        operation === 'SystemLogin'
          ? `the server rejected the email or password (${label})`
          : `not authenticated: the AuthToken or session cookie is missing, expired or logged out (${label})`,
        details,
      );
    case 103:
      return operation === 'SystemLogin'
        ? new AuthError(`the email or password is empty (${label})`, details)
        : new ProtocolError(`the server rejected a missing or invalid parameter (${label})`, details);
    case 108:
      return new AuthError(`access denied (${label})`, details);
    case 802:
      return new AuthError(`Files is not enabled for this account or product (${label})`, details);
    case 205:
    case 207:
    case 812:
      return new QuotaError(`the storage quota would be exceeded (${label})`, details);
    case 104:
    case 901:
      return new TransportError(`the server could not reach its database or mail server (${label})`, details);
    case 999:
      return PATH_ACTIONS.has(operation)
        ? new NotFoundError(`the file or folder does not exist, or the server failed on it (${label})`, details)
        : new FileClientError(`the server failed (${label})`, details);
    default:
      return new FileClientError(`the server refused the request (${label})`, details);
  }
}

/** Why each action usually fails softly; shown in the error message. */
const SOFT_REASONS: Readonly<Record<string, string>> = {
  Files: 'the storage type is not available on this server (corporate storage needs collaboration support)',
  FilesPub: 'the public link is unknown or was removed',
  FileInfo: 'the item could not be read',
  FilesMove: 'a source item does not exist or could not be moved',
  FilesCopy: 'nothing was copied (a source item does not exist, or a folder was copied into itself)',
  FilesCreatePublicLink: 'the link could not be created (the server may lack a database for links)',
};

export function softFailure(operation: string, result: false | null): Pro7SoftFailureError {
  const reason = SOFT_REASONS[operation] ?? 'the server reported failure';
  return new Pro7SoftFailureError(`the server answered Result ${String(result)} without an ErrorCode: ${reason}`, {
    provider: PROVIDER,
    operation,
    code: result === null ? 'RESULT_NULL' : 'RESULT_FALSE',
  });
}

export function protocolError(operation: string, message: string, extra: Partial<ErrorDetails> = {}): ProtocolError {
  return new ProtocolError(message, { ...extra, provider: PROVIDER, operation });
}
