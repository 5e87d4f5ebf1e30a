import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverProviders } from '../manifest.js';
import { checkSource, readSource } from '../specs/source-json.js';
import { specFilesOf } from '../specs/spec-files.js';

const repo = join(import.meta.dirname, '..', '..');
const workspace = join(repo, '..');

describe.each(discoverProviders(repo))('specs/%s/source.json', (provider) => {
  const source = readSource(repo, provider);

  it('exists and names every contract file codegen.json reads', () => {
    expect(source, `specs/${provider}/source.json is missing`).toBeDefined();
    const recorded = (source?.specs ?? []).map((s) => s.file).sort();
    expect(recorded).toEqual(
      specFilesOf(repo, provider)
        .files.map((f) => f.file)
        .sort(),
    );
  });

  it('records the sha256 of the file we hold (provenance cannot go stale silently)', () => {
    const stale = checkSource(repo, provider).map(
      (s) =>
        `${s.file}: source.json says ${s.recorded.slice(0, 12)}…, the file is ${s.actual?.slice(0, 12) ?? 'missing'}… ` +
        `(brought in from upstream: pnpm specs:update ${provider}; edited here by hand: pnpm specs:pull ${provider} --record)`,
    );
    expect(stale).toEqual([]);
  });

  it('says where each spec comes from: facts we wrote it from, an upstream URL or a live endpoint', () => {
    for (const entry of source?.specs ?? []) {
      const named = (entry.writtenFrom?.length ?? 0) + (entry.upstream ? 1 : 0) + (entry.live ? 1 : 0);
      expect(named, `${entry.file} names no source`).toBeGreaterThan(0);
      if (entry.origin === 'written-by-us') expect(entry.writtenFrom?.length, entry.file).toBeGreaterThan(0);
      // The facts live in the workspace next to the repository; outside it (a clone) they cannot be checked.
      if (existsSync(join(workspace, 'shared'))) {
        for (const fact of entry.writtenFrom ?? []) {
          if (!/^https?:/.test(fact)) expect(existsSync(join(workspace, fact)), `${entry.file}: ${fact}`).toBe(true);
        }
      }
    }
  });
});
