import { createHmac, randomBytes } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { CarbonioTree, SandboxUser } from './tree.js';

/** Issued tokens: the sandbox can revoke them all to simulate expiry (the service then answers 401). */
export class TokenStore {
  private readonly tokens = new Map<string, { userId: string; expiresAt: number }>();
  private readonly secret = randomBytes(20);

  constructor(private readonly lifetimeMs: number) {}

  /** Same layout as a real ZM_AUTH_TOKEN: `0_<hmac>_<hex of "id=..;exp=..;type=6:zimbra;">`. */
  issue(userId: string): { token: string; expiresAt: number } {
    const expiresAt = Date.now() + this.lifetimeMs;
    const exp = String(expiresAt);
    const payload = `id=${userId.length}:${userId};exp=${exp.length}:${exp};type=6:zimbra;u=1:a;`;
    const hex = Buffer.from(payload, 'utf8').toString('hex');
    const mac = createHmac('sha1', this.secret).update(hex).digest('hex');
    const token = `0_${mac}_${hex}`;
    this.tokens.set(token, { userId, expiresAt });
    return { token, expiresAt };
  }

  /** The account of a live token, or undefined when it is unknown, revoked or expired. */
  verify(token: string): { userId: string; expiresAt: number } | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    return entry;
  }

  revokeAll(): void {
    this.tokens.clear();
  }
}

export interface SoapReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface SoapFault {
  readonly code: string;
  readonly reason: string;
  readonly sender: boolean;
}

interface ParsedAuthRequest {
  readonly account?: { by: string; value: string } | undefined;
  readonly password?: string | undefined;
  readonly authToken?: string | undefined;
  readonly persist: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SOAP-JSON text: `"x"`, `{"_content":"x"}` or `[{"_content":"x"}]`. */
function jsonText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonText(value[0]);
  if (isRecord(value) && typeof value._content === 'string') return value._content;
  return undefined;
}

/** XML text: fast-xml-parser gives a string, or `{ '#text': ... }` when the element has attributes. */
function xmlText(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value) && (typeof value['#text'] === 'string' || typeof value['#text'] === 'number')) {
    return String(value['#text']);
  }
  return undefined;
}

const truthy = (value: unknown) => value === '1' || value === 1 || value === true || value === 'true';

function parseJsonRequest(text: string): ParsedAuthRequest | SoapFault {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { code: 'service.PARSE_ERROR', reason: 'parse error: invalid JSON', sender: true };
  }
  const body = isRecord(parsed) && isRecord(parsed.Body) ? parsed.Body : undefined;
  const request = body?.AuthRequest;
  if (!isRecord(request)) {
    const name = body ? Object.keys(body)[0] : undefined;
    return { code: 'service.UNKNOWN_DOCUMENT', reason: `unknown document: ${name ?? '(none)'}`, sender: true };
  }
  const account = request.account;
  const accountValue = jsonText(account);
  return {
    account:
      accountValue !== undefined
        ? { by: isRecord(account) && typeof account.by === 'string' ? account.by : 'name', value: accountValue }
        : undefined,
    password: jsonText(request.password),
    authToken: jsonText(request.authToken),
    persist: truthy(request.persistAuthTokenCookie),
  };
}

function parseXmlRequest(text: string): ParsedAuthRequest | SoapFault {
  // No DTDs: a SOAP message must not carry one, and refusing them keeps entity expansion out.
  if (/<!DOCTYPE/i.test(text)) return { code: 'service.PARSE_ERROR', reason: 'DOCTYPE is not allowed', sender: true };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
  });
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch {
    return { code: 'service.PARSE_ERROR', reason: 'parse error: malformed XML', sender: true };
  }
  const envelope = isRecord(doc) ? doc.Envelope : undefined;
  const body = isRecord(envelope) ? envelope.Body : undefined;
  const request = isRecord(body) ? body.AuthRequest : undefined;
  if (!isRecord(request)) {
    const name = isRecord(body) ? Object.keys(body)[0] : undefined;
    return { code: 'service.UNKNOWN_DOCUMENT', reason: `unknown document: ${name ?? '(none)'}`, sender: true };
  }
  const account = request.account;
  const accountValue = xmlText(account);
  return {
    account:
      accountValue !== undefined
        ? {
            by: isRecord(account) && typeof account['@_by'] === 'string' ? account['@_by'] : 'name',
            value: accountValue,
          }
        : undefined,
    password: xmlText(request.password),
    authToken: xmlText(request.authToken),
    persist: truthy(request['@_persistAuthTokenCookie']),
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function faultReply(fault: SoapFault, json: boolean, status: number): SoapReply {
  const trace = `qtp-sandbox:${Date.now()}:${randomBytes(8).toString('hex')}`;
  const value = fault.sender ? 'soap:Sender' : 'soap:Receiver';
  if (json) {
    return {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        Header: { context: { _jsns: 'urn:zimbra' } },
        Body: {
          Fault: {
            Code: { Value: value },
            Reason: { Text: fault.reason },
            Detail: { Error: { Code: fault.code, Trace: trace, _jsns: 'urn:zimbra' } },
          },
        },
        _jsns: 'urn:zimbraSoap',
      }),
    };
  }
  return {
    status,
    headers: { 'content-type': 'application/soap+xml; charset=utf-8' },
    body:
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"/>' +
      `</soap:Header><soap:Body><soap:Fault><soap:Code><soap:Value>${value}</soap:Value></soap:Code><soap:Reason>` +
      `<soap:Text>${escapeXml(fault.reason)}</soap:Text></soap:Reason><soap:Detail><Error xmlns="urn:zimbra">` +
      `<Code>${fault.code}</Code><Trace>${trace}</Trace></Error></soap:Detail></soap:Fault></soap:Body></soap:Envelope>`,
  };
}

function successReply(token: string, expiresAt: number, persist: boolean, json: boolean, secure: boolean): SoapReply {
  const lifetime = Math.max(0, expiresAt - Date.now());
  const cookie = [`ZM_AUTH_TOKEN=${token}`, 'Path=/', 'HttpOnly'];
  if (persist) cookie.push(`Max-Age=${Math.floor(lifetime / 1000)}`);
  if (secure) cookie.push('Secure');
  const headers = { 'set-cookie': cookie.join('; ') };
  if (json) {
    return {
      status: 200,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        Header: { context: { change: { token: 1 }, _jsns: 'urn:zimbra' } },
        Body: {
          AuthResponse: {
            authToken: [{ _content: token }],
            lifetime,
            skin: [{ _content: 'carbonio' }],
            _jsns: 'urn:zimbraAccount',
          },
        },
        _jsns: 'urn:zimbraSoap',
      }),
    };
  }
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'application/soap+xml; charset=utf-8' },
    body:
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra">' +
      '<change token="1"/></context></soap:Header><soap:Body><AuthResponse xmlns="urn:zimbraAccount">' +
      `<authToken>${token}</authToken><lifetime>${lifetime}</lifetime><skin>carbonio</skin></AuthResponse>` +
      '</soap:Body></soap:Envelope>',
  };
}

export interface SoapOptions {
  readonly tree: CarbonioTree;
  readonly tokens: TokenStore;
  /** 422 (current mailbox) or 500 (older builds, classic Zimbra). */
  readonly faultStatus: number;
}

/** POST /service/soap[/...]: AuthRequest by password or by an existing token, in SOAP-JSON or SOAP 1.2 XML. */
export function handleSoap(text: string, options: SoapOptions): SoapReply {
  // Upstream detects JSON by the first character of the body.
  const json = text.trimStart().startsWith('{');
  const request = json ? parseJsonRequest(text) : parseXmlRequest(text);
  const fail = (fault: SoapFault) => faultReply(fault, json, options.faultStatus);
  if ('code' in request) return fail(request);

  if (request.authToken !== undefined) {
    const entry = options.tokens.verify(request.authToken);
    if (!entry) return fail({ code: 'service.AUTH_EXPIRED', reason: 'auth credentials have expired', sender: true });
    return successReply(request.authToken, entry.expiresAt, request.persist, json, false);
  }
  if (!request.account) {
    return fail({ code: 'service.INVALID_REQUEST', reason: 'invalid request: missing account', sender: true });
  }
  if (request.password === undefined) {
    return fail({ code: 'service.INVALID_REQUEST', reason: 'invalid request: missing password', sender: true });
  }
  const { by, value } = request.account;
  let user: SandboxUser | undefined;
  if (by === 'name') {
    const account = options.tree.accountByEmail(value);
    user = account?.kind === 'user' ? account : undefined;
  } else if (by === 'id') {
    user = options.tree.user(value);
  } else {
    return fail({
      code: 'service.INVALID_REQUEST',
      reason: `invalid request: unsupported account by=${by}`,
      sender: true,
    });
  }
  if (!user || user.password !== request.password) {
    // Same answer for an unknown account and a wrong password, as upstream.
    return fail({ code: 'account.AUTH_FAILED', reason: `authentication failed for [${value}]`, sender: true });
  }
  const issued = options.tokens.issue(user.id);
  return successReply(issued.token, issued.expiresAt, request.persist, json, false);
}
