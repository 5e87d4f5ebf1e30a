import { spawnSync } from 'node:child_process';

/**
 * A file as committed at `ref`, or undefined when it did not exist there. Reads through `git show` so nothing in the
 * working tree or the index changes.
 */
export function gitShow(root: string, ref: string, repoPath: string): string | undefined {
  const result = spawnSync('git', ['show', `${ref}:${repoPath}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status === 0) return result.stdout;
  const stderr = result.stderr ?? '';
  if (/does not exist|exists on disk, but not in/.test(stderr)) return undefined;
  throw new Error(`git show ${ref}:${repoPath} failed: ${stderr.trim() || `exit ${result.status}`}`);
}

/** The short sha of a ref, or undefined outside a git repository. */
export function shortSha(root: string, ref = 'HEAD'): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--short=8', ref], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
