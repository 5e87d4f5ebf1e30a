/**
 * Path helpers for FileStore paths: '/'-rooted, '/'-separated, no trailing slash, no empty, '.' or '..' segments.
 * Providers translate these to their own addressing (ids, "My Files" roots) in their adapters.
 */

/** Normalizes a path: adds the leading '/', collapses repeated slashes, resolves '.' and '..' (never above root). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** Joins segments and normalizes the result. */
export function joinPath(...segments: readonly string[]): string {
  return normalizePath(segments.join('/'));
}

/** The parent folder; the root is its own parent. */
export function parentPath(path: string): string {
  const normal = normalizePath(path);
  const last = normal.lastIndexOf('/');
  return last <= 0 ? '/' : normal.slice(0, last);
}

/** The last segment; '' for the root. */
export function baseName(path: string): string {
  const normal = normalizePath(path);
  return normal.slice(normal.lastIndexOf('/') + 1);
}

/** Splits into segments (root gives []). */
export function splitPath(path: string): string[] {
  const normal = normalizePath(path);
  return normal === '/' ? [] : normal.slice(1).split('/');
}

/** True when `path` is `ancestor` or inside it. */
export function isSubPath(path: string, ancestor: string): boolean {
  const p = normalizePath(path);
  const a = normalizePath(ancestor);
  return a === '/' || p === a || p.startsWith(`${a}/`);
}

/** Rejects names that cannot be a single path segment. */
export function isValidName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\u0000');
}
