// Delete a file, then the whole example folder (FileCloud moves it to the recycle bin when one is enabled).
import { NotFoundError } from '@fileclients/core';
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
await client.upload(`${folder}/delete-me.txt`, 'bye\n');
await client.delete(`${folder}/delete-me.txt`);
try {
  await client.delete(`${folder}/delete-me.txt`);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`deleting twice: ${error.message}`);
}
await client.delete(folder);
console.log(`removed ${folder}: ${!(await client.exists(folder))}`);
await client.logout();
