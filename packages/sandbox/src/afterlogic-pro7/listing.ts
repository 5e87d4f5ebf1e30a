import type { Pro7ServerState } from './state.js';
import { mimeOf, type Pro7Folder, type Pro7Node, type Pro7StorageType } from './tree.js';
import type { Json } from './wire.js';

/** The personal quota as the server reports it: `[used, left]`, or `[0, 0]` with no limit. */
export function quota(state: Pro7ServerState): [number, number] {
  if (state.quotaBytes <= 0) return [0, 0];
  const used = state.tree.usedBytes('personal');
  return [used, state.quotaBytes - used];
}

/** One CFileStorageItem of a listing. */
export function item(state: Pro7ServerState, type: Pro7StorageType, folder: string, node: Pro7Node): Json {
  const { tree } = state;
  const fullPath = `${folder}/${node.name}`;
  const isFile = node.kind === 'file';
  const isLink = isFile && node.name.endsWith('.url');
  const linkUrl = isLink ? (/URL=(.*)/.exec(new TextDecoder().decode(node.data))?.[1]?.trim() ?? '') : '';
  const mime = isFile ? mimeOf(node.name) : '';
  return {
    '@Object': 'Object/CFileStorageItem',
    Id: node.name,
    Type: type,
    Path: folder,
    FullPath: fullPath,
    Name: node.name,
    Size: isFile ? node.data.byteLength : 0,
    IsFolder: !isFile,
    IsLink: isLink,
    LinkType: isLink ? linkType(linkUrl) : 0,
    LinkUrl: linkUrl,
    LastModified: isFile ? node.modified : 0,
    ContentType: mime,
    Iframed: false,
    Thumb: isFile && mime.startsWith('image/') && node.data.byteLength < 5 * 1024 * 1024,
    ThumbnailLink: '',
    OembedHtml: '',
    Hash: isFile ? tree.hashOf(type, folder, node.name) : '',
    // True while a public link exists, in listings [LIVE Files.root.after-share.json].
    Shared: tree.linkHashFor(type, fullPath) !== undefined,
    Owner: state.email,
    Content: isFile && node.name.endsWith('.asc') ? new TextDecoder().decode(node.data) : '',
    IsExternal: false,
  };
}

/** A folder's items (or, with a pattern, the matching items of its whole subtree) and the quota. */
export function listing(
  state: Pro7ServerState,
  type: Pro7StorageType,
  folderPath: string,
  folder: Pro7Folder,
  pattern: string,
): Json {
  const items: Json[] = [];
  const walk = (path: string, dir: Pro7Folder): void => {
    // In the storage's order, which is byte order of the names: a.txt, a_0.txt, b.txt, b_0.txt [LIVE 7.7.9].
    for (const node of [...dir.children.values()].sort(byteOrder)) {
      if (pattern === '' || node.name.toLowerCase().includes(pattern.toLowerCase()))
        items.push(item(state, type, path, node));
      if (pattern !== '' && node.kind === 'folder') walk(`${path}/${node.name}`, node);
    }
  };
  walk(folderPath, folder);
  return { Items: items, Quota: quota(state) };
}

const utf8 = new TextEncoder();
function byteOrder(a: Pro7Node, b: Pro7Node): number {
  return Buffer.compare(utf8.encode(a.name), utf8.encode(b.name));
}

function linkType(url: string): number {
  if (/drive\.google\.com|docs\.google\.com/.test(url)) return 1;
  if (/dropbox\.com/.test(url)) return 2;
  if (/youtube\.com|youtu\.be/.test(url)) return 3;
  if (/vimeo\.com/.test(url)) return 4;
  if (/soundcloud\.com/.test(url)) return 5;
  return 0;
}
