// Any form call of the contract through `call`: the body and the decoded answer are typed from the spec, the answer
// is checked for FileCloud's failures, and the call logs in first like the methods. Leaves stay wire strings here;
// the methods (list, stat, …) give numbers, booleans and dates.
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);

const { info } = await client.call('/core/getauthenticationinfo');
console.log(`session of ${info?.profile ?? '?'}: authenticated ${info?.authenticated === '1' ? 'yes' : 'no'}`);

const page = await client.call('/core/getfilelist', { path: folder, limit: 5, sortby: 'name', sortdir: 1 });
console.log(`${page.meta?.total ?? '?'} entries in ${folder}, first ${page.entry?.length ?? 0}:`);
for (const entry of page.entry ?? [])
  console.log(`  ${entry.type === 'dir' ? 'd' : '-'} ${entry.fullsize} ${entry.name}`);

const shares = await client.call('/core/getshares');
console.log(`${shares.share?.length ?? 0} share(s)`);
