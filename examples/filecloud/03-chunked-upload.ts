// Upload a 5 MiB file in 1 MiB slices (the default slice is 20 MiB) with a progress bar, then a few small files.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressBar } from '../shared/progress-bar.js';
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);

const dir = await mkdtemp(join(tmpdir(), 'filecloud-example-'));
const local = join(dir, 'big.bin');
const data = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) % 251);
await writeFile(local, data);
try {
  // A file-backed Blob: each slice is read from disk when it is sent, never the whole file at once.
  const blob = await openAsBlob(local);
  const bar = progressBar('big.bin');
  await client.upload(`${folder}/big.bin`, blob, { chunkSize: 1024 * 1024, onProgress: (p) => bar.update(p) });
  bar.done();
} finally {
  await rm(dir, { recursive: true, force: true });
}

for (let i = 1; i <= 12; i++) {
  await client.upload(`${folder}/note-${String(i).padStart(2, '0')}.txt`, `note number ${i}\n`);
}
const stat = await client.stat(`${folder}/big.bin`);
console.log(`uploaded ${stat.name}: ${stat.size} bytes, and 12 notes`);
