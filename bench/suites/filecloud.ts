import { filecloud } from '../call-setups.js';
import { concurrentSideBySide, sideBySide } from '../side-by-side.js';
import type { BenchSuite } from '../types.js';

// (1) One call at a time: the call through the client versus a raw fetch of the identical request (bench/call-setups.ts),
// alternating in small rounds so that drift (GC, JIT, the machine's other load) hits both alike; each side quotes its
// median. (2) 64 of the same calls in flight at once, through one client against 64 raw ones: throughput ratio per
// round, median over rounds (bench/side-by-side.ts).

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;
const CONCURRENCY = 64;
const CONCURRENT_WARMUP = 5;
const CONCURRENT_ROUNDS = 30;

const suite: BenchSuite = {
  name: 'filecloud',
  description:
    'filecloud client call overhead: getfilelist (10 entries) through the client / an identical raw fetch; 64 concurrent calls',
  async run() {
    const bench = await filecloud();
    try {
      const measured = await sideBySide(bench.viaClient, bench.viaRaw, {
        warmup: WARMUP,
        rounds: ROUNDS,
        perRound: PER_ROUND,
      });
      const concurrent = await concurrentSideBySide(bench.viaClient, bench.viaRaw, {
        concurrency: CONCURRENCY,
        warmup: CONCURRENT_WARMUP,
        rounds: CONCURRENT_ROUNDS,
      });
      return {
        'filecloud.call_overhead_ratio': { value: measured.ratio, unit: 'ratio' },
        'filecloud.getfilelist_client_median': { value: measured.clientMedianMs, unit: 'ms' },
        'filecloud.getfilelist_fetch_median': { value: measured.rawMedianMs, unit: 'ms' },
        'filecloud.concurrent_calls_ratio': { value: concurrent.ratio, unit: 'ratio' },
        'filecloud.concurrent_client_calls_per_s': { value: concurrent.clientCallsPerSecond, unit: 'calls/s' },
        'filecloud.concurrent_fetch_calls_per_s': { value: concurrent.rawCallsPerSecond, unit: 'calls/s' },
        'filecloud.concurrent_client_new_sockets': { value: concurrent.clientNewSockets, unit: 'sockets' },
        'filecloud.concurrent_client_max_in_flight': { value: concurrent.clientMaxInFlight, unit: 'requests' },
      };
    } finally {
      await bench.stop();
    }
  },
};

export default suite;
