import { createPro7Client } from '../../packages/afterlogic-pro7/src/index.js';
import { startAfterlogicPro7Sandbox } from '../../packages/sandbox/src/index.js';
import { sideBySide } from '../side-by-side.js';
import type { BenchSuite } from '../types.js';

// A Files listing through the client versus a raw fetch of the identical request (same URL, headers and body
// bytes), parsed the same way, side by side against one sandbox. The two alternate in small rounds so that drift
// (GC, JIT, the machine's other load) hits both alike; each side quotes its median.

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;
const FILES = 20;

const suite: BenchSuite = {
  name: 'afterlogic-pro7',
  description: 'afterlogic-pro7 client call overhead: a Files listing through the client / an identical raw fetch',
  async run() {
    const seedFiles: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) seedFiles[`/docs/file-${i}.txt`] = `content ${i}`;
    const sandbox = await startAfterlogicPro7Sandbox({ seedFiles });
    try {
      const client = createPro7Client({ baseUrl: sandbox.url });
      const { authToken } = await client.login({
        email: sandbox.credentials.username,
        password: sandbox.credentials.password,
      });
      // The client's exact request: its path, its header, its field order.
      const url = `${sandbox.url}/?/Ajax/Files`;
      const body = new URLSearchParams({
        Type: 'personal',
        Path: '/docs',
        AuthToken: authToken,
        Action: 'Files',
      }).toString();
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };

      const viaClient = async () => {
        const { items } = await client.list('/docs');
        if (items.length !== FILES) throw new Error('client listed the wrong folder');
      };
      const viaFetch = async () => {
        const response = await fetch(url, { method: 'POST', headers, body, redirect: 'error' });
        const json = JSON.parse(await response.text()) as { Result?: { Items?: unknown[] } };
        if (json.Result?.Items?.length !== FILES) throw new Error('raw fetch listed the wrong folder');
      };

      const measured = await sideBySide(viaClient, viaFetch, { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND });
      const client50 = measured.clientMedianMs;
      const fetch50 = measured.rawMedianMs;
      return {
        'afterlogic-pro7.call_overhead_ratio': { value: client50 / fetch50, unit: 'ratio' },
        'afterlogic-pro7.files_client_median': { value: client50, unit: 'ms' },
        'afterlogic-pro7.files_fetch_median': { value: fetch50, unit: 'ms' },
      };
    } finally {
      await sandbox.stop();
    }
  },
};

export default suite;
