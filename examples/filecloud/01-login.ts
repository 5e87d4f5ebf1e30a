// Log in (cookies and the XSRF header are handled by the client) and show who the session belongs to.
import { userClient } from './config.js';

const client = userClient();
await client.login();
const info = await client.whoami();
console.log(`logged in as ${info?.profile} (${info?.displayname}), level ${info?.userlevel}`);
console.log(`session alive: ${await client.isAuthenticated()}`);
