import {
  type Answer,
  type Caller,
  type CallOptions,
  createCaller,
  type FetchLike,
  isAuthError,
  type RetryOptions,
  registerSecret,
  Session,
} from '@fileclients/core';
import { type Envelope, readEnvelope } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
import type { ActionOf, AjaxPath, ParamsOf, ResultOf } from './types.js';

export type { CallOptions, FetchLike };

/** `token`: cookie-less, the AuthToken travels in every request (the default). `cookie`: p7auth + CSRF Token. */
export type Pro7AuthMode = 'token' | 'cookie';

export interface Pro7Credentials {
  /** The mail address. */
  readonly email: string;
  readonly password: string;
  /** The IMAP login, when it differs from the email. */
  readonly login?: string;
  readonly language?: string;
}

/** Mutable session state of one client. */
export interface SessionState {
  authToken?: string;
  accountId?: number;
  csrfToken?: string;
}

/** The wire of one client: its base URL, its session and core's call pipeline. */
export interface Pro7Context {
  readonly mode: Pro7AuthMode;
  /** The install URL with `?` appended: every spec path is appended to it. */
  readonly base: string;
  readonly state: SessionState;
  /** Core's session: its jar holds `p7token` and `p7auth` in cookie mode; it renews on 102 with kept credentials. */
  readonly session: Session;
  readonly caller: Caller;
  readonly credentials: Pro7Credentials | undefined;
  /** One Ajax call: Action, AuthToken and Token injected, the envelope checked, 102 answered by one re-login. */
  call<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** One Ajax call without the re-login (login and logout themselves). */
  send<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** Set by the client when it keeps credentials: how to log in again. */
  relogin?: () => Promise<void>;
}

export interface ContextOptions {
  readonly baseUrl: string;
  readonly fetch?: FetchLike | undefined;
  readonly auth?: Pro7AuthMode | undefined;
  readonly authToken?: string | undefined;
  readonly accountId?: number | undefined;
  readonly credentials?: Pro7Credentials | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly timeoutMs?: number | undefined;
  readonly idleTimeoutMs?: number | undefined;
  readonly logger?: ((line: string) => void) | undefined;
}

/**
 * The actions that only read: sending one twice changes nothing on the server, so core may retry them after a 5xx,
 * a 429 or a reset. Everything else (login, logout, create, rename, copy, move, delete, links, uploads) is sent
 * once: a failure may come after the server applied it.
 */
const READ_ACTIONS: ReadonlySet<string> = new Set(['SystemGetAppData', 'Files', 'FileInfo', 'FilesQuota', 'FilesPub']);

/**
 * `https://host/webmail` -> `https://host/webmail/?`. The server routes on the query string, so the spec's paths
 * (`/Ajax/Files`) are appended after the `?`.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  if (baseUrl.endsWith('?')) return baseUrl;
  const url = new URL(baseUrl);
  if (url.search !== '' || url.hash !== '') {
    throw new TypeError(`${PROVIDER}: baseUrl must be the installation URL without a query string`);
  }
  const href = url.href;
  return href.endsWith('/') || href.endsWith('.php') ? `${href}?` : `${href}/?`;
}

/**
 * The parsed JSON of an answer (Ajax calls and uploads), for readEnvelope. An empty body (Content-Length 0, an
 * empty chunked body) is `undefined`, which readEnvelope reports as no envelope.
 */
export function readJson(operation: string, answer: Answer): unknown {
  if (answer.text === '') return undefined;
  try {
    return JSON.parse(answer.text);
  } catch (cause) {
    throw protocolError(operation, 'the answer is not JSON (is baseUrl the WebMail installation URL?)', {
      status: answer.status,
      cause,
    });
  }
}

const FORM_HEADERS: Readonly<Record<string, string>> = { 'Content-Type': 'application/x-www-form-urlencoded' };

export function createContext(options: ContextOptions): Pro7Context {
  const base = normalizeBaseUrl(options.baseUrl);
  const mode: Pro7AuthMode = options.auth ?? 'token';
  const state: SessionState = {};
  // Registered with core's redactor, so no error message, cause or inspect output can carry them.
  registerSecret(options.authToken);
  registerSecret(options.credentials?.password);
  if (options.authToken !== undefined) state.authToken = options.authToken;
  if (options.accountId !== undefined) state.accountId = options.accountId;

  // The client logs in when told to (login()), never by itself before a call: the session starts as "logged in",
  // and only a 102 (the AuthToken expired or was logged out) makes core renew it, once, with kept credentials.
  const session = new Session({
    cookies: mode === 'cookie',
    login: async () => {
      await context.relogin?.();
    },
  });
  session.markLoggedIn();

  // A redirected POST loses its body and cookies must not follow one to another host: the API never redirects, so a
  // 3xx fails the call with a ProtocolError (core's 'error' mode). Core treats an undefined option as an absent one.
  const caller = createCaller({
    protocol: {
      provider: PROVIDER,
      redirect: 'error',
      isExpired: (error) => context.relogin !== undefined && isAuthError(error) && error.code === 102,
    },
    session,
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs,
    headers: options.headers,
    logger: options.logger,
  });

  /**
   * The form body of an Ajax call: the caller's fields in their order (undefined and null left out, booleans as
   * 1/0), then AuthToken (token mode), Token (cookie mode) and Action. `set` replaces a field of the same name in
   * place, so the client's own values win over any a caller passed. Built per attempt: a re-login changes them.
   */
  const formBody = (action: string, params: object): string => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === null) continue;
      form.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
    // FilesPub needs no auth; SystemLogin must not carry an old token.
    if (mode === 'token' && state.authToken !== undefined && action !== 'FilesPub' && action !== 'SystemLogin') {
      form.set('AuthToken', state.authToken);
    }
    if (mode === 'cookie' && state.csrfToken !== undefined) form.set('Token', state.csrfToken);
    form.set('Action', action);
    return form.toString();
  };

  const ajax = <P extends AjaxPath>(path: P, params: ParamsOf<P>, call: CallOptions | undefined, relogin: boolean) => {
    const action = path.slice(6) as ActionOf<P>;
    return caller.call(
      {
        name: action,
        safe: READ_ACTIONS.has(action),
        relogin,
        url: base + path,
        headers: FORM_HEADERS,
        body: () => formBody(action, params),
        decode: (answer) => readEnvelope(action, readJson(action, answer), answer.status) as Envelope<ResultOf<P>>,
      },
      call,
    );
  };

  const context: Pro7Context = {
    mode,
    base,
    state,
    session,
    caller,
    credentials: options.credentials,
    call: (path, params, call) => ajax(path, params, call, true),
    send: (path, params, call) => ajax(path, params, call, false),
  };
  return context;
}
