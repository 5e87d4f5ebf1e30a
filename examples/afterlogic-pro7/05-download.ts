// Download a file to disk with a progress bar, streaming (the file is never held in memory).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { progressBar } from '../shared/progress-bar.js';
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  const path = `${EXAMPLES_FOLDER}/download-me.bin`;
  await client.createFolder(EXAMPLES_FOLDER);
  await client.upload(path, { source: new Uint8Array(1024 * 1024).fill(7) }, { overwrite: true });
  const dir = await mkdtemp(join(tmpdir(), 'pro7-example-'));
  try {
    const target = join(dir, 'download-me.bin');
    const bar = progressBar('download');
    const stream = await client.download(path, { onProgress: (p) => bar.update(p) });
    await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), createWriteStream(target));
    bar.done();
    console.log(`downloaded ${path} to ${target}: ${(await stat(target)).size} bytes`);
    const item = await client.info(path);
    console.log(
      `a link that works without cookies (keep it secret, it holds the token): ${client.linkFor(item.Hash).replace(/[^/]+$/, '<AuthToken>')}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await client.logout();
});
