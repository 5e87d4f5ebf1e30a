import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * The suffix of every partial file fileclients writes on disk (downloadToFile, the local store's upload). A file
 * with this suffix is an unfinished transfer: listings skip it, and a tool may delete it once no transfer runs.
 */
export const PARTIAL_SUFFIX = '.fileclients-partial';

/**
 * True for the name (or path) of a partial file left by an unfinished transfer: ending in the suffix, or in the
 * suffix and one extension (the CLI keeps the target's extension, which Carbonio will not change on a rename).
 */
export function isPartialName(name: string): boolean {
  return /\.fileclients-partial(?:\.[^./]*)?$/.test(name);
}

/** A fresh partial name next to `path`: hidden, random (two writers never share one), recognisable by its suffix. */
export function partialPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${PARTIAL_SUFFIX}`);
}
