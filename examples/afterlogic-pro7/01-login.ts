// Log in with the AuthToken (cookie-less) mode, look at the application data, log out.
import { createPro7Client } from '@fileclients/afterlogic-pro7';
import { readConfig, run } from './config.js';

run(async () => {
  const config = readConfig();
  const client = createPro7Client({ baseUrl: config.url });
  const session = await client.login({ email: config.username, password: config.password });
  console.log(`logged in as ${config.username}: AccountID ${session.accountId}`);
  const data = await client.appData();
  console.log(`Auth: ${data.Auth}, Files supported: ${data.User?.IsFilesSupported ?? false}`);
  console.log(`accounts: ${(data.Accounts ?? []).map((account) => account.Email).join(', ')}`);
  await client.logout();
  console.log('logged out');
});
