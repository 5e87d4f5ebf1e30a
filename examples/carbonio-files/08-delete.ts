// Delete the work folder and everything in it, for good (deleteNodes cannot be undone).
import { filesClient, WORK_FOLDER } from './config.js';

const client = filesClient();
const ids: string[] = [];
for await (const node of client.children('LOCAL_ROOT')) {
  if (node.__typename === 'Folder' && node.name === WORK_FOLDER) ids.push(node.id);
}
if (ids.length === 0) {
  console.log(`no ${WORK_FOLDER} folder to delete`);
} else {
  const result = await client.deleteNodes({ node_ids: ids });
  console.log(`deleted ${result.succeeded.length} folder(s) named ${WORK_FOLDER}`);
  const failure = result.failed[0];
  if (failure) throw failure.error;
}
