// Probe (not a suite): what holds a provider's 64-concurrent burst down. Per side it reports CPU per call (this
// process: client + sandbox + fetch), wall per call, sockets opened, the most requests undici had in flight at once,
// and the spread of start times (a lock would serialise the fetches).
//   tsx --conditions=@fileclients/source bench/probe-concurrent.ts afterlogic-pro7
import diagnostics from 'node:diagnostics_channel';
import { setups } from './call-setups.js';

const [name = 'afterlogic-pro7', roundsArg = '30'] = process.argv.slice(2);
const setup = setups[name as keyof typeof setups];
if (setup === undefined) throw new Error(`unknown provider ${name}`);
const bench = await setup();

let sockets = 0;
let inFlight = 0;
let maxInFlight = 0;
let firstSendAt: number[] = [];
diagnostics.subscribe('undici:client:connected', () => sockets++);
diagnostics.subscribe('undici:request:create', () => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  firstSendAt.push(performance.now());
});
const done = () => {
  inFlight--;
};
diagnostics.subscribe('undici:request:trailers', done);
diagnostics.subscribe('undici:request:error', done);

const N = 64;
async function burst(fn: () => Promise<void>) {
  firstSendAt = [];
  maxInFlight = 0;
  const s0 = sockets;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: N }, fn));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const spread = firstSendAt.length ? Math.max(...firstSendAt) - t0 : 0;
  return { wall, cpu: (cpu.user + cpu.system) / 1000, sockets: sockets - s0, maxInFlight, spread };
}
const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
try {
  for (let i = 0; i < 5; i++) {
    await burst(bench.viaClient);
    await burst(bench.viaRaw);
  }
  const rows = { client: [] as Awaited<ReturnType<typeof burst>>[], raw: [] as Awaited<ReturnType<typeof burst>>[] };
  const socketsBefore = sockets;
  for (let r = 0; r < Number(roundsArg); r++) {
    const first = r % 2 === 0;
    rows[first ? 'client' : 'raw'].push(await burst(first ? bench.viaClient : bench.viaRaw));
    rows[first ? 'raw' : 'client'].push(await burst(first ? bench.viaRaw : bench.viaClient));
  }
  for (const [side, list] of Object.entries(rows)) {
    const wall = med(list.map((x) => x.wall));
    const cpu = med(list.map((x) => x.cpu));
    console.log(
      `${name} ${side}: wall ${((wall * 1000) / N).toFixed(0)} us/call, cpu ${((cpu * 1000) / N).toFixed(0)} us/call, ` +
        `cpu/wall ${(cpu / wall).toFixed(2)}, new sockets/burst ${med(list.map((x) => x.sockets))}, ` +
        `max in flight ${med(list.map((x) => x.maxInFlight))}, last request created at ${med(list.map((x) => x.spread)).toFixed(1)} ms of ${wall.toFixed(1)} ms`,
    );
  }
  console.log(`sockets opened during the measured rounds: ${sockets - socketsBefore}, in all: ${sockets}`);
} finally {
  await bench.stop();
}
