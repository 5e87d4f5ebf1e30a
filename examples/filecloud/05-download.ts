// Stream a file to disk atomically (no partial file on failure), with progress, and check it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadToFile } from '@fileclients/core/node';
import { progressBar } from '../shared/progress-bar.js';
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
const remote = `${folder}/note-01.txt`;
if (!(await client.exists(remote))) await client.upload(remote, 'note number 1\n');

const dir = await mkdtemp(join(tmpdir(), 'filecloud-example-'));
try {
  const target = join(dir, 'note-01.txt');
  const bar = progressBar('note-01.txt');
  const stream = await client.download(remote, { onProgress: (p) => bar.update(p) });
  const { bytes } = await downloadToFile(new Response(stream), target, {
    provider: 'filecloud',
    operation: 'downloadfile',
  });
  bar.done();
  console.log(`downloaded ${bytes} bytes: ${JSON.stringify(await readFile(target, 'utf8'))}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
