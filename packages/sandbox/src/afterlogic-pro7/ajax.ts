import { filesAction } from './actions-files.js';
import { listing } from './listing.js';
import { ACTION_RULES, checkForm } from './rules.js';
import { csrfOk, type Pro7ServerState, sessionFrom } from './state.js';
import { normalizeFolder } from './tree.js';
import { ActionError, type Exchange, hex, type Json, RejectError, readBody } from './wire.js';

/** The ?/Ajax/ entry: the form's Action, its rules and the CSRF check, then the action. */
export async function ajax(state: Pro7ServerState, ex: Exchange): Promise<void> {
  const { req } = ex;
  const { tree } = state;
  const envelope = (action: string, result: unknown, withAccount: boolean): Json => ({
    Action: action,
    ...(withAccount ? { AccountID: state.accountId } : {}),
    Result: result,
    '@Time': ex.elapsed(),
  });
  const fail = (action: string, code: number): void =>
    ex.json({ Action: action, Result: false, '@Time': ex.elapsed(), ErrorCode: code });
  if (req.method !== 'POST') return fail('Unknown', 999);
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const raw = await readBody(req);
  // The server reads only form fields: a JSON body has no Action.
  if (contentType !== 'application/x-www-form-urlencoded') return fail('Unknown', 999);
  const form = new URLSearchParams(raw.toString('utf8'));
  const action = form.get('Action') ?? '';
  if (action === '') return fail('Unknown', 999);
  // The body's Action decides; whatever follows ?/Ajax/ is ignored, so ?/Ajax/ (the generic form the web client
  // uses) and ?/Ajax/{Action} are the same request [research pro7.md §1; LIVE: ?/Ajax/Files with Action=FilesQuota
  // answered FilesQuota].
  const rule = ACTION_RULES[action];
  if (!rule) return fail(action, 999);
  const problem = checkForm(action, form, rule);
  if (problem) return ex.reject(problem);
  const authToken = form.get('AuthToken') ?? undefined;
  if (action !== 'SystemGetAppData' && !csrfOk(ex, form.get('Token') ?? undefined)) return fail(action, 101);

  switch (action) {
    case 'SystemGetAppData': {
      const csrf = ex.cookies.get('p7token') ?? hex(16);
      ex.setCookies.push(`p7token=${csrf}; Max-Age=2592000; Path=/; HttpOnly`);
      const session = sessionFrom(state, ex, authToken);
      const result: Json = {
        Auth: session !== undefined,
        User: session
          ? {
              IdUser: state.accountId,
              IsFilesSupported: state.filesEnabled,
              FilesEnable: state.filesEnabled,
              IsCollaborationSupported: state.collaboration,
              AllowFilesSharing: state.collaboration,
            }
          : null,
        TenantHash: '',
        IsMailsuite: false,
        LastErrorCode: 0,
        Token: csrf,
        App: { SiteName: 'fileclients Pro 7 sandbox', FileSizeLimit: 0 },
      };
      if (session) {
        result.Default = state.accountId;
        result.Accounts = [{ AccountID: state.accountId, Email: state.email, FriendlyName: '', AllowMail: true }];
      }
      return ex.json(envelope(action, result, false));
    }
    case 'SystemLogin': {
      const email = form.get('Email') ?? '';
      const login = form.get('IncLogin') ?? '';
      const password = form.get('IncPassword') ?? '';
      if (password === '' || (email === '' && login === '')) return fail(action, 103);
      if ((login || email) !== state.email || password !== state.password) return fail(action, 102);
      const token = hex(16);
      const cookie = hex(24);
      state.tokens.set(token, state.accountId);
      state.authCookies.set(cookie, token);
      const persistent = form.get('SignMe') === '1' ? '; Max-Age=2592000' : '';
      ex.setCookies.push(`p7auth=${cookie}${persistent}; Path=/; HttpOnly`);
      return ex.json(envelope(action, { AuthToken: token }, true));
    }
    case 'SystemLogout': {
      const accountId = form.get('AccountID') ?? '';
      if (!/^\d+$/.test(accountId)) return fail(action, 103);
      const session = sessionFrom(state, ex, authToken);
      ex.setCookies.push('p7auth=; Max-Age=0; Path=/; HttpOnly');
      if (!session) return ex.json(envelope(action, true, false));
      state.tokens.delete(session);
      for (const [cookie, token] of state.authCookies) if (token === session) state.authCookies.delete(cookie);
      return ex.json(envelope(action, true, true));
    }
    case 'FilesPub': {
      const link = state.tree.links.get(form.get('Hash') ?? '');
      if (!link?.isFolder) return ex.json(envelope(action, false, false));
      const path = normalizeFolder(`${link.path}/${form.get('Path') ?? ''}`);
      const folder = tree.folder(link.type, path);
      if (!folder) return fail(action, 999);
      return ex.json(envelope(action, listing(state, link.type, path, folder, ''), true));
    }
    default: {
      if (!sessionFrom(state, ex, authToken)) return fail(action, 102);
      if (!state.filesEnabled) return fail(action, 802);
      try {
        return ex.json(envelope(action, filesAction(state, action, form, ex), true));
      } catch (error) {
        if (error instanceof RejectError) return ex.reject(error.message);
        if (error instanceof ActionError) return fail(action, error.code);
        return fail(action, 999);
      }
    }
  }
}
