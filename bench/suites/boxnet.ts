import { crc32, deflateRawSync } from 'node:zlib';
import { buildEnvelope, createBoxnetClient, decodeTree } from '../../packages/boxnet/src/index.js';
import { startBoxnetSandbox } from '../../packages/sandbox/src/index.js';
import { sideBySide } from '../side-by-side.js';
import { median } from '../stats.js';
import type { BenchSuite } from '../types.js';

// (1) get_file_info through the client (envelope built from the operations table, decoded, status checked) versus a
// raw fetch posting the same prebuilt envelope and reading the text, side by side against one sandbox, alternating
// in small rounds so drift hits both alike. (2) decoding a generated 100k-node account tree, zipped and base64'd as
// Box sends it: unzip, parse, type.

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;
const TREE_FOLDERS = 10_000;
const FILES_PER_FOLDER = 9; // 10 000 folders + 90 000 files = 100 000 nodes
const TREE_RUNS = 5;

/** A one-entry PKZIP archive (what Box sends), written with node:zlib so the bench needs no zip dependency. */
function zipOne(name: string, data: Buffer): Buffer {
  const compressed = deflateRawSync(data);
  const crc = crc32(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + compressed.length, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}

function generatedTree(): string {
  const parts: string[] = [
    '<?xml version="1.0"?><folder id="0" name="" shared="0"><tags></tags><files></files><folders>',
  ];
  let id = 1;
  for (let f = 0; f < TREE_FOLDERS; f++) {
    parts.push(`<folder id="${id++}" name="folder ${f}" shared="0" shared_link=""><tags><tag id="7"/></tags><files>`);
    for (let i = 0; i < FILES_PER_FOLDER; i++) {
      parts.push(
        `<file id="${id++}" file_name="file-${f}-${i}.txt" keyword="" shared="0" size="${1000 + i}" created="1157538709" updated="1161591315" sha1="9a0bc49038c167151c544ac0b5fc9042335a41a3" shared_link=""><tags></tags></file>`,
      );
    }
    parts.push('</files><folders></folders></folder>');
  }
  parts.push('</folders></folder>');
  return parts.join('');
}

const suite: BenchSuite = {
  name: 'boxnet',
  description: 'boxnet: get_file_info via the client / a raw fetch of the same envelope; 100k-node zipped tree decode',
  async run() {
    const sandbox = await startBoxnetSandbox();
    let ratio: number;
    let client50: number;
    let fetch50: number;
    try {
      const client = createBoxnetClient({
        apiKey: sandbox.credentials.apiKey,
        baseUrl: sandbox.url,
        uploadUrl: sandbox.url,
      });
      await client.login(sandbox.credentials.login, sandbox.credentials.password);
      const file = await client.uploadFile({ folderId: 0 }, { name: 'bench.txt', body: { source: 'bench' } });
      const fileId = file.id ?? 0;
      const envelope = buildEnvelope('get_file_info', {
        api_key: sandbox.credentials.apiKey,
        auth_token: client.authToken ?? '',
        file_id: fileId,
      });
      const url = `${sandbox.url}/api/1.0/soap`;
      const headers = {
        'content-type': 'text/xml; charset=utf-8',
        soapaction: '"urn:boxnet#Box_SoapApi#get_file_info"',
      };

      const viaClient = async () => {
        const r = await client.call('get_file_info', { file_id: fileId });
        if (r.info.file_id !== fileId) throw new Error('client read the wrong file');
      };
      const viaFetch = async () => {
        const text = await (await fetch(url, { method: 'POST', headers, body: envelope })).text();
        if (!text.includes('s_get_file_info')) throw new Error('raw fetch got no file info');
      };
      const measured = await sideBySide(viaClient, viaFetch, { warmup: WARMUP, rounds: ROUNDS, perRound: PER_ROUND });
      client50 = measured.clientMedianMs;
      fetch50 = measured.rawMedianMs;
      ratio = measured.ratio;
    } finally {
      await sandbox.stop();
    }

    const xml = generatedTree();
    const base64 = zipOne('tree.xml', Buffer.from(xml)).toString('base64');
    const nodes = TREE_FOLDERS * (1 + FILES_PER_FOLDER);
    const treeMs: number[] = [];
    for (let i = 0; i < TREE_RUNS; i++) {
      const start = performance.now();
      const tree = await decodeTree(base64);
      treeMs.push(performance.now() - start);
      if (tree.folders.length !== TREE_FOLDERS) throw new Error('tree decoded to the wrong shape');
    }
    const tree50 = median(treeMs);
    return {
      'boxnet.call_overhead_ratio': { value: ratio, unit: 'ratio' },
      'boxnet.get_file_info_client_median': { value: client50, unit: 'ms' },
      'boxnet.get_file_info_fetch_median': { value: fetch50, unit: 'ms' },
      'boxnet.tree_decode_ms_per_10k_nodes': { value: tree50 / (nodes / 10_000), unit: 'ms' },
      'boxnet.tree_xml_size': { value: xml.length / (1024 * 1024), unit: 'MiB' },
    };
  },
};

export default suite;
