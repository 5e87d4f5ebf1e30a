import { createFileCloudClient } from '../../packages/filecloud/src/index.js';
import { startFileCloudSandbox } from '../../packages/sandbox/src/index.js';
import { median } from '../stats.js';
import type { BenchSuite } from '../types.js';

// getfilelist through the client (openapi-fetch, middleware, XML decode, array forcing, result check, normalising)
// versus a raw fetch that sends the identical request (same URL, headers, cookies and form bytes) and only reads the
// text, side by side against one sandbox. The two alternate in small rounds so that drift (GC, JIT, the machine's
// other load) hits both alike; each side quotes its median.

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;
const ENTRIES = 10;

const suite: BenchSuite = {
  name: 'filecloud',
  description: 'filecloud client call overhead: getfilelist (10 entries) through the client / an identical raw fetch',
  async run() {
    const sandbox = await startFileCloudSandbox();
    try {
      const client = createFileCloudClient({
        baseUrl: sandbox.url,
        username: sandbox.credentials.username,
        password: sandbox.credentials.password,
      });
      await client.createFolder('/alice', 'bench');
      for (let i = 0; i < ENTRIES; i++) await client.upload(`/alice/bench/file-${i}.txt`, `bench ${i}`);
      const url = `${sandbox.url}/core/getfilelist`;
      const body = new URLSearchParams({ path: '/alice/bench', start: '0', limit: String(ENTRIES) }).toString();
      const jar = client.connection.jar;
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-requested-with': 'XMLHttpRequest',
        'x-xsrf-token': jar.get('X-XSRF-TOKEN', url) ?? '',
        cookie: jar.headerFor(url) ?? '',
      };

      const viaClient = async () => {
        const page = await client.list('/alice/bench', { start: 0, limit: ENTRIES });
        if (page.entries.length !== ENTRIES) throw new Error('client returned the wrong page');
      };
      const viaFetch = async () => {
        const response = await fetch(url, { method: 'POST', headers, body });
        const text = await response.text();
        if (!text.includes('<result>1</result>')) throw new Error('raw fetch was refused');
      };

      for (let i = 0; i < WARMUP; i++) {
        await viaClient();
        await viaFetch();
      }
      const clientMs: number[] = [];
      const fetchMs: number[] = [];
      const sample = async (fn: () => Promise<void>, into: number[]) => {
        for (let i = 0; i < PER_ROUND; i++) {
          const start = performance.now();
          await fn();
          into.push(performance.now() - start);
        }
      };
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate which side goes first, so neither always runs on a freshly collected heap.
        if (round % 2 === 0) {
          await sample(viaClient, clientMs);
          await sample(viaFetch, fetchMs);
        } else {
          await sample(viaFetch, fetchMs);
          await sample(viaClient, clientMs);
        }
      }
      const client50 = median(clientMs);
      const fetch50 = median(fetchMs);
      return {
        'filecloud.call_overhead_ratio': { value: client50 / fetch50, unit: 'ratio' },
        'filecloud.getfilelist_client_median': { value: client50, unit: 'ms' },
        'filecloud.getfilelist_fetch_median': { value: fetch50, unit: 'ms' },
      };
    } finally {
      await sandbox.stop();
    }
  },
};

export default suite;
