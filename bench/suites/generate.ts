import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from '../stats.js';
import type { BenchSuite } from '../types.js';

const root = join(import.meta.dirname, '..', '..');
const RUNS = 3;

/** Full regeneration as a user runs it (`pnpm generate --check`: every provider, in memory, process start included). */
const suite: BenchSuite = {
  name: 'generate',
  description: 'wall time of regenerating every provider from its specs',
  async run() {
    const seconds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const child = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'codegen', 'run.ts'), '--check'], {
        cwd: root,
        encoding: 'utf8',
      });
      // Exit 1 (generated files out of date) still measures a full generation; anything else is a failure.
      if (child.status !== 0 && child.status !== 1) throw new Error(`pnpm generate failed:\n${child.stderr}`);
      seconds.push((performance.now() - start) / 1000);
    }
    return { generate_seconds: { value: median(seconds), unit: 's' } };
  },
};

export default suite;
