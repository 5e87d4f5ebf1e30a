import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { remotesFromEnv } from '../../packages/cli/src/config.js';
import { openRemote } from '../../packages/cli/src/connect.js';
import { isPartial } from '../../packages/cli/src/send.js';
import { walk } from '../../packages/cli/src/walk.js';
import { joinPath } from '../../packages/core/src/index.js';
import { isPartialName } from '../../packages/core/src/node/index.js';

// What bench/suites/cli.ts and the resume runs of packages/cli/docs/resume-run.md share: the CLI bundled for plain
// node (no loader in its RSS), sandboxes each in a child process, a random nested tree on disk, and a way to run the
// CLI and watch its --json events.

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
export const KIB = 1024;
export const MIB = 1024 * 1024;

/** Bundles packages/cli/src/bin.ts (workspace packages from source) into `dir`; returns the script's path. */
export async function bundleCli(dir: string): Promise<string> {
  const outfile = join(dir, 'fileclients.mjs');
  await build({
    entryPoints: [join(root, 'packages', 'cli', 'src', 'bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@fileclients/source'],
    outfile,
    logLevel: 'silent',
    // Some dependencies are CommonJS and require node builtins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

export interface SandboxProcess {
  readonly provider: string;
  readonly url: string;
  readonly pid: number;
  /** FILECLIENTS_REMOTE_<NAME>_* variables that make `name:` reach it. */
  remoteEnv(name: string): Record<string, string>;
  stop(): Promise<void>;
}

/** Starts `provider`'s sandbox in its own tsx process (bench/cli/sandbox-child.ts). */
export async function startSandboxProcess(
  provider: string,
  options: Record<string, unknown> = {},
): Promise<SandboxProcess> {
  const child = spawn(
    tsx,
    [
      '--conditions=@fileclients/source',
      // e.g. --cpu-prof --cpu-prof-dir=DIR, to see where a sandbox's time goes (bench/cli/profile.ts).
      ...(process.env.FILECLIENTS_BENCH_SANDBOX_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== ''),
      join(import.meta.dirname, 'sandbox-child.ts'),
      provider,
      JSON.stringify(options),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${provider} sandbox exited ${code} before it listened`)));
  });
  const { url, credentials } = JSON.parse(line) as { url: string; credentials: Record<string, unknown> };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    provider,
    url,
    pid: child.pid ?? 0,
    remoteEnv(name) {
      const key = `FILECLIENTS_REMOTE_${name.toUpperCase()}_`;
      return {
        [`${key}PROVIDER`]: provider,
        [`${key}URL`]: url,
        [`${key}USER`]: String(credentials.username ?? credentials.login ?? credentials.email ?? ''),
        [`${key}PASSWORD`]: String(credentials.password ?? ''),
        ...(typeof credentials.apiKey === 'string' ? { [`${key}API_KEY`]: credentials.apiKey } : {}),
      };
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * `count` file sizes from 1 KiB to 8 MiB (log-uniform, so most are small, as in a real tree), scaled to add up to
 * about `totalBytes`; the smallest and the largest are always there.
 */
export function fileSizes(count: number, totalBytes: number, seed = 1): number[] {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    // xorshift32: the same tree on every run.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const min = KIB;
  const max = 8 * MIB;
  const raw = Array.from({ length: count }, () => Math.exp(Math.log(min) + random() * Math.log(max / min)));
  if (count >= 1) raw[0] = min;
  if (count >= 2) raw[1] = max;
  // Scale the free ones (not the two fixed) towards the target, clamping, a few times.
  let sizes = raw;
  for (let i = 0; i < 8; i++) {
    const fixed = sizes.slice(0, 2).reduce((a, b) => a + b, 0);
    const free = sizes.slice(2).reduce((a, b) => a + b, 0);
    if (free === 0) break;
    const factor = Math.max(0, totalBytes - fixed) / free;
    sizes = sizes.map((s, j) => (j < 2 ? s : Math.min(max, Math.max(min, s * factor))));
  }
  return sizes.map((s) => Math.round(s));
}

export interface Tree {
  readonly files: number;
  readonly bytes: number;
  readonly folders: number;
}

/** Writes random files of `sizes` under `dir` in nested folders `d0..d9/e0..e3` (and a few at the top). */
export async function writeTree(dir: string, sizes: readonly number[]): Promise<Tree> {
  const folders = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i] ?? 0;
    const folder = i % 17 === 0 ? '' : `d${i % 10}/e${Math.floor(i / 10) % 4}`;
    if (folder !== '') {
      folders.add(folder.split('/')[0] ?? '');
      folders.add(folder);
    }
    const path = join(dir, folder, `f${String(i).padStart(5, '0')}.${['bin', 'txt', 'jpg', 'dat'][i % 4]}`);
    await mkdir(join(dir, folder), { recursive: true });
    await writeFile(path, randomBytes(size));
    bytes += size;
  }
  return { files: sizes.length, bytes, folders: folders.size };
}

export interface CliEvent {
  readonly event: string;
  readonly path?: string;
  readonly size?: number;
  readonly [key: string]: unknown;
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly events: CliEvent[];
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** Peak RSS of the CLI process (from /usr/bin/time), when measured. */
  readonly maxRssMiB?: number;
  /** User + system CPU seconds of the CLI process (from /usr/bin/time), when measured. */
  readonly cpuSeconds?: number;
}

export interface RunOptions {
  readonly env: Record<string, string>;
  /** Measure peak RSS with /usr/bin/time (the CLI then runs as its child; not with `onEvent` kills). */
  readonly measure?: boolean;
  /** Called with every --json event; `kill()` sends SIGKILL to the CLI process. */
  readonly onEvent?: (event: CliEvent, kill: () => void) => void;
}

const TIME = '/usr/bin/time';

/** Runs the bundled CLI with plain node and `argv`; resolves when it exits (whatever the code). */
export function runCli(script: string, argv: readonly string[], options: RunOptions): Promise<CliRun> {
  const measure = options.measure === true && existsSync(TIME);
  const command = measure ? TIME : process.execPath;
  const args = measure ? ['-f', 'MAXRSS=%M CPU=%U %S', process.execPath, script, ...argv] : [script, ...argv];
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
  const events: CliEvent[] = [];
  let stdout = '';
  let stderr = '';
  const kill = (): void => {
    child.kill('SIGKILL');
  };
  // Without /usr/bin/time: the kernel's high-water mark of the process, sampled until it exits (it only grows).
  let hwmKiB = 0;
  const sampler =
    measure || options.measure !== true
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            hwmKiB = Math.max(hwmKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            // gone already
          }
        }, 50);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    stdout += `${line}\n`;
    if (!line.startsWith('{')) return;
    const event = JSON.parse(line) as CliEvent;
    events.push(event);
    options.onEvent?.(event, kill);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if (sampler) clearInterval(sampler);
      const cpu = /CPU=([\d.]+) ([\d.]+)/.exec(stderr);
      const match = /MAXRSS=(\d+)/.exec(stderr) ?? (hwmKiB > 0 ? ['', String(hwmKiB)] : null);
      resolve({
        code,
        signal,
        events,
        stdout,
        stderr: stderr.replace(/^MAXRSS=.*\n?/m, ''),
        ...(cpu?.[1] === undefined ? {} : { cpuSeconds: Number(cpu[1]) + Number(cpu[2]) }),
        wallMs,
        ...(match?.[1] === undefined ? {} : { maxRssMiB: Number(match[1]) / 1024 }),
      });
    });
  });
}

/** Paths of the `copy` events of a run. */
export const copied = (run: CliRun): string[] =>
  run.events.filter((e) => e.event === 'copy' && typeof e.path === 'string').map((e) => e.path as string);

export const summaryOf = (run: CliRun): CliEvent | undefined => run.events.find((e) => e.event === 'summary');

/**
 * Lists `path` of a remote straight from its store, partial names included (the CLI's listings hide them): the
 * complete files (relative path → size) and the partial files. `env` defines the remote as for the CLI.
 */
export async function listDirect(
  remote: string,
  path: string,
  env: Record<string, string>,
): Promise<{ files: Map<string, number>; partials: string[] }> {
  const config = remotesFromEnv(env)[remote];
  if (config === undefined) throw new Error(`no remote ${remote} in the environment given`);
  const { store, root: base } = await openRemote(remote, config);
  const files = new Map<string, number>();
  const partials: string[] = [];
  const top = joinPath(base, path);
  for await (const { rel, entry } of walk(store, top, { partials })) {
    if (entry.kind === 'file') files.set(rel, entry.size ?? 0);
  }
  return { files, partials };
}

/** A partial name of core's local store (`….fileclients-partial`) or of the CLI (`….fileclients-partial.ext`). */
export const isPartialFile = (name: string): boolean => isPartialName(name) || isPartial(name);

export interface ResumeResult {
  readonly pair: string;
  readonly command: string;
  readonly files: number;
  readonly bytes: number;
  /** `copy` events run 1 printed before it was killed. */
  readonly eventsBeforeKill: number;
  /** What the destination held right after the kill, listed directly. */
  readonly completeAtKill: number;
  readonly partialsAtKill: number;
  readonly run2: { readonly code: number | null; readonly summary: CliEvent | undefined; readonly wallMs: number };
  /** Files run 2 copied although they were complete at the destination after run 1. */
  readonly resent: string[];
  /** Partial files at the destination after run 2. */
  readonly partialsAfter: string[];
  readonly filesAfter: number;
  readonly check: { readonly code: number | null; readonly line: string; readonly differences: number };
  readonly run2Stderr: string;
}

/**
 * The resume run: `sync src dst` killed with SIGKILL once `killAt` files were copied, then the same command again,
 * then `check`. `srcRemote:srcPath` must hold `files` files; `dstRemote:dstPath` must not exist yet.
 */
export async function resumeRun(
  script: string,
  env: Record<string, string>,
  src: string,
  dst: { remote: string; path: string },
  expected: { files: number; bytes: number },
  killAt: number,
): Promise<ResumeResult> {
  const target = `${dst.remote}:${dst.path}`;
  const argv = ['--json', 'sync', src, target];
  let seen = 0;
  const run1 = await runCli(script, argv, {
    env,
    onEvent: (event, kill) => {
      if (event.event === 'copy' && ++seen === killAt) kill();
    },
  });
  if (run1.signal !== 'SIGKILL') {
    throw new Error(
      `run 1 was not killed (exit ${run1.code}, ${copied(run1).length} copied): ${run1.stderr.slice(-1000)}`,
    );
  }
  const atKill = await listDirect(dst.remote, dst.path, env);
  const run2 = await runCli(script, argv, { env });
  const again = new Set(copied(run2));
  const resent = [...atKill.files.keys()].filter((rel) => again.has(rel)).sort();
  const after = await listDirect(dst.remote, dst.path, env);
  const checkRun = await runCli(script, ['check', src, target], { env });
  const line = checkRun.stdout.trim().split('\n').at(-1) ?? '';
  const counts = /(\d+) missing, (\d+) extra, (\d+) differing, (\d+) failed/.exec(line);
  const differences = counts ? counts.slice(1).reduce((n, c) => n + Number(c), 0) : Number.NaN;
  return {
    pair: `${src} -> ${target}`,
    command: `fileclients ${argv.join(' ')}`,
    files: expected.files,
    bytes: expected.bytes,
    eventsBeforeKill: copied(run1).length,
    completeAtKill: atKill.files.size,
    partialsAtKill: atKill.partials.length,
    run2: { code: run2.code, summary: summaryOf(run2), wallMs: run2.wallMs },
    resent,
    partialsAfter: after.partials,
    filesAfter: after.files.size,
    check: {
      code: checkRun.code,
      line: `${line}${checkRun.stderr.trim() ? ` / ${checkRun.stderr.trim()}` : ''}`,
      differences,
    },
    run2Stderr: run2.stderr,
  };
}
