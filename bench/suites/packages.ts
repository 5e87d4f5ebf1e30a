import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { median } from '../stats.js';
import type { BenchSuite, Metrics } from '../types.js';

const root = join(import.meta.dirname, '..', '..');
const IMPORT_RUNS = 10;

/**
 * Budgets from issue 8, raised for core's call pipeline (docs/decisions/0014-one-call-pipeline.md) and, by 100 and
 * 300 bytes, for what every call needs in a browser (docs/decisions/0015-browsers.md). Core's by 100 more for issue
 * 18's XML fast path (a FileCloud listing decodes in about 0.66x the time). FileCloud's and Box's are issue 18's.
 */
const PACKAGES: readonly { readonly name: string; readonly budgetBytes: number }[] = [
  { name: 'core', budgetBytes: 9_200 },
  { name: 'carbonio-files', budgetBytes: 17_000 },
  { name: 'afterlogic-pro7', budgetBytes: 14_300 },
  { name: 'filecloud', budgetBytes: 20_000 },
  { name: 'boxnet', budgetBytes: 24_000 },
];

/** One bundling of an entry, as a user's splitting bundler would emit it. */
interface Bundled {
  /** Every output file by name: the entry, the chunks it imports, the chunks loaded on demand. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The entry's file name. */
  readonly entry: string;
  /** What `import` of the entry loads: the entry and the chunks it imports statically, transitively. */
  readonly eager: readonly string[];
  /** Chunks reached only through a dynamic `import()`: loaded on first use (Pro 7's upload module). */
  readonly lazy: readonly string[];
}

/**
 * An entry of a package bundled from source (workspace dependencies through the `@fileclients/source` condition,
 * npm dependencies inlined, node builtins left to the runtime), minified, in memory.
 */
function fromSource(name: string, entry: string) {
  return {
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
  } as const satisfies BuildOptions;
}

/**
 * Bundles a package's main entry as a user's bundler would: with code splitting (Vite, Rollup and webpack split on
 * `import()` by default), so a dynamically imported module lands in its own chunk.
 */
async function bundle(name: string): Promise<Bundled> {
  const outdir = join(root, 'packages', name, '.bench-out');
  const result = await build({
    ...fromSource(name, 'index.ts'),
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: root,
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((file) => [relative(outdir, file.path), file.contents]));
  const outputs = new Map(
    Object.entries(result.metafile.outputs).map(([path, output]) => [relative(outdir, join(root, path)), output]),
  );
  const entryFile = [...outputs].find(([, output]) => output.entryPoint !== undefined)?.[0];
  if (entryFile === undefined) throw new Error(`esbuild produced no entry output for ${name}`);
  const eager = new Set<string>();
  const pending = [entryFile];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (eager.has(file)) continue;
    eager.add(file);
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) {
        pending.push(relative(outdir, join(root, imported.path)));
      }
    }
  }
  const lazy = [...files.keys()].filter((file) => !eager.has(file));
  return { files, entry: entryFile, eager: [...eager], lazy };
}

/** The same entry in one file, as a bundler that does not split emits it (dynamic imports inlined). */
async function bundleUnsplit(name: string, entry = 'index.ts'): Promise<Uint8Array> {
  const result = await build(fromSource(name, entry));
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced no output for ${name}`);
  return file.contents;
}

/** Min+gzip bytes of some output files, each gzipped on its own as a server would send it. */
function gzipBytes(bundled: Bundled, files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    const contents = bundled.files.get(file);
    if (contents === undefined) throw new Error(`no output file ${file}`);
    total += gzipSync(contents, { level: 9 }).byteLength;
  }
  return total;
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
        const bundled = await bundle(name);
        // What `import` of the main entry loads, split as a bundler would; what loads on first use is reported apart,
        // and so is the whole entry in one file (a bundler that does not split), so that the split hides nothing.
        const gzipped = gzipBytes(bundled, bundled.eager);
        metrics[`${name}.bundle_min_gzip_bytes`] = { value: gzipped, unit: 'bytes' };
        metrics[`${name}.bundle_budget_ratio`] = { value: gzipped / budgetBytes, unit: 'ratio' };
        metrics[`${name}.lazy_bundle_min_gzip_bytes`] = { value: gzipBytes(bundled, bundled.lazy), unit: 'bytes' };
        const whole = gzipSync(await bundleUnsplit(name), { level: 9 }).byteLength;
        metrics[`${name}.unsplit_bundle_min_gzip_bytes`] = { value: whole, unit: 'bytes' };
        // The FileStore adapter lives on its own entry (docs/decisions/0004-entry-points.md); its size (the adapter
        // and what it imports; it takes the client as an argument) is reported so that the move hides nothing.
        if (existsSync(join(root, 'packages', name, 'src', 'store.ts'))) {
          const store = gzipSync(await bundleUnsplit(name, 'store.ts'), { level: 9 }).byteLength;
          metrics[`${name}.store_bundle_min_gzip_bytes`] = { value: store, unit: 'bytes' };
        }
        // Every output file in a folder of its own, so the entry finds its chunks.
        const dir = join(scratch, name);
        for (const [file, contents] of bundled.files) {
          mkdirSync(dirname(join(dir, file)), { recursive: true });
          writeFileSync(join(dir, file), contents);
        }
        const file = `./${name}/${bundled.entry}`;
        const bare: number[] = [];
        const imported: number[] = [];
        for (let i = 0; i < IMPORT_RUNS; i++) {
          bare.push(nodeMs(scratch, '0'));
          imported.push(nodeMs(scratch, `import('${file}')`));
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
