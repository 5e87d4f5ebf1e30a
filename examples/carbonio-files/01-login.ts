// Log in with the SOAP AuthRequest and show what the session holds (never the token itself).
import { filesClient } from './config.js';

const client = filesClient();
const { expiresAt } = await client.login();
const hours = expiresAt === undefined ? 'unknown' : ((expiresAt - Date.now()) / 3_600_000).toFixed(1);
console.log(`logged in to ${client.baseUrl}; the session is valid for ${hours} h`);
const configs = await client.getConfigs();
for (const config of configs) if (config) console.log(`  ${config.name} = ${config.value}`);
