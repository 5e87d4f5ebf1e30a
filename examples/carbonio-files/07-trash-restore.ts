// Trash two nodes and restore them; bulk calls report per node what went through.
import { ensureWorkFolder, filesClient } from './config.js';

const client = filesClient();
const folder = await ensureWorkFolder(client);
const a = await client.upload({ name: 'trash-a.txt', parentId: folder, source: 'a' });
const b = await client.upload({ name: 'trash-b.txt', parentId: folder, source: 'b' });

const trashed = await client.trashNodes({ node_ids: [a.nodeId, b.nodeId, '00000000-0000-0000-0000-000000000000'] });
console.log(`trashed ${trashed.succeeded.length}, refused ${trashed.failed.length}:`);
for (const failure of trashed.failed) console.log(`  ${failure.id}: ${failure.error.code}`);
console.log(`trash-a is now under ${(await client.getNode({ node_id: a.nodeId }))?.rootId}`);

const restored = await client.restoreNodes({ node_ids: [a.nodeId, b.nodeId] });
for (const node of restored.succeeded) console.log(`restored ${node.name} to ${node.parent?.name ?? '?'}`);
