// Rename a file; when the new name is taken the server silently picks `name_0.ext`, and the client reports it.
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  await client.upload(`${EXAMPLES_FOLDER}/draft.txt`, { source: 'draft' }, { overwrite: true });
  await client.upload(`${EXAMPLES_FOLDER}/final.txt`, { source: 'final' }, { overwrite: true });
  const result = await client.rename(`${EXAMPLES_FOLDER}/draft.txt`, 'final.txt');
  console.log(`renamed draft.txt: it is now ${result.path}${result.renamed ? ' (final.txt was taken)' : ''}`);
  await client.delete(result.path);
  await client.logout();
});
