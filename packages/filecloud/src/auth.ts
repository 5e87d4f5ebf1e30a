import type { ApiAnswer, ApiBody, ApiCaller } from './api.js';
import { TwoFactorRequiredError } from './errors.js';

/** How to answer a second-factor challenge (login result 3). */
export interface TwoFactorOptions {
  /** Returns the one-time code (TOTP, email or SMS); the client completes /core/2falogin with it. */
  readonly code: (challenge: { readonly userid: string; readonly token: string }) => string | Promise<string>;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** What login needs of a connection: its typed POST, without the login-first of `call`. */
export interface LoginPoster {
  post<P extends '/core/loginguest' | '/admin/adminlogin' | '/core/2falogin'>(
    path: P,
    body: ApiBody<P>,
  ): Promise<ApiAnswer<P>>;
}

function firstCommand(data: unknown): { result?: string; message?: string } {
  const list = (data as { command?: unknown } | undefined)?.command;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  return typeof first === 'object' && first !== null ? (first as { result?: string; message?: string }) : {};
}

type TwoFactorArgs = {
  readonly userid: string;
  readonly token: string;
  readonly code: string;
  readonly password?: string;
};

function twoFactorBody(args: TwoFactorArgs): ApiBody<'/core/2falogin'> {
  return {
    userid: args.userid,
    token: args.token,
    code: args.code,
    ...(args.password === undefined ? {} : { password: args.password }),
  };
}

/**
 * Completes a login that answered result 3, through a client's `call` (the clients' own `completeTwoFactor` method
 * also marks their session as logged in). Sends `password` as well, as FileCloud's own SDK does (servers that do not
 * need it ignore it). Works for user and admin sessions: /core/2falogin sets the cookies of the login it finishes.
 */
export async function completeTwoFactor(caller: ApiCaller, args: TwoFactorArgs): Promise<void> {
  await caller.call('/core/2falogin', twoFactorBody(args));
}

/** The same on a connection (login's own second step). */
export async function postTwoFactor(connection: LoginPoster, args: TwoFactorArgs): Promise<void> {
  await connection.post('/core/2falogin', twoFactorBody(args));
}

/**
 * Logs in. A refused login throws AuthError (result 0). Result 3 is a 2FA challenge: with
 * `twoFactor` the code callback is asked and /core/2falogin completes the login; without it a
 * TwoFactorRequiredError carries the token, to finish later with completeTwoFactor.
 */
export async function login(
  connection: LoginPoster,
  kind: 'user' | 'admin',
  credentials: Credentials,
  twoFactor: TwoFactorOptions | undefined,
): Promise<void> {
  const data =
    kind === 'user'
      ? await connection.post('/core/loginguest', { userid: credentials.username, password: credentials.password })
      : await connection.post('/admin/adminlogin', {
          op: 'adminlogin',
          adminuser: credentials.username,
          adminpassword: credentials.password,
        });
  const command = firstCommand(data);
  if (command.result?.trim() !== '3') return;
  const token = command.message?.trim() ?? '';
  const operation = kind === 'user' ? 'loginguest' : 'admin/adminlogin';
  if (!twoFactor) throw new TwoFactorRequiredError(operation, credentials.username, token);
  const code = await twoFactor.code({ userid: credentials.username, token });
  await postTwoFactor(connection, { userid: credentials.username, token, code, password: credentials.password });
}
