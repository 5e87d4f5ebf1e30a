// Log out: the AuthToken stops working on the server.
import { createPro7Client, isAuthError } from '@fileclients/afterlogic-pro7';
import { readConfig, run } from './config.js';

run(async () => {
  const config = readConfig();
  const client = createPro7Client({ baseUrl: config.url });
  const session = await client.login({ email: config.username, password: config.password });
  await client.logout();
  console.log('logged out');
  const stale = createPro7Client({ baseUrl: config.url, authToken: session.authToken, accountId: session.accountId });
  try {
    await stale.quota();
    throw new Error('the old AuthToken still works after logout');
  } catch (error) {
    if (!isAuthError(error)) throw error;
    console.log(`the old AuthToken is refused: ${error.message}`);
  }
});
