import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFileClientError, joinPath } from '@fileclients/core';
import { downloadToFile } from '@fileclients/core/node';
import type { OpenedTarget, OpenOptions } from '../providers/types.js';
import { type CannedResponse, type Fault, type FaultProxy, startFaultProxy } from './fault-proxy.js';
import type { SecretScan } from './secret-scan.js';

export interface FaultScenario {
  readonly name: string;
  /**
   * The fault, or a function of the target for provider-specific faults; it may act on the server itself (expire
   * its sessions) and return undefined when nothing is to be injected on the wire.
   */
  readonly fault: Fault | ((target: OpenedTarget) => Fault | undefined);
  /** Requests hit: 1 proves a retry, Infinity proves the error after retries run out. */
  readonly times: number;
}

const HTML_LOGIN_PAGE: CannedResponse = {
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body:
    '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form method="post" action="/login">' +
    '<input name="username"><input type="password" name="password"><button>Sign in</button></form></body></html>',
};

const EXPIRED_DEFAULT: CannedResponse = {
  status: 401,
  headers: { 'content-type': 'text/plain' },
  body: 'session expired',
};

/** The issue's fault list: resets, 5xx, 429 with Retry-After, stalled and truncated bodies, HTML, expiry. */
export const FAULT_SCENARIOS: readonly FaultScenario[] = [
  { name: 'connection reset before the body', fault: { kind: 'reset-before-body' }, times: 1 },
  { name: 'connection reset in the middle of the body', fault: { kind: 'reset-mid-body' }, times: 1 },
  { name: 'HTTP 500 once', fault: { kind: 'status', status: 500 }, times: 1 },
  { name: 'HTTP 502 once', fault: { kind: 'status', status: 502 }, times: 1 },
  { name: 'HTTP 503 once', fault: { kind: 'status', status: 503 }, times: 1 },
  { name: 'HTTP 503 on every attempt', fault: { kind: 'status', status: 503 }, times: Number.POSITIVE_INFINITY },
  { name: 'HTTP 429 with Retry-After', fault: { kind: 'status', status: 429, retryAfter: '1' }, times: 1 },
  { name: 'stalled body', fault: { kind: 'stall' }, times: 1 },
  { name: 'truncated body', fault: { kind: 'truncate' }, times: 1 },
  { name: 'HTML login page instead of data', fault: { kind: 'canned', response: HTML_LOGIN_PAGE }, times: 1 },
  {
    name: 'expired session',
    fault: (target) => {
      if (target.expireSessions === undefined) {
        return { kind: 'canned', response: target.expiredSession ?? EXPIRED_DEFAULT };
      }
      target.expireSessions();
      return undefined;
    },
    times: 1,
  },
];

export interface FaultReport {
  tried: number;
  retried_ok: number;
  typed_errors: number;
  hangs: number;
  unhandled: number;
  partial_files: number;
  /** Not in the JSON contract: outcomes that are bugs, for the human report. */
  readonly problems: string[];
}

export interface FaultRunOptions {
  /** Opens the store with the proxy in front (an adapter's `open`). */
  readonly open: (options: OpenOptions) => Promise<OpenedTarget>;
  readonly scan: SecretScan;
  /** A call that takes longer than this is a hang. */
  readonly hangMs: number;
  /** The client's idle timeout, so a stalled body ends well before `hangMs`. */
  readonly idleTimeoutMs: number;
  /** Size of the file downloaded under fault. */
  readonly fileBytes: number;
  readonly scenarios?: readonly FaultScenario[];
  /** Only these operations (default both). */
  readonly operations?: readonly ('download' | 'list')[];
  readonly onScenario?: (line: string) => void;
}

type Outcome = 'ok' | 'typed' | 'untyped' | 'hang' | 'wrong';

/**
 * Runs every scenario through the store twice (an atomic download to a temp folder, and a listing), behind the
 * fault proxy, and classifies each: correct retry, typed error, hang, untyped throw or wrong result, plus any file
 * left behind in the download folder.
 */
export async function runFaults(options: FaultRunOptions): Promise<{ report: FaultReport; secrets: string[] }> {
  const report: FaultReport = {
    tried: 0,
    retried_ok: 0,
    typed_errors: 0,
    hangs: 0,
    unhandled: 0,
    partial_files: 0,
    problems: [],
  };
  let proxy: FaultProxy | undefined;
  const target = await options.open({
    route: async (serverUrl) => {
      proxy = await startFaultProxy(serverUrl);
      return proxy.url;
    },
    idleTimeoutMs: options.idleTimeoutMs,
    logger: (line) => options.scan.addText(line),
  });
  const temp = await mkdtemp(join(tmpdir(), 'fileclients-faults-'));
  try {
    if (proxy === undefined) throw new Error(`${target.store.provider}: the adapter ignored the proxy route`);
    const activeProxy = proxy;
    const { store } = target;
    const dir = joinPath(target.base, `reliability-${Date.now().toString(36)}`);
    await store.mkdir(dir);
    const name = 'fault-target.bin';
    const path = joinPath(dir, name);
    const data = new Uint8Array(options.fileBytes);
    for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 17) & 0xff;
    await store.upload(path, { source: data, size: data.byteLength });
    const digest = createHash('sha256').update(data).digest('hex');
    const provider = store.provider;

    const operations = {
      download: async (): Promise<boolean> => {
        const file = join(temp, name);
        await downloadToFile(async () => new Response(await store.download(path)), file, {
          provider,
          operation: 'download',
          idleTimeoutMs: options.idleTimeoutMs,
        });
        const got = createHash('sha256')
          .update(await readFile(file))
          .digest('hex');
        await rm(file, { force: true });
        return got === digest;
      },
      list: async (): Promise<boolean> => {
        for await (const entry of store.list(dir)) if (entry.name === name) return true;
        return false;
      },
    };

    for (const scenario of options.scenarios ?? FAULT_SCENARIOS) {
      for (const operation of options.operations ?? (['download', 'list'] as const)) {
        const fault = typeof scenario.fault === 'function' ? scenario.fault(target) : scenario.fault;
        if (fault !== undefined) activeProxy.arm(fault, { times: scenario.times });
        const outcome = await classify(operations[operation], options.hangMs, options.scan);
        const hits = activeProxy.hits;
        activeProxy.disarm();
        report.tried++;
        const label = `${scenario.name} during ${operation}`;
        if (outcome.kind === 'ok') report.retried_ok++;
        else if (outcome.kind === 'typed') report.typed_errors++;
        else if (outcome.kind === 'hang') report.hangs++;
        if (outcome.kind === 'untyped' || outcome.kind === 'wrong' || outcome.kind === 'hang') {
          report.problems.push(`${label}: ${outcome.kind}${outcome.detail ? ` (${outcome.detail})` : ''}`);
        }
        if (fault !== undefined && hits === 0) report.problems.push(`${label}: the fault was never triggered`);
        const left = await readdir(temp);
        if (left.length > 0) {
          report.partial_files += left.length;
          report.problems.push(`${label}: left ${left.join(', ')} in the download folder`);
          await Promise.all(left.map((file) => rm(join(temp, file), { force: true, recursive: true })));
        }
        if (outcome.kind === 'wrong' && operation === 'download') report.partial_files++;
        options.onScenario?.(`${label}: ${outcome.kind}${outcome.detail ? ` ${outcome.detail}` : ''}`);
      }
    }
    await removeQuietly(target, dir);
    return { report, secrets: [...target.secrets, ...activeProxy.observedSecrets] };
  } finally {
    await rm(temp, { force: true, recursive: true });
    await target.close().catch(() => undefined);
    await proxy?.close();
  }
}

async function classify(
  action: () => Promise<boolean>,
  hangMs: number,
  scan: SecretScan,
): Promise<{ kind: Outcome; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), hangMs);
  });
  try {
    const result = await Promise.race([action(), hang]);
    if (result === 'hang') return { kind: 'hang', detail: `no result within ${hangMs} ms` };
    return result ? { kind: 'ok' } : { kind: 'wrong', detail: 'succeeded with wrong content' };
  } catch (error) {
    scan.addError(error);
    if (isFileClientError(error)) return { kind: 'typed', detail: `${error.name}` };
    return { kind: 'untyped', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function removeQuietly(target: OpenedTarget, dir: string): Promise<void> {
  try {
    await target.store.delete(dir, { recursive: true });
  } catch {
    // Best effort: the sandbox is thrown away anyway.
  }
}
