// The two roots every account has, and what the Home root (LOCAL_ROOT) holds.
import { filesClient } from './config.js';

const client = filesClient();
for (const root of await client.getRootsList()) if (root) console.log(`root ${root.id} (${root.name})`);

let count = 0;
for await (const node of client.children('LOCAL_ROOT', { sort: 'NAME_ASC' })) {
  const size = node.__typename === 'File' ? ` ${node.size} bytes` : '';
  console.log(`  ${node.__typename === 'Folder' ? 'dir ' : 'file'} ${node.name}${size}`);
  count++;
}
console.log(`LOCAL_ROOT holds ${count} node(s)`);
