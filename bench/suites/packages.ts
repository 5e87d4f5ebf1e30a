import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from '../stats.js';
import type { BenchSuite, Metrics } from '../types.js';

const root = join(import.meta.dirname, '..', '..');
const IMPORT_RUNS = 10;

/** Budgets from issue 8 (min+gzip bytes of the main entry with its runtime dependencies). */
const PACKAGES: readonly { readonly name: string; readonly budgetBytes: number }[] = [
  { name: 'core', budgetBytes: 8_000 },
  { name: 'carbonio-files', budgetBytes: 16_000 },
  { name: 'afterlogic-pro7', budgetBytes: 12_000 },
  { name: 'filecloud', budgetBytes: 35_000 },
  { name: 'boxnet', budgetBytes: 220_000 },
];

/**
 * Bundles a package's main entry from source (workspace dependencies through the `@fileclients/source`
 * condition, npm dependencies inlined, node builtins left to the runtime), minified, as a user's bundler would.
 */
async function bundle(name: string, entry = 'index.ts'): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(root, 'packages', name, 'src', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@fileclients/source'],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced no output for ${name}`);
  return file.contents;
}

function nodeMs(cwd: string, code: string): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-e', code], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`node -e ${code} failed: ${child.stderr}`);
  return elapsed;
}

/**
 * Size of each package's main entry bundled with its runtime dependencies, minified and gzipped, and its cold import
 * time as a ratio to a bare `node -e 0` (medians over interleaved runs, from a scratch folder holding the bundle).
 */
const suite: BenchSuite = {
  name: 'packages',
  description: 'main entry size (bundled, min+gzip) and cold import time of core and each provider package',
  async run() {
    const metrics: Metrics = {};
    const scratch = mkdtempSync(join(tmpdir(), 'fileclients-bench-packages-'));
    try {
      for (const { name, budgetBytes } of PACKAGES) {
        if (!existsSync(join(root, 'packages', name, 'package.json'))) continue;
        const code = await bundle(name);
        const gzipped = gzipSync(code, { level: 9 }).byteLength;
        metrics[`${name}.bundle_min_gzip_bytes`] = { value: gzipped, unit: 'bytes' };
        metrics[`${name}.bundle_budget_ratio`] = { value: gzipped / budgetBytes, unit: 'ratio' };
        // The FileStore adapter lives on its own entry (docs/decisions/0004-entry-points.md); its size (the adapter
        // and what it imports; it takes the client as an argument) is reported so that the move hides nothing.
        if (existsSync(join(root, 'packages', name, 'src', 'store.ts'))) {
          const store = gzipSync(await bundle(name, 'store.ts'), { level: 9 }).byteLength;
          metrics[`${name}.store_bundle_min_gzip_bytes`] = { value: store, unit: 'bytes' };
        }
        const file = `${name}.mjs`;
        writeFileSync(join(scratch, file), code);
        const bare: number[] = [];
        const imported: number[] = [];
        for (let i = 0; i < IMPORT_RUNS; i++) {
          bare.push(nodeMs(scratch, '0'));
          imported.push(nodeMs(scratch, `import('./${file}')`));
        }
        metrics[`${name}.cold_import_ratio`] = { value: median(imported) / median(bare), unit: 'ratio' };
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return metrics;
  },
};

export default suite;
