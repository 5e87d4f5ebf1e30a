import { ConflictError } from '@fileclients/core';
import { PROVIDER } from './errors.js';

/**
 * The server runs PHP `urldecode()` a second time on some fields (FolderCreate Path/FolderName, Rename
 * Path/Name/NewName, Delete Items[].Path/Name, upload AdditionalData.Path), so `a+b%41` would arrive as `a bA`.
 * Encoding once more makes the second decoding give back the original: urldecode(encodeURIComponent(s)) === s.
 */
export function protectFromServerDecode(value: string): string {
  return encodeURIComponent(value);
}

/** Folder FullPath as the server writes it: `""` for the root, else `/a/b`. */
export function toServerPath(path: string): string {
  const parts = path.split('/').filter((part) => part !== '');
  return parts.length === 0 ? '' : `/${parts.join('/')}`;
}

/** Splits `/a/b/c.txt` into the folder `/a/b` (server form) and the name `c.txt`. */
export function splitPath(path: string, operation: string): { folder: string; name: string } {
  const full = toServerPath(path);
  // The root has no parent and no name: it cannot be the item of an action (as the FileStore says for rename/delete).
  if (full === '') throw new ConflictError(`"${path}" is the root folder`, { provider: PROVIDER, operation });
  const slash = full.lastIndexOf('/');
  return { folder: full.slice(0, slash), name: full.slice(slash + 1) };
}

/**
 * The server stores a clashing name as `name_0.ext`, `name_1.ext`, ... and does not say so. Given the folder's
 * names before and after the operation, the final name is the one that appeared; when the folder changed in
 * other ways too, the candidate closest to the requested name wins.
 */
export function findFinalName(requested: string, before: ReadonlySet<string>, after: ReadonlySet<string>): string {
  const appeared = [...after].filter((name) => !before.has(name));
  if (appeared.length === 1 && appeared[0] !== undefined) return appeared[0];
  for (const candidate of clashCandidates(requested, 1000)) {
    if (appeared.includes(candidate)) return candidate;
  }
  // Nothing new appeared: an overwrite, or a rename to the same name.
  return requested;
}

/** `a.txt`, `a_0.txt`, `a_1.txt`... in the order the server tries them. */
export function* clashCandidates(name: string, limit: number): Generator<string> {
  yield name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 0; i < limit; i++) yield `${stem}_${i}${ext}`;
}
