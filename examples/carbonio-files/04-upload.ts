// Upload a 5 MiB file from disk with a progress bar (streamed, sized), then a few small files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSource } from '@fileclients/core/node';
import { progressBar } from '../shared/progress-bar.js';
import { ensureWorkFolder, filesClient } from './config.js';

const client = filesClient();
const folder = await ensureWorkFolder(client);

const dir = await mkdtemp(join(tmpdir(), 'carbonio-example-'));
const local = join(dir, 'big data.bin');
await writeFile(
  local,
  new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) % 251),
);
try {
  const bar = progressBar('big data.bin');
  // fileSource gives a size (the server needs Content-Length) and a factory (so a re-login can resend it).
  const body = await fileSource(local, { onProgress: (p) => bar.update(p) });
  const { nodeId } = await client.upload({ name: 'big data.bin', parentId: folder, ...body });
  bar.done();
  const node = await client.getNode({ node_id: nodeId });
  if (node?.__typename === 'File')
    console.log(`uploaded ${node.name}.${node.extension}: ${node.size} bytes, ${node.mime_type}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

for (let i = 1; i <= 12; i++) {
  const { nodeId } = await client.upload({
    name: `note-${String(i).padStart(2, '0')}.txt`,
    parentId: folder,
    source: `note ${i}\n`,
  });
  if (i === 12) console.log(`uploaded 12 notes (last one: ${nodeId})`);
}
