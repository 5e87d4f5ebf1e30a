import { errorFromCode, protocolError, softFailure } from './errors.js';
import type { FileListing, FileStorageItem, Quota } from './types.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A success envelope after the error and soft-failure checks: `Result` is neither false nor null. */
export interface Envelope<R> {
  readonly action: string;
  readonly accountId?: number;
  readonly result: R;
}

/**
 * Reads a parsed Pro 7 answer. An `ErrorCode` becomes the mapped core error; `Result: false` or `null` without a
 * code becomes a Pro7SoftFailureError; anything that is not an envelope is a ProtocolError. `operation` is the
 * action that was called (errors name it even when the server echoes another Action).
 */
export function readEnvelope(operation: string, body: unknown, status?: number): Envelope<unknown> {
  if (!isObject(body)) {
    throw protocolError(operation, `expected a JSON object envelope, got ${describe(body)}`, statusDetail(status));
  }
  const code = body.ErrorCode;
  if (code !== undefined) {
    if (typeof code !== 'number' || !Number.isInteger(code)) {
      throw protocolError(operation, `ErrorCode is not an integer (${describe(code)})`, statusDetail(status));
    }
    const message = typeof body.ErrorMessage === 'string' ? { details: { serverMessage: body.ErrorMessage } } : {};
    throw errorFromCode(code, operation, { ...statusDetail(status), ...message });
  }
  if (!('Result' in body)) {
    // The upload endpoint's bare `{"Error":...}` (`size` is read by upload.ts before this).
    if (typeof body.Error === 'string') {
      throw protocolError(operation, `the upload failed (Error "${body.Error}")`, {
        ...statusDetail(status),
        code: body.Error,
      });
    }
    throw protocolError(operation, 'the answer has no Result field', statusDetail(status));
  }
  if (typeof body.Action !== 'string') {
    throw protocolError(operation, 'the answer has no Action field', statusDetail(status));
  }
  const result = body.Result;
  if (result === false || result === null) throw softFailure(operation, result);
  const envelope: { action: string; accountId?: number; result: unknown } = { action: body.Action, result };
  if (typeof body.AccountID === 'number') envelope.accountId = body.AccountID;
  return envelope;
}

function statusDetail(status: number | undefined): { status?: number } {
  return status === undefined ? {} : { status };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : `"${value}"`;
  return typeof value;
}

/** The typed fields of a CFileStorageItem, by type; the spec says all 21 are always present. */
export const ITEM_FIELDS: Readonly<Record<'string' | 'number' | 'boolean', ReadonlyArray<keyof FileStorageItem>>> = {
  string: [
    'Id',
    'Type',
    'Path',
    'FullPath',
    'Name',
    'LinkUrl',
    'ContentType',
    'ThumbnailLink',
    'OembedHtml',
    'Hash',
    'Owner',
    'Content',
  ],
  number: ['Size', 'LinkType', 'LastModified'],
  boolean: ['IsFolder', 'IsLink', 'Iframed', 'Thumb', 'Shared', 'IsExternal'],
};

/**
 * ITEM_FIELDS written out: a listing checks every field of every item, and a property read by a literal name is
 * many times faster than one by a name from a table (about 1 µs against 20 µs for 20 items). A test keeps the two
 * equal.
 */
function itemFieldsOk(v: JsonObject): boolean {
  return (
    typeof v.Id === 'string' &&
    typeof v.Type === 'string' &&
    typeof v.Path === 'string' &&
    typeof v.FullPath === 'string' &&
    typeof v.Name === 'string' &&
    typeof v.LinkUrl === 'string' &&
    typeof v.ContentType === 'string' &&
    typeof v.ThumbnailLink === 'string' &&
    typeof v.OembedHtml === 'string' &&
    typeof v.Hash === 'string' &&
    typeof v.Owner === 'string' &&
    typeof v.Content === 'string' &&
    typeof v.Size === 'number' &&
    typeof v.LinkType === 'number' &&
    typeof v.LastModified === 'number' &&
    typeof v.IsFolder === 'boolean' &&
    typeof v.IsLink === 'boolean' &&
    typeof v.Iframed === 'boolean' &&
    typeof v.Thumb === 'boolean' &&
    typeof v.Shared === 'boolean' &&
    typeof v.IsExternal === 'boolean'
  );
}

/** Checks one CFileStorageItem field by field; an error names the first field that is missing or mistyped. */
export function readItem(operation: string, value: unknown): FileStorageItem {
  if (!isObject(value) || value['@Object'] !== 'Object/CFileStorageItem') {
    throw protocolError(operation, 'expected an Object/CFileStorageItem');
  }
  if (!itemFieldsOk(value)) {
    for (const [type, fields] of Object.entries(ITEM_FIELDS)) {
      for (const field of fields) {
        if (typeof value[field] !== type) {
          throw protocolError(operation, `CFileStorageItem field ${field} is ${describe(value[field])}, not a ${type}`);
        }
      }
    }
    throw protocolError(operation, 'a CFileStorageItem field is missing or has the wrong type');
  }
  return value as unknown as FileStorageItem;
}

export function readQuota(operation: string, value: unknown): Quota {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number')) {
    throw protocolError(operation, 'Quota is not a pair of numbers');
  }
  return [value[0] as number, value[1] as number];
}

export function readListing(operation: string, value: unknown): FileListing {
  if (!isObject(value) || !Array.isArray(value.Items)) {
    throw protocolError(operation, 'expected a listing with Items and Quota');
  }
  return { Items: value.Items.map((item) => readItem(operation, item)), Quota: readQuota(operation, value.Quota) };
}
