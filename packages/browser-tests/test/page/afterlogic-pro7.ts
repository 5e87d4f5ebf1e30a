import { createPro7Client } from '@fileclients/afterlogic-pro7';
import { createPro7Store } from '@fileclients/afterlogic-pro7/store';
import { install } from './scenario.js';

// Token mode (the default): the AuthToken travels in every request, no cookie is involved.
install(async (env) => {
  const client = createPro7Client({
    baseUrl: env.PRO7_URL ?? '',
    credentials: { email: env.PRO7_USERNAME ?? '', password: env.PRO7_PASSWORD ?? '' },
  });
  await client.login();
  return { store: createPro7Store(client), root: '/', logout: () => client.logout() };
});
