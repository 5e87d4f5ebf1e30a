import { baseName, type FileEntry, joinPath, parentPath, streamChunks } from '@fileclients/core';
import type { Context } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { statOrUndefined, transfer } from '../transfer.js';
import { walk } from '../walk.js';

function entryJson(entry: FileEntry, path: string): string {
  return JSON.stringify({
    path,
    name: entry.name,
    kind: entry.kind,
    ...(entry.size === undefined ? {} : { size: entry.size }),
    ...(entry.modified === undefined ? {} : { modified: entry.modified.toISOString() }),
    ...(entry.hashes === undefined ? {} : { hashes: entry.hashes }),
    ...(entry.id === undefined ? {} : { id: entry.id }),
  });
}

function entryLine(entry: FileEntry, path: string): string {
  const size = entry.kind === 'folder' ? '-' : String(entry.size ?? '?');
  const when = entry.modified ? entry.modified.toISOString().replace('.000Z', 'Z') : '-';
  return `${size.padStart(12)}  ${when.padEnd(20)}  ${path}${entry.kind === 'folder' ? '/' : ''}`;
}

export async function ls(ctx: Context, address: string, options: { recursive?: boolean }): Promise<number> {
  const at = await ctx.location(address);
  const signal = ctx.io.signal;
  const entry = await at.store.stat(at.path, signal ? { signal } : {});
  const print = (e: FileEntry, rel: string) => ctx.out(ctx.options.json ? entryJson(e, rel) : entryLine(e, rel));
  if (entry.kind === 'file') {
    print(entry, entry.name);
    return EXIT.ok;
  }
  for await (const { rel, entry: child } of walk(at.store, at.path, {
    recursive: options.recursive === true,
    ...(signal ? { signal } : {}),
  })) {
    print(child, rel);
  }
  return EXIT.ok;
}

export async function stat(ctx: Context, address: string): Promise<number> {
  const at = await ctx.location(address);
  const entry = await at.store.stat(at.path);
  if (ctx.options.json) {
    ctx.out(entryJson(entry, address));
    return EXIT.ok;
  }
  ctx.out(`path:     ${address}`);
  ctx.out(`kind:     ${entry.kind}`);
  if (entry.size !== undefined) ctx.out(`size:     ${entry.size}`);
  if (entry.modified !== undefined) ctx.out(`modified: ${entry.modified.toISOString()}`);
  for (const [kind, value] of Object.entries(entry.hashes ?? {})) ctx.out(`${`${kind}:`.padEnd(10)}${value}`);
  if (entry.id !== undefined) ctx.out(`id:       ${entry.id}`);
  return EXIT.ok;
}

export async function cat(ctx: Context, address: string): Promise<number> {
  const at = await ctx.location(address);
  const signal = ctx.io.signal;
  const entry = await at.store.stat(at.path);
  if (entry.kind === 'folder')
    throw new CliError(`${address} is a folder`, 'cat prints files; use ls for folders', EXIT.usage);
  const stream = await at.store.download(at.path, signal ? { signal } : {});
  for await (const chunk of streamChunks(stream)) ctx.io.stdout.write(chunk);
  return EXIT.ok;
}

export async function mkdir(
  ctx: Context,
  address: string,
  options: { parents?: boolean; dryRun?: boolean },
): Promise<number> {
  const at = await ctx.location(address);
  if (options.dryRun) {
    ctx.out(`would make folder ${address}`);
    return EXIT.ok;
  }
  await at.store.mkdir(at.path, { recursive: options.parents === true });
  return EXIT.ok;
}

export async function rm(
  ctx: Context,
  address: string,
  options: { recursive?: boolean; dryRun?: boolean },
): Promise<number> {
  const at = await ctx.location(address);
  const entry = await at.store.stat(at.path);
  if (entry.kind === 'folder' && !options.recursive) {
    throw new CliError(`${address} is a folder`, 'use rm -r to delete it with everything in it', EXIT.usage);
  }
  if (at.path === '/')
    throw new CliError('refusing to delete the root of a remote', 'delete what is in it instead', EXIT.usage);
  if (options.dryRun) {
    ctx.out(`would delete ${address}${entry.kind === 'folder' ? '/' : ''}`);
    return EXIT.ok;
  }
  await at.store.delete(at.path, { recursive: options.recursive === true });
  return EXIT.ok;
}

/**
 * `mv SRC DST`: into DST when it is an existing folder, else to the path DST. On one remote the server moves and
 * renames; between remotes the data is copied (losslessly) and the source deleted only once the copy succeeded.
 */
export async function mv(ctx: Context, source: string, target: string, options: { dryRun?: boolean }): Promise<number> {
  const from = await ctx.location(source);
  const to = await ctx.location(target);
  const entry = await from.store.stat(from.path);
  const there = await statOrUndefined(to);
  const into = there?.kind === 'folder';
  if (there !== undefined && !into)
    throw new CliError(`${target} already exists`, 'remove it first or give a folder', EXIT.usage);
  const dstPath = into ? joinPath(to.path, entry.name) : to.path;
  if (options.dryRun) {
    ctx.out(`would move ${source} to ${into ? `${target}/${entry.name}` : target}`);
    return EXIT.ok;
  }
  if (from.remote === to.remote && from.store === to.store) {
    const folder = parentPath(dstPath);
    const name = baseName(dstPath);
    let at = from.path;
    if (parentPath(at) !== folder) at = (await from.store.move(at, folder)).path;
    if (baseName(at) !== name) await from.store.rename(at, name);
    return EXIT.ok;
  }
  const reporter = ctx.reporter();
  const dst = { ...to, path: dstPath, trailingSlash: false };
  const code = await transfer(from, dst, reporter, { ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) });
  if (code !== EXIT.ok) {
    throw new CliError(
      `some files of ${source} could not be copied; the source was kept`,
      'fix the errors above and run mv again',
      EXIT.partial,
    );
  }
  await from.store.delete(from.path, { recursive: true });
  return EXIT.ok;
}
