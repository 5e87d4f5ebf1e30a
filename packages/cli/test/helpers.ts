import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type SandboxProvider, startSandbox } from '@fileclients/sandbox';
import type { Io } from '../src/io.js';
import { runCli } from '../src/program.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output, a scratch config and `env` on top of nothing. */
export function cli(
  base: { configDir: string; cwd?: string; env?: Record<string, string> },
  extra: Partial<Io> = {},
): (...argv: string[]) => Promise<Run> {
  return async (...argv) => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: { write: (d) => (stdout += typeof d === 'string' ? d : Buffer.from(d).toString('utf8')) },
      stderr: { write: (d) => (stderr += typeof d === 'string' ? d : Buffer.from(d).toString('utf8')) },
      env: { XDG_CONFIG_HOME: base.configDir, ...base.env },
      cwd: base.cwd ?? base.configDir,
      home: base.configDir,
      ...extra,
    };
    const code = await runCli(argv, io);
    return { code, stdout, stderr };
  };
}

export function scratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fileclients-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files under `root`: { 'a/b.txt': 'text' }. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, data] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

/** Env variables that define a remote named `name` on a running sandbox. */
export async function sandboxRemote(
  provider: SandboxProvider,
  name: string,
): Promise<{ env: Record<string, string>; password: string; stop: () => Promise<void> }> {
  const server = await startSandbox(provider);
  const c = server.credentials as unknown as Record<string, unknown>;
  const user = String(c.username ?? c.login ?? '');
  const password = String(c.password ?? '');
  const key = `FILECLIENTS_REMOTE_${name.toUpperCase()}_`;
  const env: Record<string, string> = {
    [`${key}PROVIDER`]: provider,
    [`${key}URL`]: server.url,
    [`${key}USER`]: user,
    [`${key}PASSWORD`]: password,
    ...(typeof c.apiKey === 'string' ? { [`${key}API_KEY`]: c.apiKey } : {}),
  };
  return { env, password, stop: () => server.stop() };
}
