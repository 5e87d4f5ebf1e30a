import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { median } from '../stats.js';
import type { BenchSuite, Metrics } from '../types.js';

// 1 GiB upload from a file and download to a file through @fileclients/core against a local node:http sink and
// source, side by side with a raw node:http streaming client (and curl where present). Every client runs in its own
// process, so its peak RSS is its own; the server runs here. Throughput is timed inside the client, from the first
// request to the last byte on disk, so process start-up (and the import of core) does not count against either side.
//
// Downloads go to a file: core through downloadToFile (temp file, fsync, rename), raw node:http piped into a file and
// fsynced too, so the ratio is core's overhead and not the price of durability; curl writes with -o and no fsync
// (download_core_vs_curl_ratio, the figure) and, as a like-for-like reference, followed by `sync FILE`
// (download_core_vs_curl_fsync_ratio). The *_memory_* metrics read the download without writing it: the transport
// alone.

const GIB = 1024 * 1024 * 1024;
const SMALL = 256 * 1024 * 1024;
// Five rounds: with three, one disturbed round (file writes here swing 2x with the VM's memory) moved the median.
const RUNS = 5;
/** FILECLIENTS_BENCH_VERBOSE=1 prints every sample on stderr, in the order run. */
const verbose = process.env.FILECLIENTS_BENCH_VERBOSE === '1';
const MIB = 1024 * 1024;

type Mode = 'raw-up' | 'core-up' | 'core-up-fetch' | 'raw-down' | 'core-down' | 'raw-down-mem' | 'core-down-mem';

/** The client program, bundled with esbuild so it runs under plain node (no loader inflating its RSS). */
const CLIENT = `
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { request, get, Agent } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { checkedBody, createHttpClient } from '../../packages/core/src/index.ts';
import { uploadBody } from '../../packages/core/src/upload/index.ts';
import { createNodeHttpFetch, downloadToFile, fileSource } from '../../packages/core/src/node/index.ts';
import { FILE_READ_BYTES } from '../../packages/core/src/node/file-source.ts';

const [mode, base, arg, target] = process.argv.slice(2);
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 25);
const ctx = { provider: 'bench', operation: mode };
const started = performance.now();
let bytes = 0;
if (mode === 'raw-up') {
  const size = statSync(arg).size;
  const req = request(base + '/upload', { method: 'POST', headers: { 'content-length': size }, agent: new Agent({ keepAlive: true }) });
  const response = new Promise((resolve) => req.on('response', resolve));
  // Same read size as core's fileSource, so the ratio measures core's overhead, not a chunk-size choice.
  await pipeline(createReadStream(arg, { highWaterMark: FILE_READ_BYTES }), req);
  let text = '';
  for await (const chunk of await response) text += chunk;
  bytes = JSON.parse(text).bytes;
} else if (mode === 'core-up') {
  const client = createHttpClient({ provider: 'bench', fetch: createNodeHttpFetch(), retry: false });
  const response = await client.request(ctx, base + '/upload', { method: 'POST', body: uploadBody(await fileSource(arg)) });
  bytes = (await response.json()).bytes;
} else if (mode === 'core-up-fetch') {
  // The same upload over the global fetch: shows that core's redirect: 'error' keeps undici from buffering it whole.
  const client = createHttpClient({ provider: 'bench', retry: false });
  const response = await client.request(ctx, base + '/upload', { method: 'POST', body: uploadBody(await fileSource(arg)) });
  bytes = (await response.json()).bytes;
} else if (mode === 'raw-down') {
  const res = await new Promise((resolve) => get(base + '/download?size=' + arg, { agent: new Agent({ keepAlive: true }) }, resolve));
  const out = createWriteStream(target);
  await pipeline(res, out);
  const handle = await open(target, 'r+');
  await handle.sync();
  await handle.close();
  bytes = statSync(target).size;
} else if (mode === 'core-down') {
  const client = createHttpClient({ provider: 'bench', fetch: createNodeHttpFetch(), retry: false });
  bytes = (await downloadToFile(() => client.request(ctx, base + '/download?size=' + arg), target, ctx)).bytes;
} else if (mode === 'raw-down-mem') {
  const res = await new Promise((resolve) => get(base + '/download?size=' + arg, { agent: new Agent({ keepAlive: true }) }, resolve));
  for await (const chunk of res) bytes += chunk.length;
} else if (mode === 'core-down-mem') {
  const client = createHttpClient({ provider: 'bench', fetch: createNodeHttpFetch(), retry: false });
  const response = await client.request(ctx, base + '/download?size=' + arg);
  const reader = checkedBody(response, ctx).getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    bytes += next.value.byteLength;
  }
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
if (target !== undefined) await unlink(target).catch(() => undefined);
console.log(JSON.stringify({ mode, bytes, seconds, peakRss: peak }));
process.exit(0);
`;

interface Sample {
  readonly seconds: number;
  readonly bytes: number;
  readonly peakRssMiB: number;
}

/** A sink that counts upload bytes and a source that streams `size` bytes from a 1 MiB buffer with backpressure. */
async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const block = randomBytes(MIB);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/upload') {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ bytes }));
      });
      return;
    }
    const size = Number(url.searchParams.get('size') ?? '0');
    res.writeHead(200, { 'content-length': size, 'content-type': 'application/octet-stream' });
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        const chunk = sent + MIB <= size ? block : block.subarray(0, size - sent);
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function writeRandomFile(path: string, size: number): Promise<void> {
  const block = randomBytes(MIB);
  const out = createWriteStream(path);
  for (let written = 0; written < size; written += MIB) {
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  // Read once so the page cache holds it for every contender alike.
  await readFile(path).catch(() => undefined);
}

const TIME = '/usr/bin/time';

/** Runs a command, returning stdout and, when /usr/bin/time exists, the peak RSS it measured (KiB). */
function runMeasured(command: string, args: readonly string[]): Promise<{ stdout: string; maxRssKiB?: number }> {
  const useTime = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const child = useTime
      ? spawn(TIME, ['-f', 'MAXRSS=%M', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      const match = /MAXRSS=(\d+)/.exec(stderr);
      resolve(match?.[1] === undefined ? { stdout } : { stdout, maxRssKiB: Number(match[1]) });
    });
  });
}

async function runClient(
  script: string,
  mode: Mode,
  base: string,
  arg: string,
  expected: number,
  target?: string,
): Promise<Sample> {
  const args = [script, mode, base, arg, ...(target === undefined ? [] : [target])];
  const { stdout, maxRssKiB } = await runMeasured(process.execPath, args);
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  const report = JSON.parse(line) as { bytes: number; seconds: number; peakRss: number };
  if (report.bytes !== expected) throw new Error(`${mode}: moved ${report.bytes} bytes, expected ${expected}`);
  const peakRssMiB = maxRssKiB !== undefined ? maxRssKiB / 1024 : report.peakRss / MIB;
  return { seconds: report.seconds, bytes: report.bytes, peakRssMiB };
}

/** Times one curl transfer; with `syncAfter`, `sync FILE` (an fsync of that file) runs after it inside the timing. */
async function runCurl(args: readonly string[], expected: number, syncAfter?: string): Promise<Sample> {
  const curlArgs = ['-sS', ...args, '-w', '\n%{size_upload} %{size_download}'];
  const started = performance.now();
  const { stdout, maxRssKiB } =
    syncAfter === undefined
      ? await runMeasured('curl', curlArgs)
      : await runMeasured('sh', ['-c', 'curl "$@" && sync "$0"', syncAfter, ...curlArgs]);
  const seconds = (performance.now() - started) / 1000;
  const [up = '0', down = '0'] = (stdout.trim().split('\n').at(-1) ?? '').split(' ');
  const bytes = Math.max(Number(up), Number(down));
  if (bytes !== expected) throw new Error(`curl moved ${bytes} bytes, expected ${expected}`);
  return { seconds, bytes, peakRssMiB: (maxRssKiB ?? 0) / 1024 };
}

function hasCurl(): boolean {
  return ['/usr/bin/curl', '/usr/local/bin/curl', '/bin/curl'].some((path) => existsSync(path));
}

/**
 * Flushes every dirty page (`sync`) between two contenders, outside their timing, so each starts on a clean page cache.
 * curl's download is written with no fsync; in reverse-order rounds core ran right after it. Two runs minutes apart at
 * the same load gave download_throughput_ratio 0.82 without this and 1.12 with it; core against raw node:http alone,
 * in 8 alternating runs, was 1.29.
 */
async function settleDisk(): Promise<void> {
  if (existsSync('/usr/bin/sync') || existsSync('/bin/sync')) await runMeasured('sync', []);
}

const mibPerSecond = (sample: Sample): number => sample.bytes / MIB / sample.seconds;

const suite: BenchSuite = {
  name: 'transfers',
  description:
    '1 GiB upload from a file and download to a file through core vs raw node:http (and curl): throughput and peak RSS',
  async run(): Promise<Metrics> {
    const dir = await mkdtemp(join(tmpdir(), 'fileclients-bench-transfers-'));
    const server = await startServer();
    try {
      const script = join(dir, 'client.mjs');
      const bundled = await build({
        stdin: { contents: CLIENT, resolveDir: import.meta.dirname, sourcefile: 'client.ts', loader: 'ts' },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        conditions: ['@fileclients/source'],
        write: false,
        logLevel: 'silent',
      });
      const code = bundled.outputFiles[0]?.text;
      if (code === undefined) throw new Error('esbuild produced no client bundle');
      await writeFile(script, code);
      const big = join(dir, 'upload-1g.bin');
      const small = join(dir, 'upload-256m.bin');
      await writeRandomFile(big, GIB);
      await writeRandomFile(small, SMALL);

      const samples: Record<string, Sample[]> = {};
      const add = (key: string, sample: Sample): void => {
        samples[key] = [...(samples[key] ?? []), sample];
      };
      const curl = hasCurl();
      if (!curl) {
        console.error(
          'bench transfers: curl not found (looked in /usr/bin, /usr/local/bin, /bin): the *_vs_curl ratios are not reported',
        );
      }
      const saved = join(dir, 'download.bin');
      const curlDown = async (sync: boolean): Promise<Sample> => {
        const url = `${server.url}/download?size=${GIB}`;
        const sample = await runCurl(['-o', saved, url], GIB, sync ? saved : undefined);
        await rm(saved, { force: true });
        return sample;
      };
      // Contenders compared by a ratio run back to back in one group, so each round's ratio is taken under the same
      // machine load; the reported ratio is the median of the per-round ratios. Order rotates between rounds.
      const up: Array<[string, () => Promise<Sample>]> = [
        ['raw-up', () => runClient(script, 'raw-up', server.url, big, GIB)],
        ['core-up', () => runClient(script, 'core-up', server.url, big, GIB)],
        ['core-up-fetch', () => runClient(script, 'core-up-fetch', server.url, big, GIB)],
      ];
      const down: Array<[string, () => Promise<Sample>]> = [
        ['raw-down', () => runClient(script, 'raw-down', server.url, String(GIB), GIB, saved)],
        ['core-down', () => runClient(script, 'core-down', server.url, String(GIB), GIB, saved)],
      ];
      if (curl) {
        up.push(['curl-up', () => runCurl(['-H', 'Expect:', '-X', 'POST', '-T', big, `${server.url}/upload`], GIB)]);
        down.push(['curl-down', () => curlDown(false)], ['curl-down-fsync', () => curlDown(true)]);
      }
      const groups: Array<Array<[string, () => Promise<Sample>]>> = [
        up,
        down,
        [
          ['raw-down-mem', () => runClient(script, 'raw-down-mem', server.url, String(GIB), GIB)],
          ['core-down-mem', () => runClient(script, 'core-down-mem', server.url, String(GIB), GIB)],
        ],
        [
          ['core-up-256', () => runClient(script, 'core-up', server.url, small, SMALL)],
          ['core-down-256', () => runClient(script, 'core-down', server.url, String(SMALL), SMALL, saved)],
        ],
      ];
      for (let round = 0; round < RUNS; round++) {
        for (let g = 0; g < groups.length; g++) {
          const group = groups[(g + round) % groups.length] ?? [];
          const members = round % 2 === 0 ? group : [...group].reverse();
          for (const [key, run] of members) {
            const sample = await run();
            add(key, sample);
            if (verbose)
              console.error(`bench transfers: round ${round + 1} ${key} ${mibPerSecond(sample).toFixed(0)} MiB/s`);
            await settleDisk();
          }
        }
      }

      const ratio = (key: string, baseline: string): number =>
        median(
          (samples[key] ?? []).map((sample, i) => {
            const base = samples[baseline]?.[i];
            return base === undefined ? Number.NaN : mibPerSecond(sample) / mibPerSecond(base);
          }),
        );
      const rate = (key: string): number => median((samples[key] ?? []).map(mibPerSecond));
      const rss = (key: string): number => median((samples[key] ?? []).map((s) => s.peakRssMiB));
      const metrics: Metrics = {
        upload_throughput_ratio: { value: ratio('core-up', 'raw-up'), unit: 'ratio' },
        download_throughput_ratio: { value: ratio('core-down', 'raw-down'), unit: 'ratio' },
        upload_peak_rss_mib: { value: rss('core-up'), unit: 'MiB' },
        download_peak_rss_mib: { value: rss('core-down'), unit: 'MiB' },
        upload_peak_rss_mib_256: { value: rss('core-up-256'), unit: 'MiB' },
        download_peak_rss_mib_256: { value: rss('core-down-256'), unit: 'MiB' },
        upload_core_mib_per_s: { value: rate('core-up'), unit: 'MiB/s' },
        upload_raw_mib_per_s: { value: rate('raw-up'), unit: 'MiB/s' },
        download_core_mib_per_s: { value: rate('core-down'), unit: 'MiB/s' },
        download_raw_mib_per_s: { value: rate('raw-down'), unit: 'MiB/s' },
        upload_raw_peak_rss_mib: { value: rss('raw-up'), unit: 'MiB' },
        upload_global_fetch_throughput_ratio: { value: ratio('core-up-fetch', 'raw-up'), unit: 'ratio' },
        upload_global_fetch_peak_rss_mib: { value: rss('core-up-fetch'), unit: 'MiB' },
        download_raw_peak_rss_mib: { value: rss('raw-down'), unit: 'MiB' },
        download_memory_throughput_ratio: { value: ratio('core-down-mem', 'raw-down-mem'), unit: 'ratio' },
        download_memory_core_mib_per_s: { value: rate('core-down-mem'), unit: 'MiB/s' },
        download_memory_raw_mib_per_s: { value: rate('raw-down-mem'), unit: 'MiB/s' },
      };
      if (curl) {
        metrics.upload_curl_mib_per_s = { value: rate('curl-up'), unit: 'MiB/s' };
        metrics.download_curl_mib_per_s = { value: rate('curl-down'), unit: 'MiB/s' };
        metrics.download_curl_fsync_mib_per_s = { value: rate('curl-down-fsync'), unit: 'MiB/s' };
        metrics.upload_core_vs_curl_ratio = { value: ratio('core-up', 'curl-up'), unit: 'ratio' };
        metrics.download_core_vs_curl_ratio = { value: ratio('core-down', 'curl-down'), unit: 'ratio' };
        metrics.download_core_vs_curl_fsync_ratio = { value: ratio('core-down', 'curl-down-fsync'), unit: 'ratio' };
        // The same ratios for raw node:http: how far node itself is from curl, which no client on node can pass.
        metrics.upload_raw_vs_curl_ratio = { value: ratio('raw-up', 'curl-up'), unit: 'ratio' };
        metrics.download_raw_vs_curl_ratio = { value: ratio('raw-down', 'curl-down'), unit: 'ratio' };
      }
      return metrics;
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
