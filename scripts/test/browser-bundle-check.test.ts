import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_PACKAGES, browserBundleProblems, checkBrowserPackages } from '../browser-bundle-check.js';

const dir = mkdtempSync(join(tmpdir(), 'fileclients-browser-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files under the scratch folder and returns the problems of bundling `entry.ts`. */
function problems(files: Record<string, string>): Promise<string[]> {
  const case_ = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(case_, name), text);
  return browserBundleProblems('entry.ts', case_);
}

describe('browser bundle check', () => {
  it('reports a planted node:fs import, naming the importing file', async () => {
    const found = await problems({
      'entry.ts': `export { read } from './reader.js';\n`,
      'reader.ts': `import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('/x', 'utf8');\n`,
    });
    expect(found).toEqual(["reader.ts imports 'node:fs' (a Node built-in, import-statement)"]);
  });

  it('reports a bare built-in name and a dynamic import of one', async () => {
    const found = await problems({
      'entry.ts': `import { join } from 'path';\nexport const j = join('a', 'b');\nexport const z = () => import('zlib');\n`,
    });
    expect(found).toEqual([
      "entry.ts imports 'path' (a Node built-in, import-statement)",
      "entry.ts imports 'zlib' (a Node built-in, dynamic-import)",
    ]);
  });

  it('reports free references to Node globals, and not local bindings or properties of the same name', async () => {
    const found = await problems({
      'entry.ts': [
        `import { local } from './local.js';`,
        `export const env = () => process.env.HOME;`,
        `export const bytes = () => Buffer.from('x');`,
        `export const here = () => __dirname;`,
        `export const g = () => globalThis.process;`,
        `export { local };`,
      ].join('\n'),
      'local.ts': [
        `const Buffer = 1;`,
        `export const local = (process: number) => process + Buffer + { global: 1, require: 2 }.global;`,
      ].join('\n'),
    });
    expect(found.sort()).toEqual([
      "entry.ts uses the Node global 'Buffer'",
      "entry.ts uses the Node global '__dirname'",
      "entry.ts uses the Node global 'globalThis.process'",
      "entry.ts uses the Node global 'process'",
    ]);
  });

  it('passes a clean entry (web APIs only)', async () => {
    const found = await problems({
      'entry.ts': `export const get = (url: string) => fetch(url).then((r) => new TextDecoder().decode(new Uint8Array(0)) + r.status);\n`,
    });
    expect(found).toEqual([]);
  });

  it(`passes the main entries of ${BROWSER_PACKAGES.join(', ')}`, async () => {
    const report = await checkBrowserPackages();
    expect([...report.keys()]).toHaveLength(BROWSER_PACKAGES.length);
    expect(Object.fromEntries(report)).toEqual(
      Object.fromEntries(BROWSER_PACKAGES.map((name) => [`packages/${name}/src/index.ts`, []])),
    );
  });
});
