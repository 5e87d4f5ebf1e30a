import type { Bump, DiffReport, Level, SpecChange } from './types.js';

const ORDER: Record<Level, number> = { breaking: 0, dangerous: 1, safe: 2 };

/** An addition a user can start to use: a new operation, field, parameter, type… (not a new description). */
export function isAddition(change: SpecChange): boolean {
  return change.kind.endsWith('-added') && !/description|deprecation|default/.test(change.kind);
}

/**
 * Octokit's rule (research/anchors.md, recommendation 2): anything breaking → major; additions (or dangerous changes,
 * which widen what a client may receive) → minor; anything else (descriptions, docs) → patch; nothing → none.
 */
export function bumpFor(changes: readonly SpecChange[]): Bump {
  if (changes.length === 0) return 'none';
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => c.level === 'dangerous' || isAddition(c))) return 'minor';
  return 'patch';
}

/** Sorts changes (breaking first, then by path and kind) so reports and changesets read the same on every run. */
export function sortChanges(changes: readonly SpecChange[]): SpecChange[] {
  return [...changes].sort(
    (a, b) =>
      ORDER[a.level] - ORDER[b.level] ||
      a.path.localeCompare(b.path) ||
      a.kind.localeCompare(b.kind) ||
      a.message.localeCompare(b.message),
  );
}

export function buildReport(provider: string, changes: readonly SpecChange[]): DiffReport {
  const sorted = sortChanges(changes);
  const count = (level: Level) => sorted.filter((c) => c.level === level).length;
  return {
    provider,
    changes: sorted,
    summary: { breaking: count('breaking'), dangerous: count('dangerous'), safe: count('safe') },
    bump: bumpFor(sorted),
  };
}

/** The human form: one line per change, grouped by level, then the summary and the bump. */
export function renderReport(report: DiffReport): string {
  const lines: string[] = [];
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    const changes = report.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    lines.push(`${level} (${changes.length}):`);
    for (const c of changes) lines.push(`  ${c.path}  ${c.message}  [${c.kind}]`);
  }
  const { breaking, dangerous, safe } = report.summary;
  lines.push(
    report.changes.length === 0
      ? `${report.provider}: no changes in the spec`
      : `${report.provider}: ${breaking} breaking, ${dangerous} dangerous, ${safe} safe → ${report.bump}`,
  );
  return lines.join('\n');
}
