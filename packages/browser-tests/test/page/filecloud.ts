import { createFileCloudClient } from '@fileclients/filecloud';
import { createFileCloudStore } from '@fileclients/filecloud/store';
import { install } from './scenario.js';

// The session is the browser's tonido-login-hash cookie, sent with credentials: 'include'.
install(async (env) => {
  const username = env.FILECLOUD_USERNAME ?? '';
  const client = createFileCloudClient({
    baseUrl: env.FILECLOUD_URL ?? '',
    username,
    password: env.FILECLOUD_PASSWORD ?? '',
  });
  await client.login();
  return { store: createFileCloudStore(client), root: `/${username}`, logout: () => client.logout() };
});
