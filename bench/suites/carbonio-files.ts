import {
  CarbonioGraphql,
  createCarbonioFilesClient,
  queryTextOf,
  toWireJson,
} from '../../packages/carbonio-files/src/index.js';
import { startCarbonioFilesSandbox } from '../../packages/sandbox/src/index.js';
import { median } from '../stats.js';
import type { BenchSuite } from '../types.js';

// getNode through the client versus a raw fetch that sends the identical request (same URL, headers, cookie and
// body bytes) and parses the answer the same way, side by side against one sandbox. The two alternate in small
// rounds so that drift (GC, JIT, the machine's other load) hits both alike; each side quotes its median.

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;

const suite: BenchSuite = {
  name: 'carbonio-files',
  description: 'carbonio-files client call overhead: getNode through the client / an identical raw fetch',
  async run() {
    const sandbox = await startCarbonioFilesSandbox({ seedFiles: { 'bench.txt': 'bench' } });
    try {
      const client = createCarbonioFilesClient({
        baseUrl: sandbox.url,
        username: sandbox.credentials.username,
        password: sandbox.credentials.password,
        retry: false,
      });
      const { token } = await client.login();
      let nodeId = '';
      for await (const node of client.children('LOCAL_ROOT')) nodeId = node.id;
      const url = `${sandbox.url}/services/files/graphql`;
      const body = toWireJson({ query: queryTextOf(CarbonioGraphql.GetNodeDocument), variables: { node_id: nodeId } });
      const headers = {
        'content-type': 'application/json',
        accept: 'application/json',
        cookie: `ZM_AUTH_TOKEN=${token}`,
      };

      const viaClient = async () => {
        const node = await client.getNode({ node_id: nodeId });
        if (node?.id !== nodeId) throw new Error('client returned the wrong node');
      };
      const viaFetch = async () => {
        const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual' });
        const json = JSON.parse(await response.text()) as { data?: { getNode?: { id?: string } } };
        if (json.data?.getNode?.id !== nodeId) throw new Error('raw fetch returned the wrong node');
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
        'carbonio-files.call_overhead_ratio': { value: client50 / fetch50, unit: 'ratio' },
        'carbonio-files.get_node_client_median': { value: client50, unit: 'ms' },
        'carbonio-files.get_node_fetch_median': { value: fetch50, unit: 'ms' },
      };
    } finally {
      await sandbox.stop();
    }
  },
};

export default suite;
