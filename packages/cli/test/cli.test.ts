import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../src/address.js';
import { remotesFromEnv } from '../src/config.js';
import { cli, type Run, sandboxRemote, scratch, writeTree } from './helpers.js';

const FILES = {
  'a.txt': 'hello',
  'empty.txt': '',
  'sub/b.txt': 'bee'.repeat(1000),
  'sub/deep/c.bin': new Uint8Array(70_000).fill(7),
};

describe('addresses and config', () => {
  it('parses remote:path and local paths as rclone writes them', () => {
    expect(parseAddress('box:/Photos', '/cwd')).toMatchObject({ remote: 'box', path: '/Photos' });
    expect(parseAddress('box:', '/cwd')).toMatchObject({ remote: 'box', path: '/' });
    expect(parseAddress('./dir', '/cwd')).toMatchObject({ remote: undefined, path: '/cwd/dir' });
    expect(parseAddress('local:/abs/x', '/cwd')).toMatchObject({ remote: undefined, path: '/abs/x' });
    expect(parseAddress('/a/b:c', '/cwd')).toMatchObject({ remote: undefined, path: '/a/b:c' });
    expect(() => parseAddress('bad name:/x', '/cwd')).toThrow(/malformed address/);
  });

  it('reads remotes from environment variables alone', () => {
    expect(
      remotesFromEnv({ FILECLIENTS_REMOTE_MY_BOX_PROVIDER: 'boxnet', FILECLIENTS_REMOTE_MY_BOX_API_KEY: 'k' }),
    ).toEqual({ my_box: { provider: 'boxnet', apiKey: 'k' } });
  });
});

describe('remote add / list / remove', () => {
  const s = scratch();
  afterAll(() => s.remove());

  it('keeps the password out of argv, output and the file mode', async () => {
    const run = cli({ configDir: s.dir }, { askSecret: async () => 'hunter2-secret' });
    const added = await run('remote', 'add', 'car', '--provider', 'carbonio', '--url', 'http://x', '--user', 'u');
    expect(added.code).toBe(0);
    const file = join(s.dir, 'fileclients', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).remotes.car).toMatchObject({
      provider: 'carbonio-files',
      password: 'hunter2-secret',
    });
    const listed = await run('remote', 'list');
    expect(listed.stdout).toContain('car: carbonio-files (http://x, user u), password set [config]');
    expect(listed.stdout + listed.stderr + added.stdout).not.toContain('hunter2');
    expect((await run('remote', 'remove', 'car')).code).toBe(0);
    expect((await run('remote', 'list')).stdout).toBe('');
  });

  it('without a terminal and without FILECLIENTS_PASSWORD it says what to do', async () => {
    const r = await cli({ configDir: s.dir })(
      'remote',
      'add',
      'x',
      '--provider',
      'filecloud',
      '--url',
      'u',
      '--user',
      'u',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('set FILECLIENTS_PASSWORD');
  });
});

describe('commands against the sandboxes and the local disk', () => {
  const s = scratch();
  let box: Awaited<ReturnType<typeof sandboxRemote>>;
  let car: Awaited<ReturnType<typeof sandboxRemote>>;
  let run: (...argv: string[]) => Promise<Run>;
  beforeAll(async () => {
    [box, car] = await Promise.all([sandboxRemote('boxnet', 'box'), sandboxRemote('carbonio-files', 'car')]);
    writeTree(join(s.dir, 'src'), FILES);
    run = cli({ configDir: s.dir, env: { ...box.env, ...car.env } });
  });
  afterAll(async () => {
    await Promise.all([box.stop(), car.stop()]);
    s.remove();
  });

  it('sync --dry-run changes nothing and says what it would do', async () => {
    const r = await run('sync', '--dry-run', join(s.dir, 'src'), 'box:/T');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would copy sub/b.txt (2.9 KiB)');
    expect((await run('ls', 'box:/T')).code).toBe(3);
  });

  it('sync copies a tree, a rerun sends nothing, check finds 0 differences', async () => {
    const first = await run('sync', join(s.dir, 'src'), 'box:/T');
    expect(first.stdout).toContain('done: 4 copied, 0 unchanged');
    const second = await run('sync', 'box:/T', 'car:/LOCAL_ROOT/T');
    expect(second.stdout).toContain('done: 4 copied');
    const again = await run('sync', 'box:/T', 'car:/T');
    expect(again.stdout).toContain('done: 0 copied, 4 unchanged');
    const checked = await run('check', '--checksum', join(s.dir, 'src'), 'car:/T');
    expect(checked.stdout).toContain('check: 4 matching, 0 missing, 0 extra, 0 differing');
    expect(checked.code).toBe(0);
    expect((await run('cat', 'car:/T/sub/b.txt')).stdout).toBe('bee'.repeat(1000));
  });

  it('ls -R --json, stat, mkdir -p, mv, rm -r', async () => {
    const listed = await run('--json', 'ls', '-R', 'box:/T');
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; size?: number });
    expect(rows.find((r) => r.path === 'sub/deep/c.bin')?.size).toBe(70_000);
    expect((await run('stat', 'box:/T/a.txt')).stdout).toContain('size:     5');
    expect((await run('mkdir', '-p', 'car:/N/x/y')).code).toBe(0);
    expect((await run('mv', 'car:/T/a.txt', 'car:/N/x')).code).toBe(0);
    expect((await run('cat', 'car:/N/x/a.txt')).stdout).toBe('hello');
    expect((await run('rm', 'car:/N')).code).toBe(2);
    expect((await run('rm', '-r', 'car:/N')).code).toBe(0);
    expect((await run('stat', 'car:/N')).code).toBe(3);
  });

  it('check reports missing, extra and differing, exit 1', async () => {
    writeTree(join(s.dir, 'other'), { 'a.txt': 'HELLO', 'new.txt': 'n' });
    const r = await run('check', '--checksum', join(s.dir, 'other'), 'box:/T');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing in destination new.txt');
    expect(r.stdout).toContain('only in destination empty.txt');
    expect(r.stdout).toContain('differs a.txt');
  });

  it('sync --delete removes extras; partial files under final names never appear', async () => {
    const dst = join(s.dir, 'mirror');
    expect((await run('sync', 'box:/T', dst)).code).toBe(0);
    writeTree(dst, { 'extra.txt': 'x' });
    const r = await run('sync', '--delete', 'box:/T', dst);
    expect(r.stdout).toContain('deleted extra.txt');
    expect(existsSync(join(dst, 'extra.txt'))).toBe(false);
    expect(readdirSync(dst).sort()).toEqual(['a.txt', 'empty.txt', 'sub']);
  });

  it('cp of one file into a folder, --json events and summary', async () => {
    const r = await run('--json', 'cp', 'box:/T/a.txt', `${join(s.dir, 'one')}/`);
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string });
    expect(events.map((e) => e.event)).toEqual(['mkdir', 'plan', 'copy', 'summary']);
    expect(readFileSync(join(s.dir, 'one', 'a.txt'), 'utf8')).toBe('hello');
  });

  it('bad input: one line, non-zero exit, no stack, no secret', async () => {
    const cases: [string[], number, RegExp][] = [
      [['ls', 'nope:/x'], 2, /unknown remote "nope"/],
      [['ls', 'bad name:/x'], 2, /malformed address/],
      [['ls', 'box:/missing'], 3, /does not exist/],
      [['sync', '--transfers', '0', 'box:/T', 'car:/T'], 2, /at least 1/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const wrong = cli({ configDir: s.dir, env: { ...box.env, FILECLIENTS_REMOTE_BOX_PASSWORD: 'wrong-pass-123' } });
    const denied = await wrong('ls', 'box:/');
    expect(denied.code).toBe(4);
    expect(denied.stderr.trim().split('\n')).toHaveLength(1);
    expect(denied.stderr).not.toContain('wrong-pass-123');
    const down = cli({
      configDir: s.dir,
      env: {
        FILECLIENTS_REMOTE_D_PROVIDER: 'filecloud',
        FILECLIENTS_REMOTE_D_URL: 'http://127.0.0.1:9',
        FILECLIENTS_REMOTE_D_USER: 'u',
        FILECLIENTS_REMOTE_D_PASSWORD: 'pw-secret-9',
      },
    });
    const r = await down('ls', 'd:/');
    expect(r.code).toBe(5);
    expect(r.stderr).not.toContain('pw-secret-9');
  });

  it('Ctrl-C stops cleanly and says how far it got; the rerun finishes', async () => {
    const controller = new AbortController();
    controller.abort();
    const interrupted = await cli({ configDir: s.dir, env: { ...box.env, ...car.env } }, { signal: controller.signal })(
      'sync',
      'box:/T',
      'car:/Z',
    );
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('interrupted');
    const rerun = await run('sync', 'box:/T', 'car:/Z');
    expect(rerun.code).toBe(0);
  });
});
