import { startFileCloudSandbox } from '@fileclients/sandbox';
import { median } from '../../bench/stats.js';
import { createFileCloudClient, decodeXml } from './src/index.js';

const sandbox = await startFileCloudSandbox();
const live = createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' });
await live.createFolder('/alice', 'bench');
for (let i = 0; i < 10; i++) await live.upload(`/alice/bench/file-${i}.txt`, `bench ${i}`);
const url = `${sandbox.url}/core/getfilelist`;
const jar = live.connection.jar;
const headers = {
  'content-type': 'application/x-www-form-urlencoded',
  'x-requested-with': 'XMLHttpRequest',
  'x-xsrf-token': jar.get('X-XSRF-TOKEN', url) ?? '',
  cookie: jar.headerFor(url) ?? '',
};
const text = await (
  await fetch(url, { method: 'POST', headers, body: 'path=%2Falice%2Fbench&start=0&limit=10' })
).text();
await sandbox.stop();
const canned = async () =>
  new Response(text, {
    headers: { 'content-type': 'text/xml; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) },
  });
const offline = createFileCloudClient({ baseUrl: 'http://127.0.0.1:9', fetch: canned });
const fns: Record<string, () => Promise<unknown> | unknown> = {
  cannedResponseText: async () => (await canned()).text(),
  decode: () => decodeXml(text),
  apiPOST: () => offline.api.POST('/core/getfilelist', { body: { path: '/alice/bench', start: 0, limit: 10 } }),
  list: () => offline.list('/alice/bench', { start: 0, limit: 10 }),
};
const samples: Record<string, number[]> = {};
for (let r = 0; r < 40; r++)
  for (const [k, fn] of Object.entries(fns)) {
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      await fn();
      (samples[k] ??= []).push(performance.now() - t);
    }
  }
for (const [k, v] of Object.entries(samples)) console.log(k.padEnd(20), median(v.slice(100)).toFixed(3), 'ms');
