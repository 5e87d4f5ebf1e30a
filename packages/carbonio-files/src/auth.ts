import { AuthError, type HttpClient, ProtocolError, type Session } from '@fileclients/core';
import { PROVIDER } from './errors.js';
import type { SoapFaultEnvelope } from './generated/auth-fault.gen.js';
import type { AuthRequestEnvelope } from './generated/auth-request.gen.js';
import type { AuthResponseEnvelope } from './generated/auth-response.gen.js';

/** How to log in: a password (re-login possible) and/or a token the caller already holds. */
export interface CarbonioCredentials {
  /** Account name (e-mail). */
  readonly username?: string;
  readonly password?: string;
  /** An existing ZM_AUTH_TOKEN, used first; with a password as well, an expired token is replaced by a new login. */
  readonly token?: string;
}

/** What a successful AuthRequest yields. */
export interface AuthResult {
  readonly token: string;
  /** Milliseconds the token stays valid, as the server counted it when answering. */
  readonly lifetimeMs: number;
}

export type AuthRequestBody = AuthRequestEnvelope;

/**
 * The SOAP-JSON AuthRequest (no Envelope; `_jsns` namespaces; text in `_content`). `csrfTokenSecured` stays unset:
 * Files never checks CSRF, and a CSRF-bound token would need the header on every SOAP call.
 */
export function buildAuthRequest(username: string, password: string): AuthRequestBody {
  return {
    Header: { context: { _jsns: 'urn:zimbra' } },
    Body: {
      AuthRequest: {
        _jsns: 'urn:zimbraAccount',
        persistAuthTokenCookie: '1',
        account: { by: 'name', _content: username },
        password: { _content: password },
      },
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `authToken` is a list of `{_content}` in JSON (a non-unique element); tolerate a single object or a string. */
function firstContent(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return firstContent(value[0]);
  if (isRecord(value) && typeof value._content === 'string') return value._content;
  return undefined;
}

/** Reads an AuthResponse (ignoring unknown keys); undefined when the JSON is not one. */
export function parseAuthResponse(json: unknown): AuthResult | undefined {
  if (!isRecord(json) || !isRecord(json.Body)) return undefined;
  const response = json.Body.AuthResponse as Partial<AuthResponseEnvelope['Body']['AuthResponse']> | undefined;
  if (!isRecord(response)) return undefined;
  const token = firstContent(response.authToken);
  const lifetime = response.lifetime;
  if (!token || typeof lifetime !== 'number' || !Number.isFinite(lifetime)) return undefined;
  return { token, lifetimeMs: lifetime };
}

export interface SoapFaultInfo {
  /** The Zimbra code, e.g. `account.AUTH_FAILED`; `soap:Sender`/`soap:Receiver` when the fault has no detail. */
  readonly code: string;
  readonly reason: string;
}

/** Reads `Body.Fault`; undefined when the JSON is not a fault. */
export function parseSoapFault(json: unknown): SoapFaultInfo | undefined {
  if (!isRecord(json) || !isRecord(json.Body)) return undefined;
  const fault = json.Body.Fault as Partial<SoapFaultEnvelope['Body']['Fault']> | undefined;
  if (!isRecord(fault)) return undefined;
  const reason = isRecord(fault.Reason) && typeof fault.Reason.Text === 'string' ? fault.Reason.Text : 'SOAP fault';
  const detailCode =
    isRecord(fault.Detail) && isRecord(fault.Detail.Error) && typeof fault.Detail.Error.Code === 'string'
      ? fault.Detail.Error.Code
      : undefined;
  const soapCode = isRecord(fault.Code) && typeof fault.Code.Value === 'string' ? fault.Code.Value : 'soap:Fault';
  return { code: detailCode ?? soapCode, reason };
}

/** A fault as the AuthError a caller catches; the Zimbra code is kept in `code`. */
export function authErrorFromFault(fault: SoapFaultInfo, status: number, operation = 'login'): AuthError {
  return new AuthError(`login refused: ${fault.reason} (${fault.code})`, {
    provider: PROVIDER,
    operation,
    status,
    code: fault.code,
  });
}

/**
 * POST /service/soap with the JSON AuthRequest. Faults come as HTTP 422 (current mailbox) or 500 (older builds,
 * classic Zimbra) with `Body.Fault`; both become an AuthError carrying the Zimbra code.
 */
export async function soapLogin(
  http: HttpClient,
  baseUrl: string,
  username: string,
  password: string,
): Promise<AuthResult> {
  const url = `${baseUrl}/service/soap`;
  const response = await http.request({ provider: PROVIDER, operation: 'login', idempotent: true }, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(buildAuthRequest(username, password)),
    redirect: 'manual',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProtocolError(`login answered HTTP ${response.status} with a body that is not SOAP-JSON`, {
      provider: PROVIDER,
      operation: 'login',
      status: response.status,
    });
  }
  const fault = parseSoapFault(json);
  if (fault) throw authErrorFromFault(fault, response.status);
  const result = response.status === 200 ? parseAuthResponse(json) : undefined;
  if (!result) {
    throw new ProtocolError(`login answered HTTP ${response.status} without an AuthResponse or a Fault`, {
      provider: PROVIDER,
      operation: 'login',
      status: response.status,
    });
  }
  return result;
}

/** Stores a token where the Files service looks for it: the ZM_AUTH_TOKEN cookie of the server's origin. */
export function applyToken(session: Session, baseUrl: string, result: { token: string; lifetimeMs?: number }): void {
  session.setCredentials(
    result.lifetimeMs === undefined ? { token: result.token } : { token: result.token, expiresInMs: result.lifetimeMs },
  );
  session.jar.set(baseUrl, 'ZM_AUTH_TOKEN', result.token, { path: '/' });
}
