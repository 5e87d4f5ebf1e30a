import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, transform } from 'esbuild';

/**
 * The main entries of these packages must run in a browser: bundled for `platform: 'browser'`, they may import no
 * Node built-in and use no Node global. Their `./node` subpaths are Node-only by design and are not checked.
 */
export const BROWSER_PACKAGES = ['core', 'carbonio-files', 'afterlogic-pro7', 'filecloud', 'boxnet'] as const;

/** Globals a browser does not have. `require` is checked too, on the bundle (see below). */
const NODE_GLOBALS = [
  'process',
  'Buffer',
  '__dirname',
  '__filename',
  'global',
  'globalThis.process',
  'globalThis.Buffer',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP = Symbol('browser-bundle-check: resolving a built-in name for real');

function isBuiltin(path: string): boolean {
  return path.startsWith('node:') || builtinModules.includes(path);
}

/**
 * Records every import of a Node built-in (`node:*`, or a bare name from `builtinModules` such as `fs` or
 * `fs/promises`) with the file that imports it, and marks it external so the build goes on and reports them all,
 * where esbuild would stop at the first one it cannot resolve. The check is on imports, before tree shaking: an import
 * a bundler happens to drop today is still one a browser build depends on not breaking. A bare name that a package's
 * `browser` field maps to a browser module (or to `false`) resolves and is fine.
 */
function builtinRecorder(found: string[], cwd: string): Plugin {
  return {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === SKIP || !isBuiltin(args.path)) return undefined;
        if (!args.path.startsWith('node:')) {
          const resolved = await b.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: SKIP,
          });
          if (resolved.errors.length === 0 && !resolved.external) return resolved;
        }
        const importer = args.importer ? relative(cwd, args.importer) : '(entry)';
        found.push(`${importer} imports '${args.path}' (a Node built-in, ${args.kind})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Free references to Node globals in the bundle. esbuild's `define` replaces only *unbound* identifiers (a local
 * `process` parameter or a `{ global: 1 }.global` property is left alone), so defining each global as a marker
 * identifier and looking for the markers finds exactly the free references, whatever the syntax (`typeof process`,
 * `process.env`, `globalThis.Buffer`); a text search would not know scopes. It is done in a second pass, a `transform`
 * of the finished bundle, because defining `require` in the build itself would stop esbuild from bundling CommonJS
 * `require()` calls; after bundling, a `require` left is one esbuild could not bundle (its `__require` shim reads the
 * global `require`). Each module's code follows a `// path` comment in esbuild's (unminified) output; those comments
 * are turned into legal comments, which the transform keeps, so a marker is reported with the file it came from.
 * A guarded use (`typeof process !== 'undefined'`) is reported too, on purpose: these packages have none.
 */
async function globalUses(bundle: string): Promise<string[]> {
  const markers = new Map<string, string>();
  const define: Record<string, string> = {};
  for (const name of [...NODE_GLOBALS, 'require']) {
    const marker = `__NODE_GLOBAL_${name.replace('.', '_')}__`;
    markers.set(marker, name);
    define[name] = marker;
  }
  const tagged = bundle.replace(/^\/\/ (\S.*)$/gm, '//! module: $1');
  const { code } = await transform(tagged, { define, loader: 'js', format: 'esm', legalComments: 'inline' });
  const found = new Set<string>();
  let module = "(esbuild's runtime helpers)";
  for (const line of code.split('\n')) {
    const header = /^\/\/! module: (.+)$/.exec(line);
    if (header) {
      module = header[1] ?? module;
      continue;
    }
    for (const match of line.matchAll(/__NODE_GLOBAL_\w+?__/g)) {
      found.add(`${module} uses the Node global '${markers.get(match[0]) ?? match[0]}'`);
    }
    // A require() esbuild could not bundle becomes a call of its `__require` shim (which reads `require`).
    if (!module.startsWith('(') && /\b__require\(/.test(line)) found.add(`${module} calls require() (not bundled)`);
  }
  return [...found];
}

/**
 * Bundles `entry` as a browser would get it (ESM, `platform: 'browser'`, workspace packages from their sources via the
 * `@fileclients/source` condition) and returns what ties it to Node, one line per problem; empty means it passes.
 */
export async function browserBundleProblems(entry: string, cwd: string = root): Promise<string[]> {
  const builtins: string[] = [];
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: cwd,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['@fileclients/source'],
    logLevel: 'silent',
    plugins: [builtinRecorder(builtins, cwd)],
  });
  const output = result.outputFiles[0]?.text ?? '';
  return [...new Set(builtins), ...(await globalUses(output))];
}

/** The main entry of one package (a folder under packages/); a build error (an unresolvable import) is a problem too. */
export async function browserPackageProblems(name: string, cwd: string = root): Promise<string[]> {
  try {
    return await browserBundleProblems(mainEntry(name), cwd);
  } catch (error) {
    return [`the browser bundle failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

export function mainEntry(name: string): string {
  return join('packages', name, 'src', 'index.ts');
}

/** Every browser package's main entry -> its problems. */
export async function checkBrowserPackages(cwd: string = root): Promise<Map<string, string[]>> {
  const report = new Map<string, string[]>();
  for (const name of BROWSER_PACKAGES) report.set(mainEntry(name), await browserPackageProblems(name, cwd));
  return report;
}

async function main(): Promise<void> {
  let failed = 0;
  for (const [entry, problems] of await checkBrowserPackages()) {
    if (problems.length === 0) {
      console.log(`  ok    browser bundle of ${entry}`);
      continue;
    }
    failed++;
    console.log(`  FAIL  browser bundle of ${entry}`);
    for (const problem of problems) console.log(`          ${problem}`);
  }
  if (failed > 0) {
    console.error(`\n${failed} main entr${failed === 1 ? 'y does' : 'ies do'} not bundle for the browser`);
    process.exitCode = 1;
  } else console.log(`\nall ${BROWSER_PACKAGES.length} main entries bundle for the browser`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
