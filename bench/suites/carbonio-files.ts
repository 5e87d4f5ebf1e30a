import {
  CarbonioGraphql,
  createCarbonioFilesClient,
  queryTextOf,
  toWireJson,
} from '../../packages/carbonio-files/src/index.js';
import { startCarbonioFilesSandbox } from '../../packages/sandbox/src/index.js';
import { sideBySide } from '../side-by-side.js';
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

      const measured = await sideBySide(viaClient, viaFetch, { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND });
      const client50 = measured.clientMedianMs;
      const fetch50 = measured.rawMedianMs;
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
