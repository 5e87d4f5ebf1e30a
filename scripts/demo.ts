import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type SandboxProvider, sandboxProviders, startSandbox } from '@fileclients/sandbox';

/**
 * `pnpm demo`: starts each provider's sandbox and runs that provider's examples against it, in name order, then
 * prints a summary. `pnpm demo <provider>` runs only that provider; with `--real` it starts no sandbox and the
 * examples read the provider's variables (e.g. PRO7_URL, PRO7_USERNAME, PRO7_PASSWORD) from the environment, so
 * the same programs run against a real server.
 */

const root = join(import.meta.dirname, '..');
const EXAMPLE_TIMEOUT_MS = 180_000;

function examplesOf(provider: string): string[] {
  const dir = join(root, 'examples', provider);
  return readdirSync(dir)
    .filter((name) => /^\d+-.+\.ts$/.test(name))
    .sort();
}

function runExample(file: string, env: Readonly<Record<string, string>>): Promise<boolean> {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--conditions=@fileclients/source', file], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    const timer = setTimeout(() => {
      console.error(`  timed out after ${EXAMPLE_TIMEOUT_MS / 1000} s`);
      child.kill('SIGKILL');
    }, EXAMPLE_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

interface Summary {
  readonly provider: string;
  readonly passed: number;
  readonly failed: string[];
  readonly seconds: number;
  readonly target: string;
}

// Example folders that start their own servers (the CLI's migration runs between two sandboxes; the browser pages
// are served against all four, each on its own origin).
const SELF_CONTAINED = ['cli', 'browser'] as const;

type SelfContained = (typeof SELF_CONTAINED)[number];
const isSelfContained = (name: string): name is SelfContained => SELF_CONTAINED.some((s) => s === name);

async function demoProvider(provider: SandboxProvider | SelfContained, real: boolean): Promise<Summary> {
  const started = performance.now();
  const sandbox = real || isSelfContained(provider) ? undefined : await startSandbox(provider);
  const target = sandbox
    ? `sandbox ${sandbox.url}`
    : isSelfContained(provider)
      ? 'sandboxes it starts itself'
      : 'a real server (environment variables)';
  console.log(`\n### ${provider} against ${target}`);
  const failed: string[] = [];
  let passed = 0;
  try {
    for (const name of examplesOf(provider)) {
      console.log(`\n--- ${provider}/${name}`);
      if (await runExample(join('examples', provider, name), sandbox?.env ?? {})) passed++;
      else failed.push(name);
    }
  } finally {
    await sandbox?.stop();
  }
  return { provider, passed, failed, seconds: (performance.now() - started) / 1000, target };
}

async function main(argv: readonly string[]): Promise<number> {
  const real = argv.includes('--real');
  const available = [...sandboxProviders, ...SELF_CONTAINED].filter((p) => existsSync(join(root, 'examples', p)));
  const named = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = named.filter((name) => !available.some((p) => p === name));
  if (unknown.length > 0) {
    console.error(`no examples for: ${unknown.join(', ')} (available: ${available.join(', ') || 'none'})`);
    return 2;
  }
  if (real && named.length !== 1) {
    console.error('--real runs one provider: pnpm demo <provider> --real');
    return 2;
  }
  const summaries: Summary[] = [];
  const chosen = named.length > 0 ? available.filter((p) => named.includes(p)) : available;
  for (const provider of chosen) summaries.push(await demoProvider(provider, real));

  console.log('\n=== demo summary');
  for (const s of summaries) {
    const status = s.failed.length === 0 ? 'ok' : `FAILED: ${s.failed.join(', ')}`;
    console.log(
      `${s.provider.padEnd(16)} ${String(s.passed).padStart(2)} example(s) passed  ${s.seconds.toFixed(1)} s  ${status}`,
    );
  }
  const passed = summaries.reduce((n, s) => n + s.passed, 0);
  const failed = summaries.reduce((n, s) => n + s.failed.length, 0);
  console.log(`demo: ${passed} passed, ${failed} failed`);
  return failed === 0 && summaries.length > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
