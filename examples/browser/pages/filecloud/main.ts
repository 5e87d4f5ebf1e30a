import { createFileCloudClient } from '@fileclients/filecloud';
import { createFileCloudStore } from '@fileclients/filecloud/store';
import { startPage } from '../shared/ui.js';

// The session is the browser's cookie (credentials: 'include'). On another origin than the server the page cannot
// read the X-XSRF-TOKEN cookie, so the server needs its CSRF check off; see the filecloud README.
void startPage(async (config) => {
  const username = config.FILECLOUD_USERNAME ?? '';
  const client = createFileCloudClient({
    baseUrl: config.FILECLOUD_URL ?? '',
    username,
    password: config.FILECLOUD_PASSWORD ?? '',
  });
  await client.login();
  return { store: createFileCloudStore(client), folder: `/${username}` };
});
