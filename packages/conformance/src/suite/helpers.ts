import { createHash, randomBytes } from 'node:crypto';
import type { StoreCapabilities } from '@fileclients/core';
import {
  type FileEntry,
  type FileStore,
  isConflictError,
  isFileClientError,
  isNotFoundError,
  joinPath,
} from '@fileclients/core';

/** A failed expectation inside a conformance test; its message says what the store did instead. */
export class ExpectationError extends Error {
  override readonly name = 'ExpectationError';
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ExpectationError(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new ExpectationError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** A random name part, so parallel runs and leftovers of a crashed run never collide. */
export function randomId(): string {
  return randomBytes(6).toString('hex');
}

export function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads a download whole and hashes it (the suite's files are small except the large one, hashed by streaming). */
export async function streamDigest(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    hash.update(next.value);
    bytes += next.value.byteLength;
  }
  return { bytes, sha256: hash.digest('hex') };
}

export async function downloadDigest(store: FileStore, path: string): Promise<{ bytes: number; sha256: string }> {
  return streamDigest(await store.download(path));
}

export async function expectContent(store: FileStore, path: string, data: Uint8Array): Promise<void> {
  const got = await downloadDigest(store, path);
  equal(got.bytes, data.byteLength, `bytes downloaded from ${path}`);
  equal(got.sha256, sha256(data), `sha256 of ${path}`);
}

export async function listAll(store: FileStore, path: string): Promise<FileEntry[]> {
  const out: FileEntry[] = [];
  for await (const entry of store.list(path)) out.push(entry);
  return out;
}

export async function names(store: FileStore, path: string): Promise<string[]> {
  return (await listAll(store, path)).map((entry) => entry.name).sort();
}

export async function put(store: FileStore, path: string, data: Uint8Array | string): Promise<FileEntry> {
  const bytes = typeof data === 'string' ? text(data) : data;
  return store.upload(path, { source: bytes, size: bytes.byteLength });
}

export async function exists(store: FileStore, path: string): Promise<boolean> {
  try {
    await store.stat(path);
    return true;
  } catch (error) {
    if (isNotFoundError(error)) return false;
    throw error;
  }
}

type ErrorClass = 'NotFoundError' | 'ConflictError';

/** Runs `action` and demands the given core error class (checked with core's guards, not instanceof). */
export async function expectError(kind: ErrorClass, what: string, action: () => Promise<unknown>): Promise<void> {
  let result: unknown;
  try {
    result = await action();
  } catch (error) {
    const ok = kind === 'NotFoundError' ? isNotFoundError(error) : isConflictError(error);
    if (ok) return;
    const got = isFileClientError(error) ? `${error.name} (${error.message})` : describeThrown(error);
    throw new ExpectationError(`${what}: expected ${kind}, got ${got}`);
  }
  throw new ExpectationError(`${what}: expected ${kind}, but it succeeded with ${JSON.stringify(summary(result))}`);
}

function summary(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'path' in value) return (value as { path: unknown }).path;
  return value === undefined ? 'undefined' : typeof value;
}

export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `non-error ${typeof error}: ${String(error)}`;
}

/**
 * Deterministic pseudo-random bytes in chunks (xorshift), so a large upload needs neither memory nor disk and both
 * sides can be hashed while streaming.
 */
export function* patternChunks(total: number, chunkSize = 1024 * 1024, seed = 0x9e3779b9): Generator<Uint8Array> {
  let state = seed >>> 0 || 1;
  let left = total;
  while (left > 0) {
    const size = Math.min(chunkSize, left);
    const chunk = new Uint8Array(size);
    const words = new Uint32Array(chunk.buffer, 0, size >>> 2);
    for (let i = 0; i < words.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      words[i] = state >>> 0;
    }
    for (let i = words.length * 4; i < size; i++) chunk[i] = i & 0xff;
    left -= size;
    yield chunk;
  }
}

export function patternDigest(total: number): string {
  const hash = createHash('sha256');
  for (const chunk of patternChunks(total)) hash.update(chunk);
  return hash.digest('hex');
}

/** An async-iterable source (a stream of unknown length to the transport unless the size is declared). */
export async function* patternStream(total: number): AsyncGenerator<Uint8Array> {
  for (const chunk of patternChunks(total)) yield chunk;
}

export function child(dir: string, name: string): string {
  return joinPath(dir, name);
}

/** A skip rule: the test needs this capability of the store. */
export function needs(flag: keyof StoreCapabilities, reason: string): (caps: StoreCapabilities) => string | undefined {
  return (caps) => (caps[flag] ? undefined : reason);
}
