// Upload 4 MiB as a stream with a progress bar (multipart), then a small file with PUT.
import { progressBar } from '../shared/progress-bar.js';
import { connect, EXAMPLES_FOLDER, run } from './config.js';

const SIZE = 4 * 1024 * 1024;

/** Produces the bytes in 64 KiB chunks, as a file or a network stream would. */
async function* generate(): AsyncGenerator<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).map((_, i) => i % 256);
  for (let sent = 0; sent < SIZE; sent += chunk.byteLength) yield chunk;
}

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  const bar = progressBar('upload');
  const result = await client.upload(
    `${EXAMPLES_FOLDER}/data.bin`,
    { source: generate(), size: SIZE, onProgress: (p) => bar.update(p) },
    { overwrite: true },
  );
  bar.done();
  console.log(`uploaded ${result.size} bytes to ${result.path}`);
  const put = await client.upload(
    `${EXAMPLES_FOLDER}/hello.txt`,
    { source: 'hello from fileclients\n' },
    { method: 'put' },
  );
  console.log(`PUT ${put.size} bytes to ${put.path} (${put.mimeType})`);
  await client.logout();
});
