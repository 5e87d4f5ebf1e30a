/** public_share (a public name for a link), then public_unshare; and a private share by e-mail. */
import { connect, examplesFolder, run } from './config.js';

run(async () => {
  const box = await connect();
  const folderId = await examplesFolder(box);
  const file = await box.uploadFile(
    { folderId },
    { name: 'shared.txt', body: { source: 'shared with fileclients\n' } },
  );
  const fileId = file.id ?? 0;
  const shared = await box.call('public_share', {
    target: 'file',
    target_id: fileId,
    password: '',
    message: 'Here is the file',
    emails: [],
  });
  console.log(`public name: ${shared.public_name} (link http://box.net/s/${shared.public_name})`);
  await box.call('public_unshare', { target: 'file', target_id: fileId });
  console.log('unshared');
  await box.call('private_share', {
    target: 'file',
    target_id: fileId,
    emails: ['colleague@example.com'],
    message: 'For your eyes only',
    notify: false,
  });
  console.log('shared privately with colleague@example.com');
  await box.logout();
});
