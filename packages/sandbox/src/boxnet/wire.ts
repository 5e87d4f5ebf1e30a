import type { BoxComment, BoxFile, BoxFolder, BoxState } from './state.js';

// Box's answer style: every accessor unqualified and typed with xsi:type, structs typed tns:SOAPxxx, arrays
// SOAP-ENC:Array with arrayType. (soap's own server writes neither types nor encoding; we hand it raw parts.)

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );

export const str = (name: string, value: string): string =>
  `<${name} xsi:type="xsd:string">${escapeXml(value)}</${name}>`;
export const long = (name: string, value: number): string => `<${name} xsi:type="xsd:long">${value}</${name}>`;
export const int = (name: string, value: number): string => `<${name} xsi:type="xsd:int">${value}</${name}>`;
export const base64 = (name: string, bytes: Uint8Array): string =>
  `<${name} xsi:type="xsd:base64Binary">${Buffer.from(bytes).toString('base64')}</${name}>`;

export function user(state: BoxState): string {
  return (
    '<user xsi:type="tns:SOAPUser">' +
    str('login', state.login) +
    str('email', state.login) +
    int('access_id', state.userId) +
    int('user_id', state.userId) +
    long('space_amount', state.spaceAmount) +
    long('space_used', state.spaceUsed()) +
    long('max_upload_size', state.maxUploadBytes) +
    '</user>'
  );
}

export function folder(state: BoxState, f: BoxFolder): string {
  return (
    '<folder xsi:type="tns:SOAPFolder">' +
    long('folder_id', f.id) +
    str('folder_name', f.name) +
    long('folder_type_id', 0) +
    int('user_id', state.userId) +
    str('path', pathOf(state, f)) +
    int('shared', f.shared ? 1 : 0) +
    str('public_name', f.publicName) +
    str('password', f.password) +
    long('parent_folder_id', f.parentId ?? 0) +
    '</folder>'
  );
}

function pathOf(state: BoxState, f: BoxFolder): string {
  const names: string[] = [];
  let current: BoxFolder | undefined = f;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    current = state.folders.get(current.parentId);
  }
  return `/${names.join('/')}`;
}

export function fileInfo(f: BoxFile): string {
  return (
    '<info xsi:type="tns:SOAPFileInfo">' +
    long('file_id', f.id) +
    str('file_name', f.name) +
    long('folder_id', f.folderId) +
    long('shared', f.shared ? 1 : 0) +
    str('public_name', f.publicName) +
    long('size', f.content.byteLength) +
    str('description', f.description) +
    str('sha1', f.sha1) +
    long('created', f.created) +
    long('updated', f.updated) +
    '</info>'
  );
}

export function comment(name: string, c: BoxComment, login: string): string {
  return (
    `<${name} xsi:type="tns:SOAPComment">` +
    long('comment_id', c.id) +
    str('message', c.message) +
    str('user_name', login) +
    long('user_id', 453) +
    long('created', c.created) +
    str('avatar_url', '') +
    `</${name}>`
  );
}

export function array(name: string, itemType: string, items: readonly string[]): string {
  return `<${name} xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="${itemType}[${items.length}]">${items.join('')}</${name}>`;
}

/** The search hit of a file or folder. */
export function searchItem(state: BoxState, kind: 'file' | 'folder', id: number, query: string): string {
  const node = kind === 'file' ? state.files.get(id) : state.folders.get(id);
  const name = node?.name ?? '';
  const parent = kind === 'file' ? (state.files.get(id)?.folderId ?? 0) : (state.folders.get(id)?.parentId ?? 0);
  return (
    '<item xsi:type="tns:SOAPSearchResultItem">' +
    str('name', name) +
    long('id', id) +
    str('description', node?.description ?? '') +
    str('folder_path', '/') +
    str('thumbnail', '') +
    str('parent_id', String(parent)) +
    '<match_type xsi:type="tns:SOAPSearchMatchType">' +
    str('collaborator', '') +
    str('name', name.toLowerCase().includes(query.toLowerCase()) ? name : '') +
    str('description', '') +
    str('search_text', '') +
    '</match_type></item>'
  );
}

export function treeXml(state: BoxState, folderId: number, flags: ReadonlySet<string>): string {
  const f = state.folders.get(folderId);
  if (!f) return '';
  const attrs = (pairs: Record<string, string | number>) =>
    Object.entries(pairs)
      .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
      .join('');
  const tags = (ids: readonly number[]) => `<tags>${ids.map((id) => `<tag id="${id}"/>`).join('')}</tags>`;
  const render = (folder: BoxFolder, depth: number): string => {
    const shallow = flags.has('onelevel') && depth >= 1;
    const files =
      flags.has('nofiles') || shallow
        ? ''
        : state
            .childFiles(folder.id)
            .map(
              (file) =>
                `<file${attrs({
                  id: file.id,
                  file_name: file.name,
                  keyword: '',
                  shared: file.shared ? 1 : 0,
                  size: file.content.byteLength,
                  created: file.created,
                  updated: file.updated,
                  sha1: file.sha1,
                  description: file.description,
                  shared_link: file.shared ? `http://box.net/s/${file.publicName}` : '',
                })}>${tags(file.tags)}</file>`,
            )
            .join('');
    const subfolders = shallow ? [] : state.childFolders(folder.id).map((c) => render(c, depth + 1));
    return (
      `<folder${attrs({
        id: folder.id,
        name: folder.name,
        shared: folder.shared ? 1 : 0,
        shared_link: folder.shared ? `http://box.net/s/${folder.publicName}` : '',
        description: folder.description,
      })}>` + `${tags(folder.tags)}<files>${files}</files><folders>${subfolders.join('')}</folders></folder>`
    );
  };
  return `<?xml version="1.0"?>${render(f, 0)}`;
}
