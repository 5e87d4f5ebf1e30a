import { createFileCloudClient } from '../../packages/filecloud/src/index.js';
import { startFileCloudSandbox } from '../../packages/sandbox/src/index.js';
import { sideBySide } from '../side-by-side.js';
import type { BenchSuite } from '../types.js';

// getfilelist through the client (typed call, form body, core HTTP client, XML decode, array forcing, result check,
// normalising)
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
      const jar = client.connection.session.jar;
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

      const measured = await sideBySide(viaClient, viaFetch, { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND });
      const client50 = measured.clientMedianMs;
      const fetch50 = measured.rawMedianMs;
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
