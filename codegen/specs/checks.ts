import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export interface CommandResult {
  readonly command: string;
  readonly ok: boolean;
  readonly output: string;
}

function run(root: string, command: string, file: string, args: readonly string[]): CommandResult {
  const result = spawnSync(file, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Plain text whatever the tool thinks of the terminal: the output is filtered and quoted in the log.
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(
    new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
    '',
  );
  return { command, ok: result.status === 0, output };
}

/** `tsc --noEmit` over a tsconfig; the error lines (`file(line,col): error TS…`) of files outside src/generated/. */
export function typecheck(root: string, tsconfig: string): { command: string; errors: string[] } | undefined {
  if (!existsSync(join(root, tsconfig))) return undefined;
  const tsc = require.resolve('typescript/bin/tsc');
  const result = run(root, `tsc -p ${tsconfig} --noEmit`, process.execPath, [tsc, '-p', tsconfig, '--noEmit']);
  const errors = result.output
    .split('\n')
    .filter((line) => /\): error TS\d+:/.test(line) && !line.includes('/src/generated/'))
    .map((line) => line.trim());
  return { command: result.command, errors };
}

/** `pnpm vitest run --project <name>`, when that project has tests. */
export function runTests(root: string, project: string): CommandResult | undefined {
  if (!existsSync(join(root, 'packages', project, 'test'))) return undefined;
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const command = `pnpm vitest run --project ${project}`;
  if (!existsSync(vitest)) return { command, ok: false, output: `vitest is not installed under ${root}/node_modules` };
  return run(root, command, process.execPath, [vitest, 'run', '--project', project]);
}
