/** delete: removes the examples folder and everything in it. */
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const box = await connect();
  const root = await box.getAccountTree(0, { onelevel: true, nofiles: true });
  const folder = root.folders.find((f) => f.name === EXAMPLES_FOLDER);
  if (!folder) {
    console.log(`${EXAMPLES_FOLDER} does not exist; nothing to delete`);
  } else {
    await box.call('delete', { target: 'folder', target_id: folder.id });
    console.log(`deleted ${EXAMPLES_FOLDER} (id ${folder.id})`);
  }
  await box.logout();
});
