/**
 * Where the examples connect: a real WebMail Pro 7 / MailSuite Pro 7 server, or the sandbox (`pnpm demo` sets these
 * from it). PRO7_URL is the installation URL, e.g. https://mail.example.com/webmail/.
 */
import { createPro7Client, type Pro7Client } from '@fileclients/afterlogic-pro7';

export interface Pro7Config {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

export function readConfig(): Pro7Config {
  const url = process.env.PRO7_URL;
  const username = process.env.PRO7_USERNAME;
  const password = process.env.PRO7_PASSWORD;
  if (!url || !username || !password) {
    console.error('Set PRO7_URL, PRO7_USERNAME and PRO7_PASSWORD (or run `pnpm demo afterlogic-pro7`).');
    process.exit(2);
  }
  return { url, username, password };
}

/** A client that keeps the credentials, so an expired session is renewed once without the example noticing. */
export async function connect(): Promise<Pro7Client> {
  const config = readConfig();
  const client = createPro7Client({
    baseUrl: config.url,
    credentials: { email: config.username, password: config.password },
  });
  await client.login();
  return client;
}

/** Runs an example: prints the error (never a secret: the client redacts them) and exits non-zero on failure. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}

/** The folder every example works in, so a real account is not cluttered. */
export const EXAMPLES_FOLDER = '/fileclients-examples';
