import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../files.js';
import type { Bump, DiffReport, SpecChange } from './types.js';

export type ReleaseType = 'major' | 'minor' | 'patch';

/**
 * The release type a changeset asks for. The diff's bump follows Octokit's rule (breaking → major, additions →
 * minor, otherwise patch). While a package is 0.x, semver lets minor carry breaking changes and `^0.y.z` ranges
 * never cross a minor, so a breaking change is released as a minor (as the README says); additions stay minor and
 * the rest patch. From 1.0 on the bump is used as it is.
 */
export function releaseType(bump: Exclude<Bump, 'none'>, version: string): ReleaseType {
  if (bump === 'major' && /^0\./.test(version)) return 'minor';
  return bump;
}

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

export function readPackage(root: string, pkg: string): PackageInfo {
  const path = join(root, 'packages', pkg, 'package.json');
  if (!existsSync(path)) return { name: `@fileclients/${pkg}`, version: '0.0.0' };
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  return {
    name: typeof record.name === 'string' ? record.name : `@fileclients/${pkg}`,
    version: typeof record.version === 'string' ? record.version : '0.0.0',
  };
}

/** The changeset file name: the provider and the first 8 hex of the sha256 of the specs brought in. */
export function changesetName(provider: string, contents: readonly string[]): string {
  return `${provider}-spec-update-${sha256(contents.join('\u0000')).slice(0, 8)}.md`;
}

function bullet(change: SpecChange): string {
  return `- ${change.message} (\`${change.path}\`)`;
}

/** The changeset text: frontmatter with the release type, a summary paragraph, the changes by level. */
export function renderChangeset(options: {
  report: DiffReport;
  pkg: PackageInfo;
  specs: readonly { file: string; sha256: string; pulledFrom: string }[];
  broken: readonly string[];
}): { text: string; release: ReleaseType } | undefined {
  const { report, pkg } = options;
  if (report.bump === 'none') return undefined;
  const release = releaseType(report.bump, pkg.version);
  const { breaking, dangerous, safe } = report.summary;
  const specs = options.specs
    .map((s) => `${s.file} (sha256 ${s.sha256.slice(0, 12)}…, from ${s.pulledFrom})`)
    .join(', ');
  const rule =
    release === report.bump
      ? `The diff implies a ${report.bump} release.`
      : `The diff implies a ${report.bump} release; ${pkg.name} is ${pkg.version}, and a 0.x package takes breaking changes in a minor release.`;
  const lines = [
    '---',
    `"${pkg.name}": ${release}`,
    '---',
    '',
    `Upstream spec update for ${report.provider}: ${specs}. For code that calls the API through this client: ${breaking} breaking, ${dangerous} dangerous, ${safe} safe change(s). ${rule}`,
  ];
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    const changes = report.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    lines.push('', `${level[0]?.toUpperCase()}${level.slice(1)}:`, '', ...changes.map(bullet));
  }
  if (breaking > 0) {
    lines.push(
      '',
      'Hand-written code and examples that no longer compile:',
      '',
      ...(options.broken.length > 0
        ? options.broken.map((b) => `- ${b.length > 240 ? `${b.slice(0, 237)}...` : b}`)
        : ['- none']),
    );
  }
  return { text: `${lines.join('\n')}\n`, release };
}
