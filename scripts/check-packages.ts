import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BROWSER_PACKAGES, browserPackageProblems } from './browser-bundle-check.js';

/**
 * `pnpm check:packages`: what a user installing from npm meets, checked for every public package.
 *  1. build (tsdown: ESM + CJS, declarations for each);
 *  2. publint (strict) and @arethetypeswrong/cli on the package; attw runs the node16 profile (node16 CJS and ESM,
 *     bundler) because subpath exports cannot resolve under the legacy node10 mode and engines ask for Node 20.19;
 *  3. pack with pnpm (workspace: ranges become real versions), install all tarballs into a scratch project with
 *     plain npm, import each as ESM and require it as CJS, and type-check a consumer under moduleResolution
 *     nodenext (ESM and CJS files) and bundler;
 *  4. the main entries of the browser packages bundle for the browser: no Node built-in, no Node global
 *     (scripts/browser-bundle-check.ts, which also runs alone: `tsx scripts/browser-bundle-check.ts`).
 */

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface PackageInfo {
  readonly dir: string;
  readonly name: string;
  readonly subpaths: readonly string[];
}

function publicPackages(): PackageInfo[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'packages', entry.name))
    .flatMap((dir) => {
      let manifest: { name?: string; private?: boolean; exports?: Record<string, unknown> };
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        return [];
      }
      if (manifest.private || !manifest.name) return [];
      const subpaths = Object.keys(manifest.exports ?? { '.': null }).filter((key) => key !== './package.json');
      return [{ dir, name: manifest.name, subpaths }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
  }
}

function specifier(pkg: PackageInfo, subpath: string): string {
  return subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
}

async function main(): Promise<void> {
  const packages = publicPackages();
  if (packages.length === 0) throw new Error('no public package under packages/');
  const scratch = mkdtempSync(join(tmpdir(), 'fileclients-pack-'));
  const failures: string[] = [];
  const step = (label: string, action: () => void) => {
    try {
      action();
      console.log(`  ok    ${label}`);
    } catch (error) {
      failures.push(label);
      console.log(`  FAIL  ${label}\n${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    const tarballs: string[] = [];
    for (const pkg of packages) {
      console.log(pkg.name);
      step(`${pkg.name}: build`, () => run('pnpm', ['run', 'build'], pkg.dir));
      step(`${pkg.name}: publint`, () => {
        const out = run(bin('publint'), ['--strict'], pkg.dir);
        if (/warning|error|suggestion/i.test(out) && !/All good/i.test(out)) throw new Error(out);
      });
      step(`${pkg.name}: attw`, () =>
        run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], pkg.dir),
      );
      step(`${pkg.name}: pack`, () => {
        const out = run('pnpm', ['pack', '--pack-destination', scratch], pkg.dir);
        const tarball = out.trim().split('\n').at(-1) ?? '';
        if (!tarball.endsWith('.tgz')) throw new Error(`pnpm pack printed no tarball:\n${out}`);
        tarballs.push(tarball.startsWith('/') ? tarball : join(scratch, tarball));
      });
      if ((BROWSER_PACKAGES as readonly string[]).includes(basename(pkg.dir))) {
        const problems = await browserPackageProblems(basename(pkg.dir), root);
        step(`${pkg.name}: browser bundle of the main entry`, () => {
          if (problems.length > 0) throw new Error(problems.map((p) => `          ${p}`).join('\n'));
        });
      }
    }
    const missing = BROWSER_PACKAGES.filter((name) => !packages.some((pkg) => basename(pkg.dir) === name));
    step('every browser package was bundled for the browser', () => {
      if (missing.length > 0) throw new Error(`not public packages (or gone): ${missing.join(', ')}`);
    });

    console.log('consumer (plain npm)');
    const consumer = join(scratch, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    step('npm install of every tarball', () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], consumer),
    );
    const specifiers = packages.flatMap((pkg) => pkg.subpaths.map((sub) => specifier(pkg, sub)));
    for (const spec of specifiers) {
      step(`import ${spec} (ESM)`, () =>
        run(
          'node',
          [
            '--input-type=module',
            '-e',
            `const m = await import('${spec}'); if (!Object.keys(m).length) process.exit(3);`,
          ],
          consumer,
        ),
      );
      step(`require ${spec} (CJS)`, () =>
        run('node', ['-e', `const m = require('${spec}'); if (!Object.keys(m).length) process.exit(3);`], consumer),
      );
    }

    // A chunk loaded by import() on first use is not reached by the imports above: Pro 7's client loads its upload
    // module on the first upload (docs/decisions/0007-lazy-uploads.md). One upload against a stub server, from the
    // installed ESM and CJS builds, proves the chunk is packed and loads under both.
    if (specifiers.includes('@fileclients/afterlogic-pro7')) {
      const smoke = (load: string) => `
        const { createServer } = require('node:http');
        const server = createServer((req, res) => {
          req.resume();
          req.on('end', () => res.end(JSON.stringify({ Action: 'UploadFile', Result: { File: { Name: 'a.txt', Size: 5, MimeType: 'text/plain' } } })));
        });
        server.listen(0, async () => {
          const { createPro7Client } = ${load};
          const client = createPro7Client({ baseUrl: 'http://127.0.0.1:' + server.address().port + '/', authToken: 't', accountId: 1 });
          const result = await client.upload('/a.txt', { source: 'hello' }, { overwrite: true });
          server.close();
          if (result.path !== '/a.txt' || result.size !== 5) { console.error(JSON.stringify(result)); process.exit(3); }
        });`;
      step('afterlogic-pro7: first upload loads the upload chunk (ESM)', () =>
        run('node', ['--input-type=commonjs', '-e', smoke("await import('@fileclients/afterlogic-pro7')")], consumer),
      );
      step('afterlogic-pro7: first upload loads the upload chunk (CJS)', () =>
        run('node', ['--input-type=commonjs', '-e', smoke("require('@fileclients/afterlogic-pro7')")], consumer),
      );
    }

    // Each specifier imported as a namespace; resolution or declaration errors fail the compile.
    const body = specifiers
      .map((spec, i) => `import * as m${i} from '${spec}';\nexport const n${i}: number = Object.keys(m${i}).length;`)
      .join('\n');
    const cjsBody = specifiers
      .map((spec, i) => `import m${i} = require('${spec}');\nexport const n${i}: number = Object.keys(m${i}).length;`)
      .join('\n');
    writeFileSync(join(consumer, 'esm.mts'), `${body}\n`);
    writeFileSync(join(consumer, 'cjs.cts'), `${cjsBody}\n`);
    writeFileSync(join(consumer, 'bundler.ts'), `${body}\n`);
    const common = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    };
    const configs = {
      'tsconfig.nodenext.json': {
        compilerOptions: { ...common, module: 'NodeNext', moduleResolution: 'NodeNext' },
        files: ['esm.mts', 'cjs.cts'],
      },
      'tsconfig.bundler.json': {
        compilerOptions: { ...common, module: 'ESNext', moduleResolution: 'Bundler' },
        files: ['bundler.ts'],
      },
    };
    for (const [file, config] of Object.entries(configs)) {
      writeFileSync(join(consumer, file), JSON.stringify(config, null, 2));
      step(`tsc consumer (${file})`, () => run(bin('tsc'), ['-p', file], consumer));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} check(s) failed: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`\nall package checks passed for ${packages.map((p) => p.name).join(', ')}`);
}

await main();
