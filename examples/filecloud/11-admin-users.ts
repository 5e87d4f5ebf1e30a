// Admin API: list users page by page, read one, add and delete a user.
import { adminClient } from './config.js';

const admin = adminClient();
await admin.login();
console.log('users:');
for await (const user of admin.listUsers({ pageSize: 50 })) {
  console.log(`  ${user.username.padEnd(16)} ${String(user.status).padEnd(9)} ${user.email ?? ''}`);
}
const name = `example-${Date.now().toString(36)}`;
await admin.addUser({
  username: name,
  email: `${name}@example.com`,
  password: `Pw-${Date.now()}!x`,
  displayname: 'Example',
});
console.log(`added ${name}: ${(await admin.getUser(name)).displayName}`);
await admin.deleteUser(name);
console.log(`deleted ${name}`);
await admin.logout();
