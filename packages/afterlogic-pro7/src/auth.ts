import { AuthError, registerSecret } from '@fileclients/core';
import { PROVIDER, protocolError } from './errors.js';
import type { CallOptions, Pro7Context, Pro7Credentials } from './protocol.js';
import type { AppData } from './types.js';

export interface LoginOptions extends CallOptions {
  /** `true` asks for a persistent (30-day) `p7auth` cookie; only meaningful in cookie mode. */
  readonly signMe?: boolean;
}

export interface Pro7Session {
  readonly authToken: string;
  readonly accountId: number;
}

/**
 * SystemGetAppData. Without a session it still answers, with `Auth: false`; its `Token` is the CSRF token, which
 * cookie mode keeps and sends with every later call.
 */
export async function getAppData(context: Pro7Context, options: CallOptions = {}): Promise<AppData> {
  const { result } = await context.send('/Ajax/SystemGetAppData', {}, options);
  if (typeof result.Token !== 'string') throw protocolError('SystemGetAppData', 'AppData has no Token');
  if (context.mode === 'cookie') {
    registerSecret(result.Token);
    context.state.csrfToken = result.Token;
  }
  return result;
}

/** SystemLogin. In cookie mode the CSRF Token is fetched first, as the web client does. */
export async function login(
  context: Pro7Context,
  credentials: Pro7Credentials | undefined,
  options: LoginOptions = {},
): Promise<Pro7Session> {
  const creds = credentials ?? context.credentials;
  registerSecret(creds?.password);
  if (!creds) {
    throw new AuthError('no credentials: pass them to login() or to createPro7Client({ credentials })', {
      provider: PROVIDER,
      operation: 'SystemLogin',
    });
  }
  if (context.mode === 'cookie') await getAppData(context, options);
  const params: Record<string, string> = { Email: creds.email, IncPassword: creds.password };
  if (creds.login !== undefined) params.IncLogin = creds.login;
  if (creds.language !== undefined) params.Language = creds.language;
  if (options.signMe !== undefined) params.SignMe = options.signMe ? '1' : '0';
  const { result, accountId } = await context.send(
    '/Ajax/SystemLogin',
    params as { Email: string; IncPassword: string },
    options,
  );
  if (typeof result.AuthToken !== 'string' || result.AuthToken === '' || accountId === undefined) {
    throw protocolError('SystemLogin', 'the answer has no AuthToken or AccountID');
  }
  registerSecret(result.AuthToken);
  context.state.authToken = result.AuthToken;
  context.state.accountId = accountId;
  return { authToken: result.AuthToken, accountId };
}

/** SystemLogout: the AuthToken stops working. The local session is cleared even when the server call fails. */
export async function logout(context: Pro7Context, options: CallOptions = {}): Promise<void> {
  const accountId = context.state.accountId;
  try {
    if (accountId === undefined) {
      throw new AuthError('not logged in: no AccountID to log out', { provider: PROVIDER, operation: 'SystemLogout' });
    }
    await context.send('/Ajax/SystemLogout', { AccountID: accountId }, options);
  } finally {
    delete context.state.authToken;
    delete context.state.accountId;
    delete context.state.csrfToken;
    context.session.jar.clear();
  }
}
