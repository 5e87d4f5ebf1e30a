import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../files.js';
import type { SpecKind } from './types.js';

/** How a running server hands out the spec: a path below its base URL, and the login it needs. */
export interface LiveEndpoint {
  readonly endpoint: string;
  /** `carbonio`: SOAP AuthRequest → ZM_AUTH_TOKEN cookie (or CARBONIO_TOKEN); `none`: no login. */
  readonly auth: 'carbonio' | 'none';
  /** The environment variable that holds the server's base URL (the same one the examples read). */
  readonly baseUrlEnv?: string;
}

/**
 * Provenance of one contract file in specs/<provider>/source.json: where its content comes from and the sha256 of
 * what we hold. `origin` says what the bytes are now: our own text (`written-by-us`, with the facts in
 * `writtenFrom`), a copy of an upstream document (`upstream`) or what a live server served (`live-server`).
 */
export interface SourceEntry {
  readonly file: string;
  readonly kind: SpecKind;
  readonly origin: 'written-by-us' | 'upstream' | 'live-server';
  /** The facts our text is written from: paths relative to the workspace (../shared/...), or URLs. */
  readonly writtenFrom?: readonly string[];
  /** The upstream document this spec follows, when there is one. */
  readonly upstream?: string;
  /** Where a running server serves this spec, for `pnpm specs:pull <provider>` without --from. */
  readonly live?: LiveEndpoint;
  /** What the last `specs:pull` read (a URL, a server endpoint or a file name; never credentials). */
  readonly pulledFrom?: string;
  readonly sha256: string;
}

export interface SourceJson {
  readonly $comment?: string;
  readonly provider: string;
  readonly specs: readonly SourceEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sourcePath(root: string, provider: string): string {
  return join(root, 'specs', provider, 'source.json');
}

/** Reads specs/<provider>/source.json; undefined when the provider has none yet. */
export function readSource(root: string, provider: string): SourceJson | undefined {
  const path = sourcePath(root, provider);
  if (!existsSync(path)) return undefined;
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(raw) || raw.provider !== provider || !Array.isArray(raw.specs)) {
    throw new Error(`${path}: expected { "provider": "${provider}", "specs": [...] }`);
  }
  for (const entry of raw.specs) {
    if (!isRecord(entry) || typeof entry.file !== 'string' || typeof entry.sha256 !== 'string') {
      throw new Error(`${path}: every spec entry needs "file" and "sha256"`);
    }
    if (!['written-by-us', 'upstream', 'live-server'].includes(String(entry.origin))) {
      throw new Error(`${path}: ${entry.file}: "origin" is one of written-by-us, upstream, live-server`);
    }
  }
  return raw as unknown as SourceJson;
}

export function writeSource(root: string, source: SourceJson): void {
  writeFileSync(sourcePath(root, source.provider), `${JSON.stringify(source, null, 2)}\n`);
}

/** A spec whose bytes no longer match the sha256 its source.json records. */
export interface StaleSource {
  readonly provider: string;
  readonly file: string;
  readonly recorded: string;
  readonly actual: string | undefined;
}

/** Compares every recorded sha256 of one provider with the file on disk. */
export function checkSource(root: string, provider: string): StaleSource[] {
  const source = readSource(root, provider);
  if (!source) return [];
  const stale: StaleSource[] = [];
  for (const entry of source.specs) {
    const path = join(root, 'specs', provider, entry.file);
    const actual = existsSync(path) ? sha256(readFileSync(path)) : undefined;
    if (actual !== entry.sha256) stale.push({ provider, file: entry.file, recorded: entry.sha256, actual });
  }
  return stale;
}

/**
 * Records that `file` now holds content brought in by a pull: new sha256, the origin, and what it was read from.
 * The other fields (facts, upstream URL, live endpoint) stay, so the next pull knows where to look again.
 */
export function recordPull(
  root: string,
  provider: string,
  entry: { file: string; kind: SpecKind; content: string; origin: SourceEntry['origin']; pulledFrom: string },
): void {
  const source = readSource(root, provider) ?? { provider, specs: [] };
  const previous = source.specs.find((s) => s.file === entry.file);
  const next: SourceEntry = {
    ...(previous ?? { file: entry.file, kind: entry.kind }),
    origin: entry.origin,
    pulledFrom: entry.pulledFrom,
    sha256: sha256(entry.content),
  };
  const specs = previous ? source.specs.map((s) => (s === previous ? next : s)) : [...source.specs, next];
  writeSource(root, { ...source, specs });
}

/** Records the sha256 of specs edited here by hand (origin and facts stay); returns the files whose sha256 moved. */
export function recordHandEdits(root: string, provider: string): string[] {
  const source = readSource(root, provider);
  if (!source) return [];
  const moved: string[] = [];
  const specs = source.specs.map((entry) => {
    const path = join(root, 'specs', provider, entry.file);
    if (!existsSync(path)) return entry;
    const actual = sha256(readFileSync(path));
    if (actual === entry.sha256) return entry;
    moved.push(entry.file);
    return { ...entry, sha256: actual };
  });
  if (moved.length > 0) writeSource(root, { ...source, specs });
  return moved;
}
