import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite } from './types.js';

// Child side of bench/run.ts: loads one suite, runs it, prints its metrics as the last stdout line.
const name = process.argv[2] ?? '';
const loaded: { default?: BenchSuite } = await import(
  pathToFileURL(join(import.meta.dirname, 'suites', `${name}.ts`)).href
);
if (!loaded.default || typeof loaded.default.run !== 'function') {
  throw new Error(`bench/suites/${name}.ts must default-export a BenchSuite`);
}
const metrics = await loaded.default.run();
process.stdout.write(`\n${JSON.stringify(metrics)}\n`);
