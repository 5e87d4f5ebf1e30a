import { createCarbonioFilesClient } from '@fileclients/carbonio-files';
import { createCarbonioStore } from '@fileclients/carbonio-files/store';
import { install } from './scenario.js';

// The session is the browser's ZM_AUTH_TOKEN cookie (set by AuthRequest, sent with credentials: 'include').
install(async (env) => {
  const client = createCarbonioFilesClient({
    baseUrl: env.CARBONIO_URL ?? '',
    username: env.CARBONIO_USERNAME ?? '',
    password: env.CARBONIO_PASSWORD ?? '',
  });
  await client.login();
  return { store: createCarbonioStore(client), root: '/', logout: async () => client.logout() };
});
