/**
 * Where the examples connect: the same variables for the sandbox (`pnpm demo carbonio-files`) and a real server.
 *   CARBONIO_URL=https://mail.example.com CARBONIO_USERNAME=user@example.com CARBONIO_PASSWORD=… \
 *     pnpm tsx --conditions=@fileclients/source examples/carbonio-files/01-login.ts
 * CARBONIO_TOKEN (optional) reuses an existing ZM_AUTH_TOKEN instead of logging in first.
 */
import { type CarbonioFilesClient, type CarbonioNode, createCarbonioFilesClient } from '@fileclients/carbonio-files';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see examples/carbonio-files/config.ts).`);
    process.exit(2);
  }
  return value;
}

export function filesClient(): CarbonioFilesClient {
  const token = process.env.CARBONIO_TOKEN;
  return createCarbonioFilesClient({
    baseUrl: required('CARBONIO_URL'),
    username: required('CARBONIO_USERNAME'),
    password: required('CARBONIO_PASSWORD'),
    ...(token ? { token } : {}),
  });
}

export const WORK_FOLDER = 'fileclients-examples';

/** The folder the examples work in, `fileclients-examples` in the user's Home (LOCAL_ROOT); created when missing. */
export async function ensureWorkFolder(client: CarbonioFilesClient): Promise<string> {
  for await (const node of client.children('LOCAL_ROOT')) {
    if (node.__typename === 'Folder' && node.name === WORK_FOLDER) return node.id;
  }
  const created = await client.createFolder({ destination_id: 'LOCAL_ROOT', name: WORK_FOLDER });
  return created.id;
}

/** The id of a child by its full name (files: name plus extension), if there is one. */
export async function findChild(
  client: CarbonioFilesClient,
  folderId: string,
  fullName: string,
): Promise<CarbonioNode | undefined> {
  for await (const node of client.children(folderId)) {
    const name = node.__typename === 'File' && node.extension ? `${node.name}.${node.extension}` : node.name;
    if (name === fullName) return node;
  }
  return undefined;
}
