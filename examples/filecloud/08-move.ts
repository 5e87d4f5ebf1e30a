// Move a file to another folder (renameormove takes two full paths, so it can rename on the way).
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
if (!(await client.exists(`${folder}/archive`))) await client.createFolder(folder, 'archive');
await client.upload(`${folder}/to-move.txt`, 'move me\n');
const target = `${folder}/archive/moved.txt`;
if (await client.exists(target)) await client.delete(target);
await client.move(`${folder}/to-move.txt`, target);
console.log(
  `moved: source exists ${await client.exists(`${folder}/to-move.txt`)}, target exists ${await client.exists(target)}`,
);
