import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ProtocolError, readAll } from '../src/index.js';
import { createLocalStore, downloadToFile, isPartialName, OutsideRootError } from '../src/node/index.js';

let dir: string;
let root: string;
let outside: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fileclients-local-'));
  root = join(dir, 'root');
  outside = join(dir, 'outside');
  await mkdir(root);
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'not yours');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function names(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of createLocalStore({ root }).list(path)) out.push(entry.name);
  return out;
}

describe('local store: paths stay under root', () => {
  it('refuses .. above the root with an OutsideRootError naming provider and operation', async () => {
    const store = createLocalStore({ root });
    const error = await store.stat('/../outside/secret.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutsideRootError);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^local stat: .*outside the root/);
    await expect(store.upload('../outside/new.txt', { source: 'x' })).rejects.toBeInstanceOf(OutsideRootError);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it('allows .. that stays inside', async () => {
    const store = createLocalStore({ root });
    await store.mkdir('/a');
    await store.upload('/a/../b.txt', { source: 'b' });
    expect(await readFile(join(root, 'b.txt'), 'utf8')).toBe('b');
  });

  it('refuses a symlink that leads outside, for reads and writes, and leaves it out of listings', async () => {
    await symlink(outside, join(root, 'escape'));
    await symlink(join(outside, 'secret.txt'), join(root, 'escape.txt'));
    await symlink(join(root, 'nowhere'), join(root, 'dangling'));
    const store = createLocalStore({ root });
    await expect(store.stat('/escape/secret.txt')).rejects.toBeInstanceOf(OutsideRootError);
    await expect(store.download('/escape.txt')).rejects.toBeInstanceOf(OutsideRootError);
    await expect(store.upload('/escape/new.txt', { source: 'x' })).rejects.toBeInstanceOf(OutsideRootError);
    await expect(store.mkdir('/escape/sub', { recursive: true })).rejects.toBeInstanceOf(OutsideRootError);
    expect(await names('/')).toEqual([]);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it('follows a symlink that stays inside', async () => {
    await mkdir(join(root, 'real'));
    await writeFile(join(root, 'real', 'f.txt'), 'inside');
    await symlink(join(root, 'real'), join(root, 'alias'));
    const store = createLocalStore({ root });
    expect(await names('/alias')).toEqual(['f.txt']);
    expect(new TextDecoder().decode(await readAll(await store.download('/alias/f.txt')))).toBe('inside');
  });

  it('a missing root is a NotFoundError', async () => {
    await expect(createLocalStore({ root: join(dir, 'none') }).stat('/')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('local store: atomic uploads and partial files', () => {
  it('a failed upload leaves neither the file nor a partial file', async () => {
    const store = createLocalStore({ root });
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1000));
        controller.error(new Error('source broke'));
      },
    });
    await expect(store.upload('/f.bin', { source: failing })).rejects.toThrow(/local upload/);
    expect(await readdir(root)).toEqual([]);
  });

  it('a short body against its declared size is a ProtocolError and the old file is kept', async () => {
    const store = createLocalStore({ root });
    await store.upload('/f.txt', { source: 'old' });
    const error = await store.upload('/f.txt', { source: 'new', size: 10 }, { overwrite: true }).catch((e) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(await readFile(join(root, 'f.txt'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['f.txt']);
  });

  it('during an upload only a partial name exists on disk; listings and stat never show it', async () => {
    const store = createLocalStore({ root });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sent = false;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent) {
          await gate;
          controller.close();
          return;
        }
        sent = true;
        controller.enqueue(new TextEncoder().encode('half'));
      },
    });
    const upload = store.upload('/big.bin', { source: slow });
    let onDisk: string[] = [];
    for (let i = 0; i < 100 && onDisk.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      onDisk = await readdir(root);
    }
    expect(onDisk).toHaveLength(1);
    expect(isPartialName(onDisk[0] ?? '')).toBe(true);
    expect(onDisk[0]).not.toBe('big.bin');
    expect(await names('/')).toEqual([]);
    await expect(store.stat(`/${onDisk[0]}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.upload(`/${onDisk[0]}`, { source: 'x' })).rejects.toBeInstanceOf(ConflictError);
    release();
    await upload;
    expect(await readdir(root)).toEqual(['big.bin']);
  });

  it('downloadToFile names its temp file so that isPartialName recognises it', async () => {
    let seen: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        seen = await readdir(root);
        controller.enqueue(new Uint8Array([1]));
        controller.close();
      },
    });
    // The first pull runs once the temp file is open.
    await downloadToFile(new Response(body), join(root, 'd.bin'), { provider: 'local', operation: 'test' });
    expect(seen.every(isPartialName)).toBe(true);
    expect(await readdir(root)).toEqual(['d.bin']);
  });

  it('isPartialName knows both partial shapes, and nothing else', () => {
    // downloadToFile's and the local store's, and the CLI's, which keeps the target's extension.
    expect(isPartialName('.a.txt.1f2e3d4c5b6a.fileclients-partial')).toBe(true);
    expect(isPartialName('.a.txt.1f2e3d4c5b6a.fileclients-partial.txt')).toBe(true);
    expect(isPartialName('/dir/.b.1f2e3d4c5b6a.fileclients-partial.tar')).toBe(true);
    expect(isPartialName('a.fileclients-partial.tar.gz')).toBe(false);
    expect(isPartialName('fileclients-partial.txt')).toBe(false);
    expect(isPartialName('report.txt')).toBe(false);
    expect(isPartialName('.fileclients-partial/x.txt')).toBe(false);
  });

  it('downloadToFile({ modified }) sets the mtime before publishing', async () => {
    const when = new Date('2020-01-02T03:04:05.000Z');
    const target = join(root, 'm.bin');
    await downloadToFile(new Response('abc'), target, { provider: 'local', operation: 'test', modified: when });
    expect((await stat(target)).mtime.toISOString()).toBe(when.toISOString());
    expect(await readFile(target, 'utf8')).toBe('abc');
  });

  it('a folder holding only abandoned partial files counts as empty and is deleted', async () => {
    await mkdir(join(root, 'd'));
    await writeFile(join(root, 'd', '.x.abc.fileclients-partial'), 'half');
    const store = createLocalStore({ root });
    expect(await names('/d')).toEqual([]);
    await store.delete('/d');
    expect(await readdir(root)).toEqual([]);
  });
});

describe('local store: modification times', () => {
  const when = new Date('2021-04-05T06:07:08.000Z');

  it('upload({ modified }) sets the mtime on disk and in the entry', async () => {
    const store = createLocalStore({ root });
    expect(store.capabilities.setModified).toBe(true);
    const entry = await store.upload('/f.txt', { source: 'x' }, { modified: when });
    expect(entry.modified?.toISOString()).toBe(when.toISOString());
    expect((await stat(join(root, 'f.txt'))).mtime.toISOString()).toBe(when.toISOString());
  });

  it('setModified changes an existing file and refuses a folder', async () => {
    const store = createLocalStore({ root });
    await store.upload('/f.txt', { source: 'x' });
    expect((await store.setModified?.('/f.txt', when))?.modified?.toISOString()).toBe(when.toISOString());
    await store.mkdir('/d');
    await expect(store.setModified?.('/d', when)).rejects.toBeInstanceOf(ConflictError);
  });

  it('reports no hashes', async () => {
    const store = createLocalStore({ root });
    const entry = await store.upload('/f.txt', { source: 'x' });
    expect(entry.hashes).toBeUndefined();
    expect(store.capabilities.hashes).toEqual([]);
  });
});
