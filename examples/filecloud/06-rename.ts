// Rename a file in place.
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
await client.upload(`${folder}/draft.txt`, 'a draft\n');
if (await client.exists(`${folder}/final.txt`)) await client.delete(`${folder}/final.txt`);
await client.rename(`${folder}/draft.txt`, 'final.txt');
console.log(`renamed draft.txt -> final.txt: ${await client.exists(`${folder}/final.txt`)}`);
