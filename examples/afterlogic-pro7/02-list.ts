// List the root folder and the quota.
import { connect, run } from './config.js';

run(async () => {
  const client = await connect();
  const { items, quota } = await client.list('/');
  console.log(`root holds ${items.length} item(s); quota used ${quota[0]} bytes, free ${quota[1]} bytes`);
  for (const item of items) {
    console.log(
      `  ${item.IsFolder ? 'folder' : 'file  '} ${item.FullPath}${item.IsFolder ? '' : ` (${item.Size} bytes)`}`,
    );
  }
  await client.logout();
});
