import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Sandbox, SandboxOptions, SandboxProvider } from '@fileclients/sandbox';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { pattern } from './page/scenario.js';

/**
 * The browser tests' rig: the page's module bundled by esbuild for the browser, served from its own origin, a
 * sandbox that allows that origin (as a reverse proxy with CORS would), and Debian's Chromium driven headless by
 * playwright-core. Nothing is downloaded: the browser is the system's (`.ci/run` installs the `chromium` package).
 */

/** The system Chromium; FILECLIENTS_CHROMIUM overrides. */
export const CHROMIUM = process.env.FILECLIENTS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run. Without Chromium they are skipped with a line saying so, except under CI
 * (`CI=true`), where a missing browser fails them: CI installs it, so missing means broken.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or FILECLIENTS_CHROMIUM)`);
  return false;
}

/** Flags for a quiet headless Chromium in a container: no sandbox (root), no GPU, no calls home. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Bundles one page module for the browser (workspace packages from source), as a user's bundler would. */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@fileclients/source'],
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** Serves one HTML page and its module from 127.0.0.1 on a port of its own: the page's origin. */
export async function servePage(html: string, script: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface BrowserRig {
  readonly page: Page;
  readonly sandbox: Sandbox<unknown>;
  /** What the page logged as errors (console.error, uncaught exceptions): shown when a step fails. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Starts the page server, then the sandbox allowing the page's origin, then Chromium on the page; the page module
 * is test/page/<provider>.ts.
 */
export async function openRig(
  provider: SandboxProvider,
  start: (options: SandboxOptions) => Promise<Sandbox<unknown>>,
): Promise<BrowserRig> {
  const script = await bundlePage(join(import.meta.dirname, 'page', `${provider}.ts`));
  const html = `<!doctype html><meta charset="utf-8"><title>${provider}</title><script type="module" src="/app.js"></script>`;
  const { origin, server } = await servePage(html, script);
  const sandbox = await start({ cors: { origin } });
  const browser = await launchChromium();
  const page = await browser.newPage();
  // A network like a user's, not loopback: at loopback speed a 4 MiB send ends before Chromium's first progress
  // event (it fires at most every 50 ms), so throttle both ways to 16 MiB/s through DevTools' network emulation.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2,
    downloadThroughput: 16 * 1024 * 1024,
    uploadThroughput: 16 * 1024 * 1024,
  });
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof window.scenario === 'object');
  return {
    page,
    sandbox,
    pageErrors,
    async close() {
      await browser.close();
      await sandbox.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The sha256 of the bytes the page uploads, computed here, in Node, to compare with what the page downloaded. */
export function patternSha256(size: number): string {
  return createHash('sha256').update(pattern(size)).digest('hex');
}
