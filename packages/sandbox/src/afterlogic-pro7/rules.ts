/**
 * What specs/afterlogic-pro7/openapi.yaml allows in each Ajax request body. A request outside it is refused with
 * HTTP 400 and a plain-text reason, so a client that drifts from the spec fails its tests. Cases the real server
 * answers in its own way (a missing password, a missing AccountID, a missing public-link field) keep the recorded
 * answer instead, so those are not listed as required here.
 */
export type FieldKind = 'string' | 'integer' | 'flag' | 'storage-type' | 'json';

export interface ActionRule {
  readonly fields: Readonly<Record<string, FieldKind>>;
  readonly required: readonly string[];
}

const COMMON: Readonly<Record<string, FieldKind>> = { AuthToken: 'string', Token: 'string', AccountID: 'integer' };

function rule(fields: Record<string, FieldKind>, required: readonly string[] = []): ActionRule {
  return { fields: { ...COMMON, ...fields }, required };
}

const TRANSFER = {
  FromType: 'storage-type',
  ToType: 'storage-type',
  FromPath: 'string',
  ToPath: 'string',
  Files: 'json',
} as const;

export const ACTION_RULES: Readonly<Record<string, ActionRule>> = {
  SystemGetAppData: rule({}),
  // Email and IncPassword are required by the spec, but the server's own answer to a missing one (103) is kept.
  SystemLogin: rule({ Email: 'string', IncLogin: 'string', IncPassword: 'string', Language: 'string', SignMe: 'flag' }),
  // AccountID is checked by the action itself (103), as the server does; LastErrorCode is optional.
  SystemLogout: { fields: { ...COMMON, AccountID: 'string', LastErrorCode: 'integer' }, required: [] },
  Files: rule({ Type: 'storage-type', Path: 'string', Pattern: 'string' }, ['Type', 'Path']),
  FileInfo: rule({ Type: 'storage-type', Path: 'string', Name: 'string' }, ['Type', 'Path', 'Name']),
  FilesQuota: rule({}),
  FilesFolderCreate: rule({ Type: 'storage-type', Path: 'string', FolderName: 'string' }, [
    'Type',
    'Path',
    'FolderName',
  ]),
  FilesRename: rule({ Type: 'storage-type', Path: 'string', Name: 'string', NewName: 'string', IsLink: 'flag' }, [
    'Type',
    'Path',
    'Name',
    'NewName',
  ]),
  FilesDelete: rule({ Type: 'storage-type', Items: 'json', Path: 'string' }, ['Type', 'Items']),
  FilesCopy: rule(TRANSFER, Object.keys(TRANSFER)),
  FilesMove: rule(TRANSFER, Object.keys(TRANSFER)),
  // All five are required, but the server answers a missing one with 999 (recorded), so the action checks them.
  FilesCreatePublicLink: rule({
    Type: 'storage-type',
    Path: 'string',
    Name: 'string',
    Size: 'integer',
    IsFolder: 'flag',
  }),
  FilesPublicLinkDelete: rule({ Type: 'storage-type', Path: 'string', Name: 'string' }, ['Type', 'Path', 'Name']),
  FilesPub: rule({ Hash: 'string', Path: 'string' }, ['Hash', 'Path']),
  FilesLinkCreate: rule({ Type: 'storage-type', Path: 'string', Link: 'string', Name: 'string' }, [
    'Type',
    'Path',
    'Link',
    'Name',
  ]),
};

const STORAGE = new Set(['personal', 'corporate', 'shared']);

/** Returns why the form breaks the rule, or undefined when it is allowed. */
export function checkForm(action: string, form: URLSearchParams, rule: ActionRule): string | undefined {
  const seen = new Set<string>();
  for (const [key, value] of form) {
    if (key === 'Action') continue;
    if (seen.has(key)) return `field ${key} is sent twice`;
    seen.add(key);
    const kind = rule.fields[key];
    if (kind === undefined) return `${action} has no field ${key} in the spec`;
    if (kind === 'integer' && !/^-?\d+$/.test(value)) return `${key} must be an integer, got "${value}"`;
    if (kind === 'flag' && value !== '0' && value !== '1') return `${key} must be "0" or "1", got "${value}"`;
    if (kind === 'storage-type' && !STORAGE.has(value)) return `${key} must be personal, corporate or shared`;
    if (kind === 'json') {
      try {
        if (!Array.isArray(JSON.parse(value))) return `${key} must be a JSON array`;
      } catch {
        return `${key} must be a JSON array`;
      }
    }
  }
  for (const key of rule.required) if (!form.has(key)) return `${action} requires ${key}`;
  return undefined;
}

/** `Items` of FilesDelete: `[{"Path","Name"}]`, nothing else. */
export function readDeleteItems(value: string): Array<{ Path: string; Name: string }> | string {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed) || parsed.length === 0) return 'Items must be a non-empty JSON array';
  const items: Array<{ Path: string; Name: string }> = [];
  for (const entry of parsed) {
    if (typeof entry !== 'object' || entry === null) return 'Items entries must be objects';
    const keys = Object.keys(entry);
    const { Path, Name } = entry as Record<string, unknown>;
    if (keys.some((k) => k !== 'Path' && k !== 'Name') || typeof Path !== 'string' || typeof Name !== 'string') {
      return 'Items entries must be {"Path": string, "Name": string}';
    }
    items.push({ Path, Name });
  }
  return items;
}

/** `Files` of FilesCopy/FilesMove: `[{"Name","IsFolder","Size"}]`. */
export function readTransferItems(value: string): Array<{ Name: string; IsFolder: boolean; Size: number }> | string {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) return 'Files must be a JSON array';
  const items: Array<{ Name: string; IsFolder: boolean; Size: number }> = [];
  for (const entry of parsed) {
    if (typeof entry !== 'object' || entry === null) return 'Files entries must be objects';
    const { Name, IsFolder, Size } = entry as Record<string, unknown>;
    const keys = Object.keys(entry);
    if (
      keys.some((k) => k !== 'Name' && k !== 'IsFolder' && k !== 'Size') ||
      typeof Name !== 'string' ||
      typeof IsFolder !== 'boolean' ||
      typeof Size !== 'number' ||
      !Number.isInteger(Size)
    ) {
      return 'Files entries must be {"Name": string, "IsFolder": boolean, "Size": integer}';
    }
    items.push({ Name, IsFolder, Size });
  }
  return items;
}
