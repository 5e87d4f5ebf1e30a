/**
 * Where the examples connect: Box.net's API 1.0 (or a server speaking it), or the sandbox (`pnpm demo boxnet` sets
 * these from it). BOXNET_URL is the API host (default endpoint path /api/1.0/soap); uploads go to BOXNET_UPLOAD_URL
 * (Box used a separate upload host) and downloads to BOXNET_DOWNLOAD_URL, both defaulting to BOXNET_URL.
 */
import { type BoxnetClient, createBoxnetClient } from '@fileclients/boxnet';

export interface BoxnetConfig {
  readonly url: string;
  readonly uploadUrl: string;
  readonly downloadUrl: string;
  readonly apiKey: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
}

export function readConfig(): BoxnetConfig {
  const url = process.env.BOXNET_URL;
  const apiKey = process.env.BOXNET_API_KEY;
  if (!url || !apiKey) {
    console.error(
      'Set BOXNET_URL and BOXNET_API_KEY, plus BOXNET_USERNAME and BOXNET_PASSWORD (or run `pnpm demo boxnet`).',
    );
    process.exit(2);
  }
  return {
    url,
    apiKey,
    uploadUrl: process.env.BOXNET_UPLOAD_URL ?? url,
    downloadUrl: process.env.BOXNET_DOWNLOAD_URL ?? url,
    username: process.env.BOXNET_USERNAME,
    password: process.env.BOXNET_PASSWORD,
  };
}

/** A client without a session (for the ticket flow). */
export function client(): BoxnetClient {
  const config = readConfig();
  return createBoxnetClient({
    apiKey: config.apiKey,
    baseUrl: config.url,
    uploadUrl: config.uploadUrl,
    downloadUrl: config.downloadUrl,
  });
}

/** A logged-in client: direct login (`authorization`) with BOXNET_USERNAME / BOXNET_PASSWORD. */
export async function connect(): Promise<BoxnetClient> {
  const config = readConfig();
  if (!config.username || !config.password) {
    console.error('Set BOXNET_USERNAME and BOXNET_PASSWORD for a direct login (01-ticket.ts shows the ticket flow).');
    process.exit(2);
  }
  const c = client();
  await c.login(config.username, config.password);
  return c;
}

/** The folder the examples work in, created on first use (create_folder answers s_folder_exists after that). */
export const EXAMPLES_FOLDER = 'fileclients-examples';

export async function examplesFolder(c: BoxnetClient): Promise<number> {
  const r = await c.call('create_folder', { parent_id: 0, name: EXAMPLES_FOLDER, share: 0 });
  if (r.folder) return r.folder.folder_id;
  // Some servers answer s_folder_exists without the folder: look it up in the root listing.
  const root = await c.getAccountTree(0, { onelevel: true, nofiles: true });
  const found = root.folders.find((f) => f.name === EXAMPLES_FOLDER);
  if (!found) throw new Error(`${EXAMPLES_FOLDER} exists but is not in the root listing`);
  return found.id;
}

/** Runs an example: prints the error (never a secret: the client redacts them) and exits non-zero on failure. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
