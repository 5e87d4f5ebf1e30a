import { resolve } from 'node:path';
import { repoPath } from './files.js';
import { compare, readManifest, renderProvider, write } from './generate.js';
import { discoverProviders } from './manifest.js';

const USAGE = `usage: pnpm generate [provider…] [--check]

Regenerates packages/<package>/src/generated/*.gen.ts from specs/<provider>/ (every provider when none is named).
  --check   generate in memory, write nothing; exit 1 listing each file that differs`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const check = argv.includes('--check');
  const unknownFlag = argv.find((arg) => arg.startsWith('-') && arg !== '--check');
  if (unknownFlag) {
    console.error(`unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  const root = resolve(process.env.FILECLIENTS_ROOT ?? process.cwd());
  const known = discoverProviders(root);
  const named = argv.filter((arg) => !arg.startsWith('-'));
  const missing = named.filter((name) => !known.includes(name));
  if (missing.length > 0) {
    console.error(`no specs/<provider>/codegen.json for: ${missing.join(', ')} (known: ${known.join(', ') || 'none'})`);
    return 2;
  }
  const providers = named.length > 0 ? named : known;
  let stale = 0;
  for (const provider of providers) {
    const started = performance.now();
    const manifest = readManifest(root, provider);
    const files = await renderProvider(root, manifest);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (check) {
      const differences = compare(manifest, files);
      stale += differences.length;
      for (const d of differences) console.error(`  ${d.reason}: ${repoPath(root, d.path)}`);
      console.log(
        `${provider}: ${differences.length === 0 ? 'up to date' : `${differences.length} file(s) differ`} (${seconds} s)`,
      );
    } else {
      const changed = write(manifest, files);
      for (const path of changed) console.log(`  wrote ${repoPath(root, path)}`);
      console.log(`${provider}: ${files.length} file(s), ${changed.length} changed (${seconds} s)`);
    }
  }
  if (stale > 0) {
    console.error(`\nGenerated code is out of date. Fix: pnpm generate ${providers.join(' ')}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
