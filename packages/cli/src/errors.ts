import { isFileClientError, redactText } from '@fileclients/core';

/**
 * Exit codes (documented in the README):
 * 0 success; 1 `check` found differences or some items failed (the others were done); 2 usage: bad arguments,
 * malformed address, unknown remote, bad config; 3 a path does not exist; 4 authentication failed; 5 the server
 * could not be reached, timed out or answered something unexpected; 6 any other error; 130 interrupted (Ctrl-C).
 */
export const EXIT = {
  ok: 0,
  partial: 1,
  usage: 2,
  notFound: 3,
  auth: 4,
  server: 5,
  other: 6,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can fix: one line saying what is wrong, a hint saying what to do, an exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;
  constructor(message: string, hint: string | undefined, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT.usage);
    this.name = 'UsageError';
  }
}

export class InterruptedError extends CliError {
  constructor(message: string) {
    super(message, 'run the same command again to finish; completed files are not sent again', EXIT.interrupted);
    this.name = 'InterruptedError';
  }
}

/** What went wrong, what to do and the exit code, for any thrown value; secrets are redacted. */
export function describeError(error: unknown, where?: string): { line: string; exitCode: ExitCode } {
  const prefix = where ? `${where}: ` : '';
  if (error instanceof CliError) {
    return {
      line: redactText(`${prefix}${error.message}${error.hint ? ` (${error.hint})` : ''}`),
      exitCode: error.exitCode,
    };
  }
  if (isFileClientError(error)) {
    const hint = hintFor(error.kind);
    const code: ExitCode =
      error.kind === 'not-found'
        ? EXIT.notFound
        : error.kind === 'auth'
          ? EXIT.auth
          : error.kind === 'transport' ||
              error.kind === 'timeout' ||
              error.kind === 'protocol' ||
              error.kind === 'rate-limit'
            ? EXIT.server
            : error.kind === 'abort'
              ? EXIT.interrupted
              : EXIT.other;
    return { line: redactText(`${prefix}${error.message}${hint ? ` (${hint})` : ''}`), exitCode: code };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: redactText(`${prefix}${message}`), exitCode: EXIT.other };
}

function hintFor(kind: string): string | undefined {
  switch (kind) {
    case 'auth':
      return 'check the user and password of this remote: fileclients remote add NAME … replaces it';
    case 'not-found':
      return 'check the path with fileclients ls';
    case 'transport':
      return 'is the server up and the URL right? see fileclients remote list';
    case 'timeout':
      return 'the server is slow or down; try again later';
    case 'protocol':
      return 'the server answered something unexpected: is the URL that of the right service?';
    case 'rate-limit':
      return 'the server asks to slow down; try again later or lower --transfers';
    case 'quota':
      return 'the destination is full';
    case 'conflict':
      return undefined;
    default:
      return undefined;
  }
}

/** True for errors worth trying the same item again for. */
export function isRetryable(error: unknown): boolean {
  if (!isFileClientError(error)) return false;
  return (
    error.kind === 'transport' || error.kind === 'timeout' || error.kind === 'rate-limit' || error.kind === 'protocol'
  );
}
