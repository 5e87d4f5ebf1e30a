import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileCloudState, Session } from './state.js';

/** The addresses a running sandbox answers with: its own (share URLs) and its storage host's (redirect=1). */
export interface Urls {
  sandbox: string;
  storage: string;
}

/** One request on its way through a route: the store, the parsed fields and the ways to answer. */
export interface Call {
  readonly state: FileCloudState;
  readonly urls: Urls;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: URLSearchParams;
  /** The `file_contents` part of an upload. */
  readonly file: Buffer | undefined;
  /** The last segment of the path, the `type` of a `<commands>` answer. */
  readonly op: string;
  /** The cookie-named session, whatever its kind; only login and getauthenticationinfo see it unchecked. */
  readonly session: Session | undefined;
  readonly sid: string | undefined;
  /** The last value of a repeated field, as PHP's form parsing keeps it. */
  p(name: string): string;
  fail(message: string): void;
  ok(message?: string): void;
}

/** A call whose session is of the path's area (user for /core/ and /app/, admin for /admin/). */
export interface SignedInCall extends Call {
  readonly me: string;
}

export type Route<C extends Call = SignedInCall> = (call: C) => void | Promise<void>;
