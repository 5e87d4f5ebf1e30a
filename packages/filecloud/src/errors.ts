import { AuthError, ConflictError, FileClientError, NotFoundError, QuotaError } from '@fileclients/core';

export const PROVIDER = 'filecloud';

const CLFC = /CLFC-\d+(?:-\d+)?/;

/** The `CLFC-nnnn(-n)` code FileCloud puts in some messages, if any. */
export function clfcCode(message: string | undefined): string | undefined {
  return message ? CLFC.exec(message)?.[0] : undefined;
}

/**
 * A second factor is needed. `token` goes back to /core/2falogin with the code (see `completeTwoFactor`); it is
 * a short-lived login token, so it is not in the message.
 */
export class TwoFactorRequiredError extends AuthError {
  static override readonly errorName: string = 'TwoFactorRequiredError';
  readonly token: string;
  readonly userid: string;
  constructor(operation: string, userid: string, token: string) {
    super('a two-factor code is required; pass `twoFactor.code` or call completeTwoFactor with this token', {
      provider: PROVIDER,
      operation,
      code: '3',
    });
    this.token = token;
    this.userid = userid;
  }
}

/** The session cookies are no longer accepted (detected by the client; it logs in again once when it can). */
export class SessionExpiredError extends AuthError {
  static override readonly errorName: string = 'SessionExpiredError';
}

/**
 * Maps a FileCloud failure (result 0, or meta.result other than 1) to the core error class a caller can branch on.
 * FileCloud has no stable error numbers for these, so the mapping reads the message; the `CLFC-` code (when present)
 * or the result is kept as `code`.
 */
export function errorFromResult(
  operation: string,
  result: string | undefined,
  message: string | undefined,
  status?: number,
): FileClientError {
  const text = (message ?? '').trim();
  const code = clfcCode(text) ?? result ?? 'unknown';
  const details = { provider: PROVIDER, operation, code, ...(status === undefined ? {} : { status }) };
  const said = text === '' ? 'FileCloud reported a failure without a message' : `FileCloud said "${text}"`;
  const lower = text.toLowerCase();
  if (operation === 'loginguest' || operation === 'admin/adminlogin' || operation === '2falogin') {
    return new AuthError(`login refused: ${said}`, details);
  }
  if (/not (?:logged in|authenticated)|session (?:expired|invalid)|login required/.test(lower)) {
    return new SessionExpiredError(`not logged in: ${said}`, details);
  }
  if (/not found|does not exist|doesn't exist|no such|invalid path|unknown (?:user|share)/.test(lower)) {
    return new NotFoundError(said, details);
  }
  if (/already exists|exists already|conflict|has been modified/.test(lower)) return new ConflictError(said, details);
  if (/quota|storage limit|exceed|no space/.test(lower)) return new QuotaError(said, details);
  if (/permission|not allowed|denied|unauthori[sz]ed|forbidden/.test(lower)) return new AuthError(said, details);
  return new FileClientError(said, details);
}
