import { readFileSync } from 'node:fs';
import { createFileCloudClient } from './src/index.js';

const one = readFileSync('../../specs/filecloud/samples/getfilelist.xml', 'utf8');
// ~10 entries like the bench
const m = /<entry>[\s\S]*?<\/entry>/.exec(one)?.[0] ?? '';
const text = one.replace('</entries>', `${m.repeat(7)}</entries>`);
const canned = async () =>
  new Response(text, {
    headers: { 'content-type': 'text/xml; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) },
  });
const offline = createFileCloudClient({ baseUrl: 'http://127.0.0.1:9', fetch: canned });
for (let i = 0; i < 4000; i++)
  await offline.api.POST('/core/getfilelist', { body: { path: '/alice/bench', start: 0, limit: 10 } });
