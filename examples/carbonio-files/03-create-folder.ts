// Create a folder, handling the NODE_DUPLICATED conflict the server raises when the name is taken.
import { isConflictError } from '@fileclients/core';
import { ensureWorkFolder, filesClient } from './config.js';

const client = filesClient();
const parent = await ensureWorkFolder(client);
const name = 'reports';
try {
  const folder = await client.createFolder({ destination_id: parent, name });
  console.log(`created folder ${folder.name} (${folder.id})`);
} catch (error) {
  if (!isConflictError(error)) throw error;
  console.log(`folder ${name} already exists (${error.code})`);
}
const folder = await client.updateNode({
  node_id: parent,
  description: 'Made by the fileclients examples.\nSafe to delete.',
});
console.log(`work folder description: ${JSON.stringify(folder.description)}`);
