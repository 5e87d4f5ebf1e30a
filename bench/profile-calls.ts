// Profiling harness (not a suite): runs N calls of one provider's bench call, either all through the client or all as
// the identical raw fetch, so that `node --cpu-prof` of each mode can be compared (bench/cpuprofile-summary.ts).
//   node --cpu-prof --cpu-prof-dir=DIR --import tsx/esm --conditions=@fileclients/source bench/profile-calls.ts filecloud client 5000
import { setups } from './call-setups.js';

const [name = 'filecloud', mode = 'client', count = '4000'] = process.argv.slice(2);
const setup = setups[name as keyof typeof setups];
if (setup === undefined) throw new Error(`unknown provider ${name}`);
const bench = await setup();
try {
  const fn = mode === 'raw' ? bench.viaRaw : bench.viaClient;
  for (let i = 0; i < 300; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < Number(count); i++) await fn();
  const ms = performance.now() - start;
  console.log(`${name} ${mode}: ${((ms * 1000) / Number(count)).toFixed(1)} us per call`);
} finally {
  await bench.stop();
}
