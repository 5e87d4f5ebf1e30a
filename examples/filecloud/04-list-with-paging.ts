// List a folder one page at a time (start/limit against meta.total), then with the async iterator.
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);

const limit = 5;
for (let start = 0, page = 1; ; page++) {
  const { entries, total } = await client.list(folder, { start, limit, sortBy: 'name', sortDir: 1 });
  console.log(`page ${page} (${start + 1}-${start + entries.length} of ${total}):`);
  for (const e of entries)
    console.log(`  ${e.kind === 'folder' ? 'd' : '-'} ${String(e.size ?? '').padStart(9)} ${e.name}`);
  start += entries.length;
  if (entries.length === 0 || total === undefined || start >= total) break;
}

let count = 0;
for await (const _entry of client.listAll(folder, { pageSize: 100 })) count++;
console.log(`listAll saw ${count} entries`);
