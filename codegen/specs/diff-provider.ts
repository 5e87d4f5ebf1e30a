import { existsSync, readFileSync } from 'node:fs';
import { diffSpec } from './diff/index.js';
import { gitShow } from './git.js';
import { buildReport } from './report.js';
import { type SpecFile, specFilesOf } from './spec-files.js';
import type { DiffReport, SpecChange } from './types.js';

export interface SpecPair {
  readonly spec: SpecFile;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/** Classifies the changes of every pair and builds the report (sorted, counted, with the bump). */
export async function diffPairs(provider: string, pairs: readonly SpecPair[]): Promise<DiffReport> {
  const changes: SpecChange[] = [];
  for (const pair of pairs) changes.push(...(await diffSpec(pair.spec, pair.before, pair.after)));
  return buildReport(provider, changes);
}

/** The working specs of a provider against the ones committed at `base` (read with `git show`). */
export async function diffAgainstGit(root: string, provider: string, base: string): Promise<DiffReport> {
  const { files } = specFilesOf(root, provider);
  return diffPairs(
    provider,
    files.map((spec) => ({
      spec,
      before: gitShow(root, base, spec.repoPath),
      after: existsSync(spec.absolutePath) ? readFileSync(spec.absolutePath, 'utf8') : undefined,
    })),
  );
}
