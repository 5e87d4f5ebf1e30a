import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A glob with `*` in the last segment only (e.g. `operations/*.graphql`), matched in one folder and sorted. */
export function expandPattern(baseDir: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dir = slash === -1 ? baseDir : join(baseDir, pattern.slice(0, slash));
  const namePattern = slash === -1 ? pattern : pattern.slice(slash + 1);
  if (pattern.slice(0, Math.max(slash, 0)).includes('*')) {
    throw new Error(`pattern ${pattern}: only the last path segment may contain *`);
  }
  if (!namePattern.includes('*')) return [join(dir, namePattern)];
  const escaped = namePattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  const matcher = new RegExp(`^${escaped}$`);
  const found = readdirSync(dir)
    .filter((name) => matcher.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (found.length === 0) throw new Error(`pattern ${pattern} matched no file in ${dir}`);
  return found;
}

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function sha256File(path: string): string {
  return sha256(readFileSync(path));
}

/** A path relative to the repository root with forward slashes, for headers that read the same everywhere. */
export function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
