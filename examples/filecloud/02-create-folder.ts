// Create a folder (a ConflictError says it exists already).
import { ConflictError } from '@fileclients/core';
import { userClient, workFolder } from './config.js';

const client = userClient();
try {
  await client.createFolder(client.home, 'fileclients-examples');
  console.log(`created ${workFolder(client)}`);
} catch (error) {
  if (!(error instanceof ConflictError)) throw error;
  console.log(`${workFolder(client)} exists already`);
}
const folder = await client.stat(workFolder(client));
console.log(`${folder.path}: ${folder.kind}, modified ${folder.modified?.toISOString() ?? 'unknown'}`);
