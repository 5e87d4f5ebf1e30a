/** create_folder; a second call answers the outcome s_folder_exists instead of failing. */
import { connect, EXAMPLES_FOLDER, run } from './config.js';

run(async () => {
  const box = await connect();
  const first = await box.call('create_folder', { parent_id: 0, name: EXAMPLES_FOLDER, share: 0 });
  if (first.status === 'create_ok')
    console.log(`created ${first.folder.folder_name} (id ${first.folder.folder_id}) at ${first.folder.path}`);
  else console.log(`${EXAMPLES_FOLDER} already exists`);
  const again = await box.call('create_folder', { parent_id: 0, name: EXAMPLES_FOLDER, share: 0 });
  console.log(`second create_folder: ${again.status}`);
  await box.logout();
});
