import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, readManifest, renderProvider, write } from '../generate.js';

const repo = join(import.meta.dirname, '..', '..');
const generated = (root: string, name: string) => join(root, 'packages', 'fixture-pkg', 'src', 'generated', name);

/** A scratch repository root with one provider whose jobs use the samples and wsdl fixtures. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'fileclients-codegen-'));
  const specDir = join(root, 'specs', 'fixture');
  mkdirSync(specDir, { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures', 'samples'), join(specDir, 'samples'), { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures', 'wsdl', 'notes.wsdl'), join(specDir, 'notes.wsdl'));
  writeFileSync(
    join(specDir, 'codegen.json'),
    JSON.stringify({
      package: 'fixture-pkg',
      jobs: [
        { kind: 'samples', typeName: 'User', samples: ['samples/user-*.json'], output: 'user.gen.ts' },
        { kind: 'wsdl', wsdl: 'notes.wsdl', output: 'notes.gen.ts' },
      ],
    }),
  );
  return root;
}

function runCli(root: string, ...args: string[]) {
  const tsx = join(repo, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, [join(repo, 'codegen', 'run.ts'), ...args], {
    cwd: repo,
    env: { ...process.env, FILECLIENTS_ROOT: root },
    encoding: 'utf8',
  });
}

// Each CLI run starts tsx and loads the generators: seconds on a loaded 2-core machine, not a speed test.
describe('generate and --check', { timeout: 180_000 }, () => {
  let root = '';
  beforeAll(async () => {
    root = scratchRoot();
    const manifest = readManifest(root, 'fixture');
    write(manifest, await renderProvider(root, manifest));
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('heads every file with tool, version, spec path and sha256, and no date', () => {
    const text = readFileSync(generated(root, 'notes.gen.ts'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('// Generated code, do not edit: change the spec and run `pnpm generate fixture`.');
    expect(lines[1]).toMatch(/^\/\/ Tool: wsdl-tsclient \d+\.\d+\.\d+/);
    expect(lines[2]).toMatch(/^\/\/ Spec: specs\/fixture\/notes\.wsdl sha256:[0-9a-f]{64}$/);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('is deterministic: a second render equals what is on disk', async () => {
    const manifest = readManifest(root, 'fixture');
    expect(compare(manifest, await renderProvider(root, manifest))).toEqual([]);
  });

  it('--check passes on a clean tree and fails naming a hand-edited file and the fix', () => {
    const clean = runCli(root, '--check');
    expect(clean.stdout).toContain('fixture: up to date');
    expect(clean.status).toBe(0);

    const target = generated(root, 'user.gen.ts');
    writeFileSync(target, `${readFileSync(target, 'utf8')}\n// a hand edit\n`);
    const dirty = runCli(root, '--check');
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain('changed: packages/fixture-pkg/src/generated/user.gen.ts');
    expect(dirty.stderr).toContain('Fix: pnpm generate fixture');
    expect(dirty.stderr).not.toContain('notes.gen.ts');

    // --check wrote nothing; the plain run repairs the file.
    expect(readFileSync(target, 'utf8')).toContain('// a hand edit');
    expect(runCli(root, 'fixture').status).toBe(0);
    expect(runCli(root, '--check').status).toBe(0);
  });

  it('reports a missing file and a stale one that no job produces', () => {
    rmSync(generated(root, 'notes.gen.ts'));
    writeFileSync(generated(root, 'old.gen.ts'), 'export {};\n');
    const result = runCli(root, '--check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing: packages/fixture-pkg/src/generated/notes.gen.ts');
    expect(result.stderr).toContain('stale: packages/fixture-pkg/src/generated/old.gen.ts');
  });

  it('rejects an unknown provider and a malformed manifest with a clear message', () => {
    const unknown = runCli(root, 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no specs/<provider>/codegen.json for: nope');
    writeFileSync(join(root, 'specs', 'fixture', 'codegen.json'), '{"package":"x","jobs":[{"kind":"rest"}]}');
    const bad = runCli(root, '--check');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('each job needs a "kind" among graphql, openapi, wsdl, samples');
  });
});
