/**
 * Opens each example page in headless Chromium (Debian's chromium package), drops a 3 MiB file on it, waits for
 * the upload to finish and the listing to show the file, and saves a screenshot of the page. `pnpm demo` runs it.
 * Without Chromium it says so and stops (CI installs it and fails without it).
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROVIDERS, startPages } from './serve.js';

const executablePath = process.env.FILECLIENTS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  const line = `no Chromium at ${executablePath} (apt-get install chromium, or set FILECLIENTS_CHROMIUM)`;
  if (process.env.CI) throw new Error(line);
  console.log(`skipped: ${line}`);
  process.exit(0);
}

const shots = process.env.SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'fileclients-pages-'));
mkdirSync(shots, { recursive: true });
const served = await startPages();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
});
let failed = 0;
try {
  for (const provider of PROVIDERS) {
    const page = await browser.newPage({ viewport: { width: 800, height: 640 } });
    await page.goto(served.pages[provider]);
    await page.waitForSelector('#status[data-kind="ok"]', { timeout: 30_000 });
    // A real drop: a DataTransfer holding a File, dispatched on the zone as the browser does for a drag from disk.
    await page.evaluate(() => {
      const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 7) & 0xff);
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'holiday-photos.zip', { type: 'application/zip' }));
      document.querySelector('#drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    });
    await page.waitForFunction(() => /^uploaded|error/.test(document.querySelector('#status')?.textContent ?? ''), {
      timeout: 60_000,
    });
    const status = (await page.textContent('#status')) ?? '';
    const listed = await page.locator('#listing li', { hasText: 'holiday-photos.zip' }).count();
    const file = join(shots, `${provider}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const ok = status.startsWith('uploaded') && listed === 1;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${provider}: ${status}; listed ${listed}; screenshot ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await served.stop();
}
if (failed > 0) process.exit(1);
