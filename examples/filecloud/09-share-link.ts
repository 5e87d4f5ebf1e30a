// Create a public share link, limit its downloads, make it private again and remove it.
import { ensureWorkFolder, userClient } from './config.js';

const client = userClient();
const folder = await ensureWorkFolder(client);
await client.upload(`${folder}/shared.txt`, 'shared with the world\n');
const share = await client.quickShare(`${folder}/shared.txt`);
console.log(`public link: ${share.url}`);
const limited = await client.updateShare(share.id, { maxdownloads: 10 });
console.log(`max downloads: ${limited.maxDownloads}`);
await client.setPublicAccess(share.id, { allowpublicaccess: 0 });
console.log(`public now: ${(await client.shareForPath(`${folder}/shared.txt`))?.isPublic}`);
await client.deleteShare(share.id);
console.log(`share removed: ${(await client.shareForPath(`${folder}/shared.txt`)) === undefined}`);
