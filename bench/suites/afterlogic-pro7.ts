import { afterlogicPro7 } from '../call-setups.js';
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
  name: 'afterlogic-pro7',
  description:
    'afterlogic-pro7 client call overhead: a Files listing through the client / an identical raw fetch; 64 concurrent calls',
  async run() {
    const bench = await afterlogicPro7();
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
        'afterlogic-pro7.call_overhead_ratio': { value: measured.ratio, unit: 'ratio' },
        'afterlogic-pro7.files_client_median': { value: measured.clientMedianMs, unit: 'ms' },
        'afterlogic-pro7.files_fetch_median': { value: measured.rawMedianMs, unit: 'ms' },
        'afterlogic-pro7.concurrent_calls_ratio': { value: concurrent.ratio, unit: 'ratio' },
        'afterlogic-pro7.concurrent_client_calls_per_s': { value: concurrent.clientCallsPerSecond, unit: 'calls/s' },
        'afterlogic-pro7.concurrent_fetch_calls_per_s': { value: concurrent.rawCallsPerSecond, unit: 'calls/s' },
        'afterlogic-pro7.concurrent_client_new_sockets': { value: concurrent.clientNewSockets, unit: 'sockets' },
        'afterlogic-pro7.concurrent_client_max_in_flight': { value: concurrent.clientMaxInFlight, unit: 'requests' },
      };
    } finally {
      await bench.stop();
    }
  },
};

export default suite;
