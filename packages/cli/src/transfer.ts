import { type FileEntry, isFileClientError, joinPath } from '@fileclients/core';
import type { Location } from './connect.js';
import { CliError, describeError, EXIT, InterruptedError } from './errors.js';
import { formatBytes } from './io.js';
import { pool } from './pool.js';
import type { Reporter } from './reporter.js';
import { sendFile } from './send.js';
import { compareFiles, readTree } from './walk.js';

export interface TransferOptions {
  readonly dryRun?: boolean;
  /** sync: remove destination entries the source does not have. */
  readonly delete?: boolean;
  readonly transfers?: number;
  readonly retries?: number;
  readonly checksum?: boolean;
  readonly signal?: AbortSignal;
  readonly backoffMs?: number;
}

interface FileJob {
  readonly rel: string;
  readonly src: FileEntry;
  readonly dstPath: string;
  readonly existing: FileEntry | undefined;
}

export async function statOrUndefined(location: Location, signal?: AbortSignal): Promise<FileEntry | undefined> {
  try {
    return await location.store.stat(location.path, signal ? { signal } : {});
  } catch (error) {
    if (isFileClientError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}

/**
 * `cp` and `sync`: makes `dst` hold what `src` holds. A file source goes to `dst` (or into it when `dst` is a
 * folder or ends with '/'); a folder source's contents go into the `dst` folder. Unchanged files are skipped,
 * which is what makes a rerun after an interruption resume. Returns the exit code.
 */
export async function transfer(
  src: Location,
  dst: Location,
  reporter: Reporter,
  options: TransferOptions,
): Promise<number> {
  const signal = options.signal;
  const srcEntry = await src.store.stat(src.path, signal ? { signal } : {});
  const dstEntry = await statOrUndefined(dst, signal);
  const jobs: FileJob[] = [];
  const folders: { path: string; rel: string }[] = [];
  const extras: { rel: string; entry: FileEntry }[] = [];
  const partials: string[] = [];
  if (srcEntry.kind === 'file') {
    const into = dstEntry?.kind === 'folder' || (dstEntry === undefined && dst.trailingSlash);
    const dstPath = into ? joinPath(dst.path, srcEntry.name) : dst.path;
    if (into && dstEntry === undefined) folders.push({ path: dst.path, rel: dst.label });
    const existing = into ? await statOrUndefined({ ...dst, path: dstPath }, signal) : dstEntry;
    jobs.push({ rel: srcEntry.name, src: srcEntry, dstPath, existing });
  } else {
    if (dstEntry?.kind === 'file') {
      throw new CliError(
        `${dst.label} is a file, and the source is a folder`,
        'give a folder as destination',
        EXIT.usage,
      );
    }
    if (dstEntry === undefined) folders.push({ path: dst.path, rel: dst.label });
    const srcTree = await readTree(src.store, src.path, signal ? { signal } : {});
    const dstTree =
      dstEntry === undefined
        ? new Map<string, FileEntry>()
        : await readTree(dst.store, dst.path, { partials, ...(signal ? { signal } : {}) });
    for (const [rel, entry] of srcTree) {
      const there = dstTree.get(rel);
      const dstPath = joinPath(dst.path, rel);
      if (entry.kind === 'folder') {
        if (there === undefined) folders.push({ path: dstPath, rel });
        else if (there.kind === 'file')
          reporter.item({ action: 'fail', path: rel, error: "a file in the destination has this folder's name" });
        continue;
      }
      if (there?.kind === 'folder') {
        reporter.item({ action: 'fail', path: rel, error: "a folder in the destination has this file's name" });
        continue;
      }
      jobs.push({ rel, src: entry, dstPath, existing: there });
    }
    if (options.delete) {
      for (const [rel, entry] of dstTree) {
        if (srcTree.has(rel)) continue;
        const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        if (parent !== '' && !srcTree.has(parent)) continue; // goes with its folder
        extras.push({ rel, entry });
      }
    }
  }

  // Metadata comparisons are cheap; --checksum ones download, so they run in the pool with the copies.
  const todo: FileJob[] = [];
  for (const job of jobs) {
    if (job.existing && !options.checksum && (await compareFiles(job.src, job.existing)) === 'same') {
      reporter.item({ action: 'skip', path: job.rel, size: job.src.size ?? 0 });
    } else todo.push(job);
  }

  for (const folder of folders) {
    if (!options.dryRun) await dst.store.mkdir(folder.path, { recursive: true, ...(signal ? { signal } : {}) });
    reporter.item({ action: 'mkdir', path: folder.rel, dryRun: options.dryRun === true });
  }

  reporter.begin(
    todo.length,
    todo.reduce((n, j) => n + (j.src.size ?? 0), 0),
  );
  await pool(
    todo,
    options.transfers ?? 4,
    async (job) => {
      try {
        if (
          job.existing &&
          options.checksum &&
          (await compareFiles(job.src, job.existing, {
            checksum: true,
            src: src.store,
            dst: dst.store,
            ...(signal ? { signal } : {}),
          })) === 'same'
        ) {
          reporter.item({ action: 'skip', path: job.rel, size: job.src.size ?? 0 });
          return;
        }
        if (options.dryRun) {
          reporter.item({ action: 'copy', path: job.rel, size: job.src.size ?? 0, dryRun: true });
          return;
        }
        reporter.fileStart(job.rel, job.src.size ?? 0);
        await sendFile(src, job.src, dst, job.dstPath, job.existing !== undefined, {
          ...(signal ? { signal } : {}),
          ...(options.retries === undefined ? {} : { retries: options.retries }),
          ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
          onProgress: (bytes) => reporter.fileProgress(job.rel, bytes),
        });
        reporter.item({ action: 'copy', path: job.rel, size: job.src.size ?? 0 });
      } catch (error) {
        if (signal?.aborted) return;
        reporter.item({ action: 'fail', path: job.rel, error: describeError(error).line });
      } finally {
        reporter.fileEnd(job.rel);
      }
    },
    signal,
  );

  if (!signal?.aborted && extras.length > 0) {
    if (reporter.summary.failed > 0) {
      reporter.item({ action: 'fail', path: dst.label, error: 'not deleting extra files because some items failed' });
    } else {
      for (const { rel, entry } of extras.reverse()) {
        if (signal?.aborted) break;
        try {
          if (!options.dryRun) await dst.store.delete(entry.path, { recursive: true, ...(signal ? { signal } : {}) });
          reporter.item({
            action: 'delete',
            path: rel,
            ...(entry.size === undefined ? {} : { size: entry.size }),
            dryRun: options.dryRun === true,
          });
        } catch (error) {
          if (!signal?.aborted) reporter.item({ action: 'fail', path: rel, error: describeError(error).line });
        }
      }
    }
  }
  // Partial files left by a run that was killed: nobody else writes these names, so they can go.
  if (!options.dryRun && !signal?.aborted) {
    for (const path of partials) await dst.store.delete(path).catch(() => undefined);
  }

  const interrupted = signal?.aborted === true;
  reporter.end('transfer', interrupted);
  if (interrupted) {
    const s = reporter.summary;
    throw new InterruptedError(
      `interrupted: ${s.copied} of ${todo.length} files copied (${formatBytes(s.bytes)}), ${s.failed} failed`,
    );
  }
  return reporter.summary.failed > 0 ? EXIT.partial : EXIT.ok;
}
