import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, type Run, sandboxRemote, scratch, writeTree } from './helpers.js';

// How the CLI talks to the servers: over core's node:http transport (not the global fetch), and with stores that
// remember what they listed, so a sync re-lists nothing per file and a change it makes is seen by the next step.

describe('sync over core node:http transport, with remembering stores', () => {
  const s = scratch();
  let box: Awaited<ReturnType<typeof sandboxRemote>>;
  let car: Awaited<ReturnType<typeof sandboxRemote>>;
  let run: (...argv: string[]) => Promise<Run>;
  beforeAll(async () => {
    [box, car] = await Promise.all([sandboxRemote('boxnet', 'box'), sandboxRemote('carbonio-files', 'car')]);
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${i % 3}/e${i % 2}/f${i}.txt`] = `file ${i} `.repeat(i + 1);
    writeTree(join(s.dir, 'src'), files);
    run = cli({ configDir: s.dir, env: { ...box.env, ...car.env } });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await Promise.all([box.stop(), car.stop()]);
    s.remove();
  });

  it('never calls the global fetch', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect((await run('sync', join(s.dir, 'src'), 'box:/T')).code).toBe(0);
    expect((await run('sync', 'box:/T', 'car:/T')).code).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a second sync into changed folders sends what changed; check finds 0 differences', async () => {
    // Between runs the destination changes: a file deleted, one replaced by other content, a folder removed.
    expect((await run('rm', 'car:/T/d0/e0/f0.txt')).code).toBe(0);
    expect((await run('rm', '-r', 'car:/T/d1')).code).toBe(0);
    writeTree(join(s.dir, 'other'), { 'f2.txt': 'other content, other size' });
    expect((await run('rm', 'car:/T/d2/e0/f2.txt')).code).toBe(0);
    expect((await run('cp', join(s.dir, 'other', 'f2.txt'), 'car:/T/d2/e0/f2.txt')).code).toBe(0);
    const again = await run('sync', 'box:/T', 'car:/T');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('done: 6 copied, 6 unchanged');
    const checked = await run('check', '--checksum', join(s.dir, 'src'), 'car:/T');
    expect(checked.stdout).toContain('check: 12 matching, 0 missing, 0 extra, 0 differing');
    expect((await run('cat', 'car:/T/d2/e0/f2.txt')).stdout).toBe('file 2 '.repeat(3));
  });
});
