import type { FileEntry } from '@fileclients/core';
import type { Location } from './connect.js';
import { describeError, EXIT, InterruptedError } from './errors.js';
import { pool } from './pool.js';
import type { Reporter } from './reporter.js';
import { compareFiles, readTree } from './walk.js';

export interface CheckOptions {
  readonly checksum?: boolean;
  readonly transfers?: number;
  readonly signal?: AbortSignal;
}

/** `check`: files missing from `dst`, extra in `dst`, and differing; exit 1 when there is any. */
export async function check(src: Location, dst: Location, reporter: Reporter, options: CheckOptions): Promise<number> {
  const signal = options.signal;
  const opts = signal ? { signal } : {};
  const srcRoot = await src.store.stat(src.path, opts);
  const dstRoot = await dst.store.stat(dst.path, opts);
  const single = srcRoot.kind === 'file' || dstRoot.kind === 'file';
  const srcTree = single ? new Map([[srcRoot.name, srcRoot]]) : await readTree(src.store, src.path, opts);
  const dstTree = single ? new Map([[srcRoot.name, dstRoot]]) : await readTree(dst.store, dst.path, opts);
  const pairs: { rel: string; a: FileEntry; b: FileEntry }[] = [];
  for (const [rel, a] of srcTree) {
    const b = dstTree.get(rel);
    if (b === undefined) reporter.item({ action: 'missing', path: rel });
    else if (a.kind !== b.kind)
      reporter.item({ action: 'differ', path: rel, error: `${a.kind} here, ${b.kind} there` });
    else if (a.kind === 'file') pairs.push({ rel, a, b });
  }
  for (const rel of dstTree.keys()) if (!srcTree.has(rel)) reporter.item({ action: 'extra', path: rel });
  reporter.begin(0, 0);
  await pool(
    pairs,
    options.transfers ?? 4,
    async ({ rel, a, b }) => {
      try {
        const verdict = await compareFiles(a, b, {
          checksum: options.checksum === true,
          src: src.store,
          dst: dst.store,
          ...opts,
        });
        reporter.item({
          action: verdict === 'same' ? 'match' : 'differ',
          path: rel,
          ...(a.size === undefined ? {} : { size: a.size }),
        });
      } catch (error) {
        if (!signal?.aborted) reporter.item({ action: 'fail', path: rel, error: describeError(error).line });
      }
    },
    signal,
  );
  reporter.end('check', signal?.aborted === true);
  if (signal?.aborted) throw new InterruptedError('check interrupted');
  const s = reporter.summary;
  return s.missing + s.extra + s.differ + s.failed > 0 ? EXIT.partial : EXIT.ok;
}
