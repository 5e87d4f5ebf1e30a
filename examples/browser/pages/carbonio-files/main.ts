import { createCarbonioFilesClient } from '@fileclients/carbonio-files';
import { createCarbonioStore } from '@fileclients/carbonio-files/store';
import { startPage } from '../shared/ui.js';

// The session is the browser's ZM_AUTH_TOKEN cookie: AuthRequest sets it, every call sends it
// (credentials: 'include'), so the server's proxy must allow this page's origin with credentials.
void startPage(async (config) => {
  const client = createCarbonioFilesClient({
    baseUrl: config.CARBONIO_URL ?? '',
    username: config.CARBONIO_USERNAME ?? '',
    password: config.CARBONIO_PASSWORD ?? '',
  });
  await client.login();
  return { store: createCarbonioStore(client), folder: '/' };
});
