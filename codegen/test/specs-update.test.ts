import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../files.js';
import { readSource } from '../specs/source-json.js';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'spec-diff', 'openapi-json');

/** A scratch repository root (FILECLIENTS_ROOT) with one OpenAPI provider `fixture` and its package at `version`. */
function scratchRoot(version: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fileclients-specs-update-'));
  const specDir = join(root, 'specs', 'fixture');
  mkdirSync(specDir, { recursive: true });
  cpSync(join(fixtures, 'base.yaml'), join(specDir, 'openapi.yaml'));
  writeFileSync(
    join(specDir, 'codegen.json'),
    JSON.stringify({
      package: 'fixture-pkg',
      jobs: [{ kind: 'openapi', spec: 'openapi.yaml', output: 'openapi.gen.ts' }],
    }),
  );
  writeFileSync(
    join(specDir, 'source.json'),
    JSON.stringify({
      provider: 'fixture',
      specs: [
        {
          file: 'openapi.yaml',
          kind: 'openapi',
          origin: 'written-by-us',
          writtenFrom: ['shared/research/pro7.md'],
          sha256: sha256(readFileSync(join(fixtures, 'base.yaml'))),
        },
      ],
    }),
  );
  mkdirSync(join(root, 'packages', 'fixture-pkg'), { recursive: true });
  writeFileSync(
    join(root, 'packages', 'fixture-pkg', 'package.json'),
    JSON.stringify({ name: '@fileclients/fixture-pkg', version }),
  );
  return root;
}

function runCli(root: string, command: 'update' | 'diff' | 'pull', ...args: string[]) {
  const tsx = join(repo, 'node_modules', '.bin', 'tsx');
  return spawnSync(
    tsx,
    ['--conditions=@fileclients/source', join(repo, 'codegen', 'specs', `${command}.ts`), ...args],
    {
      cwd: repo,
      env: { ...process.env, FILECLIENTS_ROOT: root },
      encoding: 'utf8',
    },
  );
}

function changesets(root: string): string[] {
  const dir = join(root, '.changeset');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

// Each run starts tsx, pulls, diffs and regenerates with openapi-typescript and Biome: seconds on a loaded machine.
describe('specs:update on a scratch copy', { timeout: 240_000 }, () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('an additive change: regenerates, records the sha256 and writes a minor changeset', () => {
    const root = scratchRoot('0.3.1');
    roots.push(root);
    const from = join(fixtures, 'additive.yaml');
    const result = runCli(root, 'update', 'fixture', '--from', from, '--skip-tests', '--skip-typecheck');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('fixture: 0 breaking, 0 dangerous, 3 safe → minor');
    expect(result.stdout).toContain('wrote packages/fixture-pkg/src/generated/openapi.gen.ts');

    const spec = readFileSync(join(root, 'specs', 'fixture', 'openapi.yaml'), 'utf8');
    const entry = readSource(root, 'fixture')?.specs[0];
    expect(entry?.sha256).toBe(sha256(spec));
    expect(entry?.origin).toBe('upstream');
    expect(entry?.pulledFrom).toBe(from);
    expect(entry?.writtenFrom).toEqual(['shared/research/pro7.md']);

    const generated = readFileSync(join(root, 'packages', 'fixture-pkg', 'src', 'generated', 'openapi.gen.ts'), 'utf8');
    expect(generated).toContain("'/Ajax/FilesFolderCreate'");
    expect(generated).toContain(`// Spec: specs/fixture/openapi.yaml sha256:${sha256(spec)}`);

    const [name] = changesets(root);
    expect(name).toMatch(/^fixture-spec-update-[0-9a-f]{8}\.md$/);
    const text = readFileSync(join(root, '.changeset', name ?? ''), 'utf8');
    expect(text.startsWith('---\n"@fileclients/fixture-pkg": minor\n---\n')).toBe(true);
    expect(text).toContain('0 breaking, 0 dangerous, 3 safe change(s). The diff implies a minor release.');
    expect(text).toContain('- POST /Ajax/FilesFolderCreate added');

    // Pulling the same document again changes nothing and writes no second changeset.
    const again = runCli(root, 'update', 'fixture', '--from', from, '--skip-tests', '--skip-typecheck');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('the pulled spec is the one we hold');
    expect(changesets(root)).toEqual([name]);
  });

  it('a breaking change on a 0.x package: the diff says major, the changeset asks for minor and says why', () => {
    const root = scratchRoot('0.3.1');
    roots.push(root);
    const result = runCli(
      root,
      'update',
      'fixture',
      '--from',
      join(fixtures, 'breaking.yaml'),
      '--skip-tests',
      '--skip-typecheck',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('fixture: 3 breaking, 0 dangerous, 0 safe → major');
    const [name] = changesets(root);
    const text = readFileSync(join(root, '.changeset', name ?? ''), 'utf8');
    expect(text.startsWith('---\n"@fileclients/fixture-pkg": minor\n---\n')).toBe(true);
    expect(text).toContain('The diff implies a major release; @fileclients/fixture-pkg is 0.3.1');
    expect(text).toContain('- FileItem.Size removed');
    expect(text).toContain('Hand-written code and examples that no longer compile:');
  });

  it('a breaking change on a 1.x package asks for major', () => {
    const root = scratchRoot('1.2.0');
    roots.push(root);
    const result = runCli(
      root,
      'update',
      'fixture',
      '--from',
      join(fixtures, 'breaking.yaml'),
      '--skip-tests',
      '--skip-typecheck',
    );
    expect(result.status).toBe(0);
    const [name] = changesets(root);
    expect(readFileSync(join(root, '.changeset', name ?? ''), 'utf8')).toContain('"@fileclients/fixture-pkg": major');
  });
});

describe('specs:diff against git', { timeout: 120_000 }, () => {
  let root = '';
  beforeAll(() => {
    root = scratchRoot('0.1.0');
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    cpSync(join(fixtures, 'breaking.yaml'), join(root, 'specs', 'fixture', 'openapi.yaml'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('--json prints the documented shape for the working spec against HEAD', () => {
    const result = runCli(root, 'diff', 'fixture', '--json');
    expect(result.status).toBe(0);
    const report: unknown = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      provider: 'fixture',
      summary: { breaking: 3, dangerous: 0, safe: 0 },
      bump: 'major',
    });
    expect((report as { changes: unknown[] }).changes[0]).toEqual({
      kind: 'property-removed',
      level: 'breaking',
      path: 'openapi.yaml#/components/schemas/FileItem/properties/Size',
      message: 'FileItem.Size removed',
    });
  });

  it('prints a human report, and rejects an unknown provider or option with the usage', () => {
    const human = runCli(root, 'diff', 'fixture', '--base', 'HEAD');
    expect(human.stdout).toContain('breaking (3):');
    expect(human.stdout).toContain('fixture: 3 breaking, 0 dangerous, 0 safe → major');
    const unknown = runCli(root, 'diff', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no specs/nope/codegen.json (known: fixture)');
    const badOption = runCli(root, 'pull', 'fixture', '--frm', 'x');
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain('unknown option --frm');
  });
});
