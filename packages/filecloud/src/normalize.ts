import type { components } from './generated/openapi.gen.js';
import type { FileCloudShareUser, ShareUserAccess } from './types.js';

/** The wire shapes, exactly as generated from the spec: every leaf a string, every property optional. */
export type RawEntry = components['schemas']['Entry'];
export type RawListMeta = components['schemas']['ListMeta'];
export type RawShare = components['schemas']['Share'];
export type RawVersion = components['schemas']['Version'];
export type RawAdminUser = components['schemas']['AdminUser'];
export type RawUsage = components['schemas']['UsageResponse'];

/** A file or folder with JavaScript types; `raw` keeps every wire field, including ones added by newer servers. */
export interface FileCloudEntry {
  readonly name: string;
  /** Full path, e.g. `/alice/docs/a.txt`. */
  readonly path: string;
  /** The parent folder, without a trailing slash. */
  readonly parentPath: string;
  readonly kind: 'file' | 'folder';
  /** Bytes, from `fullsize` (`size` is a human-readable string kept in raw). */
  readonly size: number | undefined;
  /** From `modifiediso`, else `modifiedepochutc`/`modifiedepoch` (seconds). */
  readonly modified: Date | undefined;
  readonly shared: 'public' | 'private' | undefined;
  readonly canRename: boolean;
  readonly canDownload: boolean;
  readonly canUpload: boolean;
  readonly locked: boolean;
  readonly raw: RawEntry;
}

export interface FileCloudListPage {
  readonly entries: FileCloudEntry[];
  /** Entries in the whole folder (`meta.total`), for paging with start/limit. */
  readonly total: number | undefined;
  readonly raw: RawListMeta | undefined;
}

export interface FileCloudShare {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  /** The public link. */
  readonly url: string;
  readonly isPublic: boolean;
  readonly isFolder: boolean;
  readonly downloadCount: number | undefined;
  readonly maxDownloads: number | undefined;
  readonly raw: RawShare;
}

export interface FileCloudVersion {
  readonly fileId: string;
  readonly versionNumber: string;
  readonly size: number | undefined;
  readonly createdBy: string | undefined;
  readonly createdOn: string | undefined;
  readonly raw: RawVersion;
}

export type FileCloudUserStatus = 'guest' | 'full' | 'disabled' | 'external';

export interface FileCloudAdminUser {
  readonly username: string;
  readonly email: string | undefined;
  readonly displayName: string | undefined;
  readonly status: FileCloudUserStatus | undefined;
  readonly isAdmin: boolean;
  readonly raw: RawAdminUser;
}

/** "1" -> true; "0", "" and absent -> false. */
export function toBoolean(value: string | undefined): boolean {
  return value?.trim() === '1';
}

/** A digit string -> number; empty, absent or not a number -> undefined. */
export function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** `2018-01-31T13:12:21+0000` (no colon in the offset, which not every Date parser accepts) or epoch seconds. */
export function toDate(iso: string | undefined, ...epochs: (string | undefined)[]): Date | undefined {
  const text = iso?.trim();
  if (text) {
    // One Date, no regular expression: a listing parses a date per entry, and this was a tenth of the client's time.
    const date = new Date(offsetWithColon(text));
    if (!Number.isNaN(date.getTime())) return date;
  }
  for (const epoch of epochs) {
    const seconds = toNumber(epoch);
    if (seconds !== undefined && seconds > 0) return new Date(seconds * 1000);
  }
  return undefined;
}

/** `…+0000` -> `…+00:00`; anything else as it is. */
function offsetWithColon(text: string): string {
  return /[+-]\d{4}$/.test(text) ? `${text.slice(0, -2)}:${text.slice(-2)}` : text;
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function toEntry(raw: RawEntry): FileCloudEntry {
  const name = raw.name ?? '';
  const dir = trimSlash(raw.dirpath ?? '');
  const path = raw.path && raw.path !== '' ? raw.path : dir === '' ? name : `${dir === '/' ? '' : dir}/${name}`;
  const shared = raw.isshared === 'public' || raw.isshared === 'private' ? raw.isshared : undefined;
  return {
    name,
    path,
    parentPath: dir !== '' ? dir : path.slice(0, Math.max(1, path.lastIndexOf('/'))),
    kind: raw.type === 'dir' ? 'folder' : 'file',
    size: toNumber(raw.fullsize),
    modified: toDate(raw.modifiediso, raw.modifiedepochutc, raw.modifiedepoch),
    shared,
    canRename: toBoolean(raw.canrename),
    canDownload: toBoolean(raw.candownload),
    canUpload: toBoolean(raw.canupload),
    locked: toBoolean(raw.locked),
    raw,
  };
}

export function toShare(raw: RawShare): FileCloudShare {
  return {
    id: raw.shareid ?? '',
    name: raw.sharename ?? '',
    path: raw.sharelocation ?? '',
    url: raw.shareurl ?? '',
    isPublic: toBoolean(raw.allowpublicaccess),
    isFolder: toBoolean(raw.isdir),
    downloadCount: toNumber(raw.downloadcount),
    maxDownloads: toNumber(raw.maxdownloads),
    raw,
  };
}

export function toVersion(raw: RawVersion): FileCloudVersion {
  return {
    fileId: raw.fileid ?? '',
    versionNumber: raw.versionnumber ?? '',
    size: toNumber(raw.sizeinbytes),
    createdBy: raw.createdby,
    createdOn: raw.createdon,
    raw,
  };
}

const STATUS: Record<string, FileCloudUserStatus> = { '0': 'guest', '1': 'full', '2': 'disabled', '3': 'external' };

export function toAdminUser(raw: RawAdminUser): FileCloudAdminUser {
  return {
    username: raw.username ?? '',
    email: raw.email,
    displayName: raw.displayname,
    status: raw.status === undefined ? undefined : STATUS[raw.status],
    isAdmin: toBoolean(raw.adminstatus),
    raw,
  };
}

/** A user of a share (getusersforshare), with booleans. */
export function toShareUser(
  raw: NonNullable<components['schemas']['ShareUsersResponse']['user']>[number],
): FileCloudShareUser {
  return {
    userId: raw.userid ?? '',
    read: toBoolean(raw.read),
    write: toBoolean(raw.write),
    download: toBoolean(raw.download),
    share: toBoolean(raw.share),
    sync: toBoolean(raw.sync),
    disallowDelete: toBoolean(raw.disallowdelete),
  };
}

/** setuseraccessforshare's flags: only the permissions given, as 1/0. */
export function accessFlags(access: ShareUserAccess): Record<string, '0' | '1'> {
  const flags: Record<string, '0' | '1'> = {};
  for (const [key, value] of Object.entries(access)) {
    if (typeof value === 'boolean') flags[key === 'disallowDelete' ? 'disallowdelete' : key] = value ? '1' : '0';
  }
  return flags;
}
