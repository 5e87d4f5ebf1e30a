// Page through a folder 5 nodes at a time: page_token until it is null (the last page may be empty).
import { ensureWorkFolder, filesClient } from './config.js';

const client = filesClient();
const folder = await ensureWorkFolder(client);

let pageToken: string | null = null;
let page = 0;
do {
  const node = await client.getChildren({ node_id: folder, limit: 5, sort: 'NAME_ASC', page_token: pageToken });
  if (node?.__typename !== 'Folder') throw new Error('the work folder is not a folder');
  page++;
  const names = node.children.nodes.flatMap((n) => (n ? [n.name] : []));
  console.log(`page ${page}: ${names.length ? names.join(', ') : '(empty)'}`);
  pageToken = node.children.page_token;
} while (pageToken !== null);

// The iterator does the same loop for you, 50 per page.
let total = 0;
for await (const _node of client.children(folder)) total++;
console.log(`${total} node(s) in ${page} page(s) of 5`);
