import { crc32, deflateRawSync } from 'node:zlib';
import { decodeTree } from '../../packages/boxnet/src/index.js';
import { boxnet } from '../call-setups.js';
import { concurrentSideBySide, sideBySide } from '../side-by-side.js';
import { median } from '../stats.js';
import type { BenchSuite } from '../types.js';

// (1) get_file_info through the client (envelope built from the operations table, decoded, status checked) versus a
// raw fetch posting the same prebuilt envelope and reading the text (bench/call-setups.ts), side by side against one
// sandbox, alternating in small rounds so drift hits both alike. (2) 64 of those calls in flight at once through one
// client against 64 raw ones: throughput ratio per round, median over rounds. (3) decoding a generated 100k-node
// account tree, zipped and base64'd as Box sends it: unzip, parse, type.

const WARMUP = 200;
const ROUNDS = 40;
const PER_ROUND = 25;
const TREE_FOLDERS = 10_000;
const FILES_PER_FOLDER = 9; // 10 000 folders + 90 000 files = 100 000 nodes
const TREE_RUNS = 5;
const CONCURRENCY = 64;
const CONCURRENT_WARMUP = 5;
const CONCURRENT_ROUNDS = 30;

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
  description: 'boxnet: get_file_info via the client / a raw fetch of the same envelope; 64 concurrent; 100k-node tree',
  async run() {
    const bench = await boxnet();
    let measured: Awaited<ReturnType<typeof sideBySide>>;
    let concurrent: Awaited<ReturnType<typeof concurrentSideBySide>>;
    try {
      measured = await sideBySide(bench.viaClient, bench.viaRaw, {
        warmup: WARMUP,
        rounds: ROUNDS,
        perRound: PER_ROUND,
      });
      concurrent = await concurrentSideBySide(bench.viaClient, bench.viaRaw, {
        concurrency: CONCURRENCY,
        warmup: CONCURRENT_WARMUP,
        rounds: CONCURRENT_ROUNDS,
      });
    } finally {
      await bench.stop();
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
      'boxnet.call_overhead_ratio': { value: measured.ratio, unit: 'ratio' },
      'boxnet.get_file_info_client_median': { value: measured.clientMedianMs, unit: 'ms' },
      'boxnet.get_file_info_fetch_median': { value: measured.rawMedianMs, unit: 'ms' },
      'boxnet.concurrent_calls_ratio': { value: concurrent.ratio, unit: 'ratio' },
      'boxnet.concurrent_client_calls_per_s': { value: concurrent.clientCallsPerSecond, unit: 'calls/s' },
      'boxnet.concurrent_fetch_calls_per_s': { value: concurrent.rawCallsPerSecond, unit: 'calls/s' },
      'boxnet.concurrent_client_new_sockets': { value: concurrent.clientNewSockets, unit: 'sockets' },
      'boxnet.concurrent_client_max_in_flight': { value: concurrent.clientMaxInFlight, unit: 'requests' },
      'boxnet.tree_decode_ms_per_10k_nodes': { value: tree50 / (nodes / 10_000), unit: 'ms' },
      'boxnet.tree_xml_size': { value: xml.length / (1024 * 1024), unit: 'MiB' },
    };
  },
};

export default suite;
