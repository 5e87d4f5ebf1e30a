// Create folders, including a name with '+' and '%' that the server would otherwise URL-decode a second time.
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  await client.createFolder(`${EXAMPLES_FOLDER}/reports 100% a+b`);
  const { items } = await client.list(EXAMPLES_FOLDER);
  console.log(`created ${EXAMPLES_FOLDER}; it now holds: ${items.map((item) => item.Name).join(', ')}`);
  await client.logout();
});
