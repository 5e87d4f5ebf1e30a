import type { Client } from 'openapi-fetch';
import { TwoFactorRequiredError } from './errors.js';
import type { paths } from './generated/openapi.gen.js';

/** How to answer a second-factor challenge (login result 3). */
export interface TwoFactorOptions {
  /** Returns the one-time code (TOTP, email or SMS); the client completes /core/2falogin with it. */
  readonly code: (challenge: { readonly userid: string; readonly token: string }) => string | Promise<string>;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

function firstCommand(data: unknown): { result?: string; message?: string } {
  const list = (data as { command?: unknown } | undefined)?.command;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  return typeof first === 'object' && first !== null ? (first as { result?: string; message?: string }) : {};
}

/**
 * Completes a login that answered result 3. Sends `password` as well, as FileCloud's own SDK does (servers that do
 * not need it ignore it). Works for user and admin sessions: /core/2falogin sets the cookies of the login it finishes.
 */
export async function completeTwoFactor(
  api: Client<paths>,
  args: { readonly userid: string; readonly token: string; readonly code: string; readonly password?: string },
): Promise<void> {
  await api.POST('/core/2falogin', {
    body: {
      userid: args.userid,
      token: args.token,
      code: args.code,
      ...(args.password === undefined ? {} : { password: args.password }),
    },
  });
}

/**
 * Logs in. A refused login throws AuthError (from the middleware, result 0). Result 3 is a 2FA challenge: with
 * `twoFactor` the code callback is asked and /core/2falogin completes the login; without it a
 * TwoFactorRequiredError carries the token, to finish later with completeTwoFactor.
 */
export async function login(
  api: Client<paths>,
  kind: 'user' | 'admin',
  credentials: Credentials,
  twoFactor: TwoFactorOptions | undefined,
): Promise<void> {
  const { data } =
    kind === 'user'
      ? await api.POST('/core/loginguest', { body: { userid: credentials.username, password: credentials.password } })
      : await api.POST('/admin/adminlogin', {
          body: { op: 'adminlogin', adminuser: credentials.username, adminpassword: credentials.password },
        });
  const command = firstCommand(data);
  if (command.result?.trim() !== '3') return;
  const token = command.message?.trim() ?? '';
  const operation = kind === 'user' ? 'loginguest' : 'admin/adminlogin';
  if (!twoFactor) throw new TwoFactorRequiredError(operation, credentials.username, token);
  const code = await twoFactor.code({ userid: credentials.username, token });
  await completeTwoFactor(api, { userid: credentials.username, token, code, password: credentials.password });
}
