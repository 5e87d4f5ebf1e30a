// Share a file and a folder with public links, use them without logging in, then remove them.
import { createPro7Client } from '@fileclients/afterlogic-pro7';
import { connect, EXAMPLES_FOLDER, readConfig, run } from './config.js';

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  await client.upload(`${EXAMPLES_FOLDER}/shared.txt`, { source: 'shared with everyone\n' }, { overwrite: true });
  const fileLink = await client.createPublicLink(`${EXAMPLES_FOLDER}/shared.txt`);
  console.log(`file link: ${fileLink.url}`);
  const folderLink = await client.createPublicLink(EXAMPLES_FOLDER);
  console.log(`folder link: ${folderLink.url}`);

  // Anyone with the links: no login.
  const anonymous = createPro7Client({ baseUrl: readConfig().url });
  const text = await new Response(await anonymous.downloadPublic(fileLink.url)).text();
  console.log(`downloaded through the file link: ${JSON.stringify(text)}`);
  const { items } = await anonymous.listPublic(folderLink.hash);
  console.log(`the folder link shows ${items.length} item(s): ${items.map((item) => item.Name).join(', ')}`);

  await client.deletePublicLink(`${EXAMPLES_FOLDER}/shared.txt`);
  await client.deletePublicLink(EXAMPLES_FOLDER);
  console.log('both links removed');
  await client.logout();
});
