/** A streamed download to a file with a progress bar (uploads a small file first when the folder is empty). */
import { createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { progressBar } from '../shared/progress-bar.js';
import { connect, examplesFolder, run } from './config.js';

run(async () => {
  const box = await connect();
  const folderId = await examplesFolder(box);
  const folder = await box.getAccountTree(folderId, { onelevel: true });
  let file: { id: number; file_name: string; size: number } | undefined = folder.files[0];
  if (!file) {
    const uploaded = await box.uploadFile(
      { folderId },
      { name: 'hello.txt', body: { source: 'hello from fileclients\n' } },
    );
    file = { id: uploaded.id ?? 0, file_name: uploaded.file_name, size: 23 };
  }
  const bar = progressBar(`download ${file.file_name}`);
  const stream = await box.download(file.id, { expectedSize: file.size, onProgress: (p) => bar.update(p) });
  const target = join(await mkdtemp(join(tmpdir(), 'boxnet-example-')), file.file_name);
  await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), createWriteStream(target));
  bar.done();
  console.log(`saved ${file.file_name} to ${target}`);
  await box.logout();
});
