// Download a file to disk with a progress bar: atomically (temp file + rename), streamed, size-checked.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadToFile } from '@fileclients/core/node';
import { progressBar } from '../shared/progress-bar.js';
import { ensureWorkFolder, filesClient, findChild } from './config.js';

const client = filesClient();
const folder = await ensureWorkFolder(client);
const existing = await findChild(client, folder, 'big data.bin');
const nodeId =
  existing?.id ??
  (await client.upload({ name: 'big data.bin', parentId: folder, source: new Uint8Array(1024 * 1024) })).nodeId;

const dir = await mkdtemp(join(tmpdir(), 'carbonio-example-'));
try {
  const target = join(dir, 'big data.bin');
  const bar = progressBar('download');
  const result = await downloadToFile(() => client.downloadResponse(nodeId), target, {
    provider: 'carbonio-files',
    operation: 'download',
    onProgress: (p) => bar.update(p),
  });
  bar.done();
  console.log(`downloaded ${result.bytes} bytes to ${target} (${(await stat(target)).size} on disk)`);

  const streamed = await client.download(nodeId);
  await streamed.body.cancel();
  console.log(`the server names it "${streamed.fileName}" (${streamed.contentType})`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
