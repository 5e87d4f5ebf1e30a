import { createBoxnetClient } from '@fileclients/boxnet';
import { createBoxnetStore } from '@fileclients/boxnet/store';
import { startPage } from '../shared/ui.js';

// The auth_token is a SOAP argument and part of the upload and download URLs: no cookie is involved.
void startPage(async (config) => {
  const client = createBoxnetClient({
    apiKey: config.BOXNET_API_KEY ?? '',
    baseUrl: config.BOXNET_URL ?? '',
    uploadUrl: config.BOXNET_UPLOAD_URL ?? '',
    downloadUrl: config.BOXNET_DOWNLOAD_URL ?? '',
  });
  await client.login(config.BOXNET_USERNAME ?? '', config.BOXNET_PASSWORD ?? '');
  return { store: createBoxnetStore(client), folder: '/' };
});
