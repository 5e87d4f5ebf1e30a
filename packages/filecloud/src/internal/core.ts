/**
 * The few @fileclients/core APIs this package uses, in one place so the switch to core is one file.
 *
 * TODO(core): @fileclients/core was still being written when this package was built. Each export below stands in
 * for the core API named in its comment (see core-contract.md); replace the bodies with re-exports from
 * '@fileclients/core' and '@fileclients/core/xml' when they are published by the core package.
 */
import { XMLParser } from 'fast-xml-parser';

export type ProviderId = 'filecloud' | (string & {});

export interface ErrorDetails {
  readonly provider: ProviderId;
  readonly operation: string;
  readonly status?: number;
  readonly code?: string | number;
  readonly cause?: unknown;
  readonly details?: Record<string, unknown>;
}

/** Stands in for core `FileClientError`: message prefixed "<provider> <operation>: ". */
export class FileClientError extends Error {
  readonly provider: ProviderId;
  readonly operation: string;
  readonly status?: number;
  readonly code?: string | number;
  readonly details?: Record<string, unknown>;
  constructor(message: string, details: ErrorDetails) {
    super(
      `${details.provider} ${details.operation}: ${message}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = new.target.name;
    this.provider = details.provider;
    this.operation = details.operation;
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
    if (details.details !== undefined) this.details = details.details;
  }
}
/** Stands in for core `AuthError`. */
export class AuthError extends FileClientError {}
/** Stands in for core `NotFoundError`. */
export class NotFoundError extends FileClientError {}
/** Stands in for core `ConflictError`. */
export class ConflictError extends FileClientError {}
/** Stands in for core `QuotaError`. */
export class QuotaError extends FileClientError {}
/** Stands in for core `ProtocolError`. */
export class ProtocolError extends FileClientError {}
/** Stands in for core `TransportError`. */
export class TransportError extends FileClientError {}

/** Stands in for core `CookieJar`: origin-scoped, never offers a cookie to another origin. */
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, string>>();

  setFromResponse(url: string | URL, response: Response): void {
    const origin = new URL(url).origin;
    const lines = response.headers.getSetCookie();
    if (lines.length === 0) return;
    let jar = this.#byOrigin.get(origin);
    if (!jar) {
      jar = new Map();
      this.#byOrigin.set(origin, jar);
    }
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) < Date.now();
        return false;
      });
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  }

  headerFor(url: string | URL): string | undefined {
    const jar = this.#byOrigin.get(new URL(url).origin);
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string, url: string | URL): string | undefined {
    return this.#byOrigin.get(new URL(url).origin)?.get(name);
  }

  clear(): void {
    this.#byOrigin.clear();
  }
}

/** Stands in for core `@fileclients/core/xml`: no DTD or entities, text kept as strings, arrays by path. */
export function createXmlParser(options: { arrayPaths: readonly string[] }): { parse(text: string): unknown } {
  const arrays = new Set(options.arrayPaths);
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (_name, jpath) => arrays.has(String(jpath)),
  });
  return {
    parse(text: string): unknown {
      if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Error('XML with a DTD is refused');
      return parser.parse(text, true);
    },
  };
}
