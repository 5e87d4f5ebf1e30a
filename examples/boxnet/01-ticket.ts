/**
 * The ticket flow: get a ticket, send the user to Box's page to approve it, then trade it for an auth_token.
 * In a terminal the example waits for Enter; without one (CI, the sandbox) it opens the page itself, which the
 * sandbox takes as the user's approval.
 */
import { createInterface } from 'node:readline/promises';
import { client, run } from './config.js';

run(async () => {
  const box = client();
  const { ticket, authUrl } = await box.getTicket();
  console.log(`ticket ${ticket}`);
  console.log(`Open this page and approve the application: ${authUrl}`);
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    await rl.question('Press Enter once you have approved it... ');
    rl.close();
  } else {
    const page = await fetch(authUrl);
    console.log(`(no terminal: opened the page ourselves, HTTP ${page.status})`);
  }
  const { user } = await box.getAuthToken(ticket);
  console.log(`logged in as ${user.login}: ${user.space_used ?? 0} of ${user.space_amount} bytes used`);
  await box.logout();
  console.log('logged out');
});
