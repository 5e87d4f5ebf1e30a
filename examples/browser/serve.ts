/**
 * Serves the four example pages against the four sandboxes, the pages on an origin of their own (as a web app on
 * its own host calling the file server through its reverse proxy). `pnpm --filter @fileclients/example-browser
 * serve` prints the addresses and runs until Ctrl-C.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Sandbox, type SandboxProvider, startFileCloudSandbox, startSandbox } from '@fileclients/sandbox';
import { build } from 'esbuild';

export const PROVIDERS = ['carbonio-files', 'afterlogic-pro7', 'filecloud', 'boxnet'] as const;

const TITLES: Record<SandboxProvider, string> = {
  'carbonio-files': 'Carbonio Files',
  'afterlogic-pro7': 'Afterlogic WebMail Pro 7',
  filecloud: 'FileCloud',
  boxnet: 'Box.net 1.0',
};

export interface Pages {
  /** The pages' origin, e.g. http://127.0.0.1:43210. */
  readonly origin: string;
  /** Each provider's page address. */
  readonly pages: Readonly<Record<SandboxProvider, string>>;
  stop(): Promise<void>;
}

async function bundle(provider: SandboxProvider): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'pages', provider, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // In this repository the clients come from their sources; an app of yours bundles the published packages.
    conditions: ['@fileclients/source'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function startPages(port = 0): Promise<Pages> {
  const template = readFileSync(join(import.meta.dirname, 'pages', 'shared', 'page.html'), 'utf8');
  const scripts = new Map<string, string>();
  const sandboxes = new Map<string, Sandbox<unknown>>();
  const server = createServer((req, res) => {
    const [, provider, file] = (req.url ?? '/').split('?')[0]?.split('/') ?? [];
    const sandbox = sandboxes.get(provider ?? '');
    if (sandbox === undefined || provider === undefined) {
      const links = PROVIDERS.map((p) => `<li><a href="/${p}/">${TITLES[p]}</a></li>`).join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<ul>${links}</ul>`);
    } else if (file === '' || file === 'index.html') {
      const html = template
        .replaceAll('{{TITLE}}', TITLES[provider as SandboxProvider])
        .replaceAll('{{PACKAGE}}', `@fileclients/${provider}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (file === 'main.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(scripts.get(provider));
    } else if (file === 'config.json') {
      // The sandbox's variables; against a real server, put your URL and user here (never a password in a real
      // page: ask the user for it).
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sandbox.env));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cors = { origin };
  for (const provider of PROVIDERS) {
    // FileCloud's CSRF check needs a cookie a page on another origin cannot read: off, as TONIDOCLOUD_CSRF_CHECK 0.
    const sandbox =
      provider === 'filecloud'
        ? await startFileCloudSandbox({ cors, csrfCheck: false })
        : await startSandbox(provider, { cors });
    sandboxes.set(provider, sandbox);
    scripts.set(provider, await bundle(provider));
  }
  const pages = Object.fromEntries(PROVIDERS.map((p) => [p, `${origin}/${p}/`])) as Record<SandboxProvider, string>;
  return {
    origin,
    pages,
    async stop() {
      await Promise.all([...sandboxes.values()].map((sandbox) => sandbox.stop()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const served = await startPages(Number(process.env.PORT ?? 0));
  for (const provider of PROVIDERS) console.log(`${TITLES[provider].padEnd(26)} ${served.pages[provider]}`);
  console.log('Ctrl-C stops the pages and the sandboxes.');
  process.once('SIGINT', () => {
    void served.stop().then(() => process.exit(0));
  });
}
