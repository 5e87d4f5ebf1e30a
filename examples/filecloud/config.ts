/**
 * Where the examples connect: the same variables for the sandbox (`pnpm demo filecloud`) and a real server.
 *   FILECLOUD_URL=https://files.example.com FILECLOUD_USERNAME=… FILECLOUD_PASSWORD=… \
 *     pnpm tsx --conditions=@fileclients/source examples/filecloud/01-login.ts
 * The admin example also reads FILECLOUD_ADMIN_USERNAME and FILECLOUD_ADMIN_PASSWORD.
 */
import { createFileCloudAdminClient, createFileCloudClient, type FileCloudClient } from '@fileclients/filecloud';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see examples/filecloud/config.ts).`);
    process.exit(2);
  }
  return value;
}

export function userClient(): FileCloudClient {
  return createFileCloudClient({
    baseUrl: required('FILECLOUD_URL'),
    username: required('FILECLOUD_USERNAME'),
    password: required('FILECLOUD_PASSWORD'),
    // With 2FA on the account, FILECLOUD_2FA_CODE answers the challenge.
    twoFactor: { code: () => required('FILECLOUD_2FA_CODE') },
  });
}

export function adminClient() {
  return createFileCloudAdminClient({
    baseUrl: required('FILECLOUD_URL'),
    username: required('FILECLOUD_ADMIN_USERNAME'),
    password: required('FILECLOUD_ADMIN_PASSWORD'),
  });
}

/** The folder the examples work in, inside My Files: /<username>/fileclients-examples. */
export function workFolder(client: FileCloudClient): string {
  return `${client.home}/fileclients-examples`;
}

/** Creates the work folder when it is missing, so every example also runs on its own. */
export async function ensureWorkFolder(client: FileCloudClient): Promise<string> {
  const folder = workFolder(client);
  if (!(await client.exists(folder))) await client.createFolder(client.home, 'fileclients-examples');
  return folder;
}
