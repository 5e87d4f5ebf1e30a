// Copy a file into another folder.
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
if (!(await client.exists(`${folder}/copies`))) await client.createFolder(folder, 'copies');
await client.upload(`${folder}/original.txt`, 'copy me\n');
if (await client.exists(`${folder}/copies/original.txt`)) await client.delete(`${folder}/copies/original.txt`);
await client.copy(`${folder}/original.txt`, `${folder}/copies`);
const copy = await client.stat(`${folder}/copies/original.txt`);
console.log(`copied to ${copy.path} (${copy.size} bytes)`);
