import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Metrics } from './types.js';

const USAGE = `usage: pnpm bench [suite…] [--json]

Runs benchmark suites from bench/suites/ (all when none is named), each in its own process so that one suite's
memory and JIT state cannot colour another's. --json prints one object {"metrics": {...}} on stdout.`;

const suitesDir = join(import.meta.dirname, 'suites');

function listSuites(): string[] {
  if (!existsSync(suitesDir)) return [];
  return readdirSync(suitesDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort();
}

function isMetrics(value: unknown): value is Metrics {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (m: unknown) =>
      typeof m === 'object' &&
      m !== null &&
      'value' in m &&
      typeof m.value === 'number' &&
      'unit' in m &&
      typeof m.unit === 'string',
  );
}

/** Runs one suite in a child process; its report is the last line of its stdout. */
function runSuite(name: string): Metrics {
  const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
  const child = spawnSync(tsx, ['--conditions=@fileclients/source', join(import.meta.dirname, 'run-suite.ts'), name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0) throw new Error(`bench suite ${name} failed (exit ${child.status})`);
  const parsed: unknown = JSON.parse(last);
  if (!isMetrics(parsed)) throw new Error(`bench suite ${name} printed no metrics`);
  return parsed;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const json = argv.includes('--json');
  const available = listSuites();
  const named = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = named.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown suite: ${unknown.join(', ')} (available: ${available.join(', ')})`);
    return 2;
  }
  const metrics: Metrics = {};
  for (const name of named.length > 0 ? named : available) {
    console.error(`bench: ${name}…`);
    Object.assign(metrics, runSuite(name));
  }
  if (json) console.log(JSON.stringify({ metrics }));
  else {
    const width = Math.max(...Object.keys(metrics).map((k) => k.length), 10);
    for (const [key, metric] of Object.entries(metrics)) {
      console.log(`${key.padEnd(width)}  ${String(Number(metric.value.toPrecision(6))).padStart(12)} ${metric.unit}`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
