import type { FetchLike, FileStore } from '@fileclients/core';
import type { CannedResponse } from '../reliability/fault-proxy.js';

export interface OpenOptions {
  /** Run against the real server named by the provider's environment variables instead of its sandbox. */
  readonly real?: boolean;
  /**
   * Puts something (the fault-injecting proxy) between the client and the server: gets the server's base URL and
   * returns the one the client must use.
   */
  readonly route?: (serverUrl: string) => Promise<string>;
  /** Receives the client's log lines (scanned for secrets by `pnpm reliability`). */
  readonly logger?: (line: string) => void;
  /** Idle timeout for the client's transfers; the reliability run lowers it so a stalled body ends quickly. */
  readonly idleTimeoutMs?: number;
}

/** A store ready for the suite, with what the reliability checks need to know about it. */
export interface OpenedTarget {
  readonly store: FileStore;
  /** The folder each test creates its own random folder in. */
  readonly base: string;
  /** Passwords, tokens and cookie values in play, for the secret scan (read after the run). */
  readonly secrets: readonly string[];
  /**
   * A fresh client and store on the same server that sends every request through `fetch` (the fuzzer replays
   * recorded answers, mutated, through it). Absent when the client takes no injected fetch.
   */
  readonly storeWith?: (fetch: FetchLike) => FileStore;
  /** Expires every session on the server (a sandbox hook): the truest "expired session" fault. */
  readonly expireSessions?: () => void;
  /** Without that hook: the provider's own "session expired" answer, injected by the proxy; default a bare 401. */
  readonly expiredSession?: CannedResponse;
  close(): Promise<void>;
}

/**
 * One provider wired into the suite (rclone's per-backend `_test.go` plus its `test_all/config.yaml` entry).
 * `knownFailures` maps a test name to the reason it is expected to fail; such a failure is reported as a skip that
 * quotes the reason, and a pass is flagged so the list can shrink.
 */
export interface ProviderAdapter {
  readonly id: string;
  /** Set when the provider's store or sandbox has not landed: every test is then skipped with this reason. */
  readonly unavailable?: string;
  readonly knownFailures: Readonly<Record<string, string>>;
  /** No server behind it (memory, local disk): the reliability suite's network faults do not apply. */
  readonly offline?: boolean;
  /** The environment variables `--real` reads (the names the examples use). */
  readonly realEnv: readonly string[];
  open(options?: OpenOptions): Promise<OpenedTarget>;
}

/** Reads the `--real` environment or explains which variables are missing. */
export function readRealEnv(adapter: Pick<ProviderAdapter, 'id' | 'realEnv'>): Record<string, string> {
  const out: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of adapter.realEnv) {
    const value = process.env[name];
    if (value === undefined || value === '') missing.push(name);
    else out[name] = value;
  }
  if (missing.length > 0) {
    throw new Error(`${adapter.id}: --real needs the environment variables ${missing.join(', ')}`);
  }
  return out;
}
