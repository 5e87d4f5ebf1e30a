import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath, sha256 } from '../files.js';
import { readManifest, renderProvider, write } from '../generate.js';
import { parseArgs, repoRoot, runCli } from './args.js';
import { changesetName, readPackage, renderChangeset } from './changeset.js';
import { runTests, typecheck } from './checks.js';
import { diffPairs } from './diff-provider.js';
import { pullProvider } from './pull/index.js';
import { renderReport } from './report.js';
import { writePulled } from './write-pulled.js';

const USAGE = `usage: pnpm specs:update <provider> [--from <url-or-file>] [--spec <file>] [--skip-tests] [--skip-typecheck]

Pulls the upstream spec (as pnpm specs:pull), classifies the change (as pnpm specs:diff), regenerates
packages/<package>/src/generated/ (as pnpm generate <provider>), runs the package's tests, typechecks the package and
examples/<provider>/ (naming what no longer compiles), and writes .changeset/<provider>-spec-update-<sha>.md with
the bump the change implies. Exit 1 when tests fail or code no longer compiles: the update stays in the tree to fix.`;

function step(title: string): void {
  console.log(`\n== ${title}`);
}

function errorsOf(root: string, tsconfigs: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const tsconfig of tsconfigs) {
    const checked = typecheck(root, tsconfig);
    if (checked) result.set(tsconfig, checked.errors);
  }
  return result;
}

runCli(USAGE, async (argv) => {
  const root = repoRoot();
  const args = parseArgs(root, argv, {
    flags: ['--skip-tests', '--skip-typecheck'],
    options: ['--from', '--spec'],
  });
  const provider = args.provider;
  const manifest = readManifest(root, provider);
  const pkg = readPackage(root, manifest.package);
  const from = args.options.get('--from');
  const spec = args.options.get('--spec');

  step(`pull ${provider}${from ? ` from ${from}` : ''}`);
  const pulled = await pullProvider(root, provider, {
    ...(from !== undefined ? { from } : {}),
    ...(spec !== undefined ? { spec } : {}),
    env: process.env,
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });

  step('diff (classified for client code)');
  const report = await diffPairs(
    provider,
    pulled.map((p) => ({ spec: p.spec, before: p.previous, after: p.content })),
  );
  console.log(renderReport(report));

  const tsconfigs = [`packages/${manifest.package}/tsconfig.json`, `examples/${provider}/tsconfig.json`];
  const bytesChanged = pulled.some((p) => p.previous !== p.content);
  const checkTypes = !args.flags.has('--skip-typecheck') && report.changes.length > 0;
  // Errors that exist before the update are not the update's doing: only new ones are listed.
  const baseline = checkTypes ? errorsOf(root, tsconfigs) : new Map<string, string[]>();

  step('write specs and source.json');
  for (const line of writePulled(root, provider, pulled)) console.log(line);
  if (!bytesChanged) {
    console.log(`\n${provider}: the pulled spec is the one we hold; nothing to regenerate, no changeset.`);
    return 0;
  }

  step(`regenerate (pnpm generate ${provider})`);
  let failed = false;
  const broken: string[] = [];
  try {
    const files = await renderProvider(root, manifest);
    const changed = write(manifest, files);
    for (const path of changed) console.log(`  wrote ${repoPath(root, path)}`);
    console.log(`${provider}: ${files.length} file(s), ${changed.length} changed`);
  } catch (error) {
    // Typically an operation of ours that selects what upstream removed: the generator refuses the documents.
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  GENERATION FAILS: ${message.split('\n').slice(0, 12).join('\n  ')}`);
    broken.push(`pnpm generate ${provider} fails: ${message.split('\n')[0] ?? ''}`);
    failed = true;
  }

  const generated = !failed;
  if (generated && !args.flags.has('--skip-tests')) {
    step(`tests (pnpm vitest run --project ${manifest.package})`);
    const tests = runTests(root, manifest.package);
    if (!tests) console.log(`  packages/${manifest.package} has no test/ folder`);
    else {
      const summary = tests.output
        .split('\n')
        .filter((l) => /^\s*(Test Files|Tests|Type Errors|Errors|FAIL|×)\s|Error:/.test(l))
        .slice(0, 30);
      console.log(summary.join('\n') || tests.output.split('\n').slice(-20).join('\n'));
      console.log(tests.ok ? '  tests pass' : '  TESTS FAIL');
      failed ||= !tests.ok;
    }
  }

  if (checkTypes && generated) {
    step('typecheck the package and the examples');
    const after = errorsOf(root, tsconfigs);
    const seen = new Set<string>();
    for (const [tsconfig, errors] of after) {
      const before = new Set(baseline.get(tsconfig) ?? []);
      // The examples compile the package's sources too: an error already listed for the package is not repeated.
      const fresh = errors.filter((e) => !before.has(e) && !seen.has(e));
      for (const e of fresh) seen.add(e);
      broken.push(...fresh);
      const repeated = errors.filter((e) => !before.has(e)).length - fresh.length;
      const status =
        fresh.length > 0
          ? `${fresh.length} new error(s)`
          : repeated > 0
            ? 'no errors besides those listed above'
            : 'compiles';
      console.log(`  tsc -p ${tsconfig}: ${status}`);
      for (const e of fresh) console.log(`    ${e}`);
    }
    failed ||= broken.length > 0;
  }

  step('changeset');
  const rendered = renderChangeset({
    report,
    pkg,
    specs: pulled.map((p) => ({ file: p.spec.file, sha256: sha256(p.content), pulledFrom: p.pulledFrom })),
    broken,
  });
  if (rendered) {
    const dir = join(root, '.changeset');
    mkdirSync(dir, { recursive: true });
    const path = join(
      dir,
      changesetName(
        provider,
        pulled.map((p) => p.content),
      ),
    );
    writeFileSync(path, rendered.text);
    console.log(`  wrote ${repoPath(root, path)}: "${pkg.name}": ${rendered.release} (diff bump: ${report.bump})`);
  } else console.log('  no change for users: no changeset');

  console.log(
    failed
      ? `\n${provider}: update brought in; fix what fails above, then commit specs, generated code and the changeset.`
      : `\n${provider}: update brought in, regenerated, tests and typecheck green; commit specs, generated code and the changeset.`,
  );
  return failed ? 1 : 0;
});
