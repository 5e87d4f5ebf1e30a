import { createPro7Client } from '@fileclients/afterlogic-pro7';
import { createPro7Store } from '@fileclients/afterlogic-pro7/store';
import { startPage } from '../shared/ui.js';

// Token mode (the default): the AuthToken goes with every request, no cookie is needed across origins.
void startPage(async (config) => {
  const client = createPro7Client({
    baseUrl: config.PRO7_URL ?? '',
    credentials: { email: config.PRO7_USERNAME ?? '', password: config.PRO7_PASSWORD ?? '' },
  });
  await client.login();
  return { store: createPro7Store(client), folder: '/' };
});
