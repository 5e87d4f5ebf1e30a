import { createBoxnetClient } from '@fileclients/boxnet';
import { createBoxnetStore } from '@fileclients/boxnet/store';
import { install } from './scenario.js';

// The auth_token is a SOAP argument and part of the upload and download URLs; no cookie is involved.
install(async (env) => {
  const client = createBoxnetClient({
    apiKey: env.BOXNET_API_KEY ?? '',
    baseUrl: env.BOXNET_URL ?? '',
    uploadUrl: env.BOXNET_UPLOAD_URL ?? '',
    downloadUrl: env.BOXNET_DOWNLOAD_URL ?? '',
  });
  await client.login(env.BOXNET_USERNAME ?? '', env.BOXNET_PASSWORD ?? '');
  return { store: createBoxnetStore(client), root: '/', logout: () => client.logout() };
});
