// Copy a file into another folder; each item gets its own report with the final path.
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  await client.createFolder(EXAMPLES_FOLDER);
  await client.createFolder(`${EXAMPLES_FOLDER}/copies`);
  await client.upload(`${EXAMPLES_FOLDER}/original.txt`, { source: 'original' }, { overwrite: true });
  const reports = await client.copy([`${EXAMPLES_FOLDER}/original.txt`], `${EXAMPLES_FOLDER}/copies`);
  for (const report of reports) {
    if (report.ok) console.log(`copied ${report.from} -> ${report.to}${report.renamed ? ' (renamed on a clash)' : ''}`);
    else console.log(`could not copy ${report.from}: ${report.error.message}`);
  }
  if (reports.some((report) => !report.ok)) process.exitCode = 1;
  await client.logout();
});
