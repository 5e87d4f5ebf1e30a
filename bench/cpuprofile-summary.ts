import { readFileSync } from 'node:fs';

// Sums the self time of a `node --cpu-prof` profile per function and per file, top N of each:
//   tsx bench/cpuprofile-summary.ts CPU.….cpuprofile [15]
// (with --import tsx/esm the loader thread writes a second, small profile: pass the main thread's, the larger one).

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const [file, top = '15'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const frame = nodes.get(id)?.callFrame;
  const where = (frame?.url || '(native)').replace(/^file:\/\/.*?\/(?=packages\/|bench\/|node_modules\/)/, '');
  const name = `${frame?.functionName || '(anonymous)'} ${where}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  byFile.set(where, (byFile.get(where) ?? 0) + us);
  total += us;
}
for (const [title, table] of [
  ['self time by function', byFunction],
  ['self time by file', byFile],
] as const) {
  console.log(`## ${title} (of ${(total / 1000).toFixed(0)} ms)`);
  for (const [key, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
}
