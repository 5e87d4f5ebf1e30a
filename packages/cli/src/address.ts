import { normalizePath } from '@fileclients/core';
import { UsageError } from './errors.js';

/** A parsed `remote:path` (or a plain local path, then `remote` is undefined and `path` is absolute on disk). */
export interface Address {
  /** The remote's name; undefined for a path on the local disk (`./dir`, `/abs`). */
  readonly remote: string | undefined;
  /** For a remote: the '/'-rooted path on it. For the local disk: the absolute path. */
  readonly path: string;
  /** The text the user wrote, for messages. */
  readonly text: string;
  /** The user wrote a trailing '/' (for `cp`: "into this folder"). */
  readonly trailingSlash: boolean;
}

const REMOTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** True when `name` can name a remote (letters, digits, `_`, `.`, `-`; not starting with `.` or `-`). */
export function isRemoteName(name: string): boolean {
  return REMOTE_NAME.test(name);
}

/**
 * rclone's addresses: `name:path` names a remote (`box:/Photos`, `box:Photos` and `box:` for its root);
 * anything else, and anything starting with `/`, `./`, `../` or `~/`, is a path on the local disk
 * (`local:/abs` is the disk too). A colon after the first '/' belongs to the path.
 */
export function parseAddress(text: string, cwd: string, home = ''): Address {
  if (text === '') throw new UsageError('an empty address', 'write remote:path (e.g. box:/Photos) or a local path');
  const trailingSlash = text.length > 1 && text.endsWith('/');
  const colon = text.indexOf(':');
  const slash = text.indexOf('/');
  const localLike = /^(\.{1,2}(\/|$)|~(\/|$)|\/)/.test(text);
  if (colon >= 0 && !localLike && (slash < 0 || colon < slash)) {
    const name = text.slice(0, colon);
    const rest = text.slice(colon + 1);
    if (!isRemoteName(name)) {
      throw new UsageError(
        `malformed address "${text}": "${name}" is not a remote name`,
        'remote names use letters, digits, "_", "." and "-", e.g. box:/Photos',
      );
    }
    if (name === 'local') return { remote: undefined, path: localPath(rest || '/', cwd, home), text, trailingSlash };
    return { remote: name, path: normalizePath(rest === '' ? '/' : rest), text, trailingSlash };
  }
  return { remote: undefined, path: localPath(text, cwd, home), text, trailingSlash };
}

function localPath(text: string, cwd: string, home: string): string {
  const expanded = text === '~' ? home : text.startsWith('~/') ? `${home}/${text.slice(2)}` : text;
  const absolute = expanded.startsWith('/') ? expanded : `${cwd}/${expanded}`;
  return normalizeDots(absolute);
}

/** Resolves `.` and `..` segments of an absolute POSIX path. */
function normalizeDots(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}
