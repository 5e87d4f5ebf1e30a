/** A streamed multipart upload with a progress bar. */
import { progressBar } from '../shared/progress-bar.js';
import { connect, examplesFolder, run } from './config.js';

run(async () => {
  const box = await connect();
  const folderId = await examplesFolder(box);
  const size = 2 * 1024 * 1024;
  // A generated body streamed in 64 KiB chunks, never held whole (any ReadableStream, Blob or file works).
  let sent = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, size - sent)).fill(0x61 + ((sent / 65536) % 26));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const bar = progressBar('upload report.bin');
  const file = await box.uploadFile(
    { folderId },
    { name: 'report.bin', body: { source, size, onProgress: (p) => bar.update(p) } },
  );
  bar.done();
  console.log(`uploaded ${file.file_name} as id ${file.id} into folder ${file.folder_id}`);
  await box.logout();
});
