// Delete items: the server is not atomic, so every item is reported on its own.
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const client = await connect();
  const reports = await client.delete([`${EXAMPLES_FOLDER}/does-not-exist.txt`, EXAMPLES_FOLDER]);
  for (const report of reports) {
    console.log(
      report.ok ? `deleted ${report.path}` : `not deleted ${report.path}: ${report.error.name} (${report.error.code})`,
    );
  }
  // The missing file is expected; the examples folder must be gone.
  if (!reports[1]?.ok) process.exitCode = 1;
  await client.logout();
});
