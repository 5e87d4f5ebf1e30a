import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies } from '../cookies.js';

export type Json = Record<string, unknown>;

export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Mirrors MailSo's Php2js: compact JSON with `/` escaped as `\/`. */
function php2js(value: unknown): string {
  return JSON.stringify(value).replaceAll('/', '\\/');
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class Exchange {
  readonly started = performance.now();
  readonly cookies: Map<string, string>;
  readonly setCookies: string[] = [];

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    this.cookies = parseCookies(req.headers.cookie);
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  json(body: Json): void {
    const text = php2js(body);
    const headers: Record<string, string | string[]> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    };
    if (this.setCookies.length > 0) headers['Set-Cookie'] = this.setCookies;
    this.res.writeHead(200, headers);
    this.res.end(text);
  }

  /** The spec does not allow this request: 400 with the reason, never a silent answer. */
  reject(reason: string): void {
    const text = `afterlogic-pro7 sandbox: request not allowed by the spec: ${reason}\n`;
    this.res.writeHead(400, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    this.res.end(text);
  }

  /** Raw failures: 404 with an empty body, whatever went wrong. */
  notFound(): void {
    this.res.writeHead(404, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
    this.res.end();
  }
}

export class ActionError extends Error {
  constructor(readonly code: number) {
    super(`ErrorCode ${code}`);
  }
}

export class RejectError extends Error {}
