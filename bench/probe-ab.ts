// Probe (not a suite): CPU per call of variants of one provider's raw request, alternating in batches, to price each
// thing the client adds (a signal, a Headers object, a timer, a reader loop).
//   tsx --conditions=@fileclients/source bench/probe-ab.ts afterlogic-pro7 [rounds] [concurrency]
import { setups } from './call-setups.js';

const [name = 'afterlogic-pro7', roundsArg = '20', concArg = '1'] = process.argv.slice(2);
const setup = setups[name as keyof typeof setups];
if (setup === undefined) throw new Error(`unknown provider ${name}`);
const bench = await setup();
const conc = Number(concArg);
const variants: Record<string, () => Promise<void>> = { client: bench.viaClient, raw: bench.viaRaw };
const extra = (globalThis as { probeVariants?: (b: typeof bench) => Record<string, () => Promise<void>> })
  .probeVariants;
Object.assign(variants, extra?.(bench));

const BATCH = conc === 1 ? 200 : 4;
async function batch(fn: () => Promise<void>) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < BATCH; i++) {
    if (conc === 1) await fn();
    else await Promise.all(Array.from({ length: conc }, fn));
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const calls = BATCH * conc;
  return { cpu: (cpu.user + cpu.system) / calls, wall: (wall * 1000) / calls };
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
try {
  const names = Object.keys(variants);
  for (const n of names) await batch(variants[n] as () => Promise<void>);
  const out: Record<string, { cpu: number[]; wall: number[] }> = {};
  for (const n of names) out[n] = { cpu: [], wall: [] };
  for (let r = 0; r < Number(roundsArg); r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const n of order) {
      const m = await batch(variants[n] as () => Promise<void>);
      out[n]?.cpu.push(m.cpu);
      out[n]?.wall.push(m.wall);
    }
  }
  for (const n of names) {
    const o = out[n];
    if (o)
      console.log(
        `${name} x${conc} ${n.padEnd(14)} cpu ${med(o.cpu).toFixed(0)} us/call  wall ${med(o.wall).toFixed(0)} us/call`,
      );
  }
} finally {
  await bench.stop();
}
