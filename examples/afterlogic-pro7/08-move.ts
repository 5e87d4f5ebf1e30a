// Move a file into another folder.
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  await client.createFolder(`${EXAMPLES_FOLDER}/archive`);
  await client.upload(`${EXAMPLES_FOLDER}/to-archive.txt`, { source: 'old news' }, { overwrite: true });
  const [report] = await client.move(`${EXAMPLES_FOLDER}/to-archive.txt`, `${EXAMPLES_FOLDER}/archive`);
  if (!report?.ok) throw report?.error ?? new Error('nothing was moved');
  console.log(`moved ${report.from} -> ${report.to}`);
  await client.logout();
});
