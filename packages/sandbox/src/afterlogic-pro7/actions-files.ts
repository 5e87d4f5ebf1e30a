import { randomBytes } from 'node:crypto';
import { item, listing, quota } from './listing.js';
import { readDeleteItems, readTransferItems } from './rules.js';
import type { Pro7ServerState } from './state.js';
import {
  cleanName,
  freeName,
  normalizeFolder,
  type Pro7Folder,
  type Pro7StorageType,
  type Pro7Tree,
  phpUrlDecode,
} from './tree.js';
import { ActionError, type Exchange, RejectError } from './wire.js';

/** corporate needs collaboration support; elsewhere the server answers Result false. */
const available = (state: Pro7ServerState, type: Pro7StorageType): boolean =>
  type === 'personal' || (type === 'corporate' && state.collaboration);

const folderOr999 = (tree: Pro7Tree, type: Pro7StorageType, path: string): Pro7Folder => {
  const folder = tree.folder(type, normalizeFolder(path));
  if (!folder) throw new ActionError(999);
  return folder;
};

/** Runs one Files action; returns the Result or throws ActionError. */
export function filesAction(state: Pro7ServerState, action: string, f: URLSearchParams, ex: Exchange): unknown {
  const { tree } = state;
  const get = (key: string): string => f.get(key) ?? '';
  const type = get('Type') as Pro7StorageType;
  switch (action) {
    case 'Files': {
      if (!available(state, type)) return false;
      const path = normalizeFolder(get('Path'));
      return listing(state, type, path, folderOr999(tree, type, path), get('Pattern'));
    }
    case 'FileInfo': {
      const path = normalizeFolder(get('Path'));
      const node = folderOr999(tree, type, path).children.get(get('Name'));
      if (!node) throw new ActionError(999);
      // FileInfo leaves Id and ContentType empty and says Shared false even for a shared item: only the Files
      // listing looks the links up [LIVE 7.7.9; FileInfo.json].
      return { ...item(state, type, path, node), Id: '', ContentType: '', Shared: false };
    }
    case 'FilesQuota':
      return { Quota: quota(state) };
    case 'FilesFolderCreate': {
      const path = normalizeFolder(phpUrlDecode(get('Path')));
      const name = cleanName(phpUrlDecode(get('FolderName')));
      const parent = folderOr999(tree, type, path);
      const existing = parent.children.get(name);
      if (name === '' || existing?.kind === 'file') return false;
      if (!existing) parent.children.set(name, { kind: 'folder', name, children: new Map() });
      return true;
    }
    case 'FilesRename': {
      const path = normalizeFolder(phpUrlDecode(get('Path')));
      const name = phpUrlDecode(get('Name'));
      const folder = folderOr999(tree, type, path);
      const node = folder.children.get(name);
      if (!node) throw new ActionError(999);
      let wanted = cleanName(phpUrlDecode(get('NewName')));
      if (get('IsLink') === '1' && node.name.endsWith('.url') && !wanted.endsWith('.url')) wanted += '.url';
      if (wanted === '') return false;
      if (wanted === name) return true;
      folder.children.delete(name);
      const final = freeName(folder, wanted);
      node.name = final;
      folder.children.set(final, node);
      tree.dropLinks(type, `${path}/${name}`);
      return true;
    }
    case 'FilesDelete': {
      const items = readDeleteItems(get('Items'));
      if (typeof items === 'string') throw new RejectError(items);
      // Not atomic: items go one by one, and a missing one stops the run after the earlier deletions.
      for (const entry of items) {
        const path = normalizeFolder(phpUrlDecode(entry.Path));
        const name = phpUrlDecode(entry.Name);
        const folder = folderOr999(tree, type, path);
        if (!folder.children.delete(name)) throw new ActionError(999);
        tree.dropLinks(type, `${path}/${name}`);
      }
      return true;
    }
    case 'FilesCopy':
    case 'FilesMove': {
      const items = readTransferItems(get('Files'));
      if (typeof items === 'string') throw new RejectError(items);
      const fromType = get('FromType') as Pro7StorageType;
      const toType = get('ToType') as Pro7StorageType;
      const fromPath = normalizeFolder(get('FromPath'));
      const toPath = normalizeFolder(get('ToPath'));
      if (!available(state, fromType) || !available(state, toType)) return false;
      const source = folderOr999(tree, fromType, fromPath);
      const target = folderOr999(tree, toType, toPath);
      let result: boolean | null = null;
      for (const entry of items) {
        // A folder is never copied or moved into itself.
        if (entry.IsFolder && toPath === `${fromPath}/${entry.Name}`) continue;
        const node = source.children.get(entry.Name);
        if (!node) {
          result = false;
          continue;
        }
        if (action === 'FilesMove' && toType === 'personal' && fromType !== 'personal' && state.quotaBytes > 0) {
          if (entry.Size > quota(state)[1]) throw new ActionError(812);
        }
        if (action === 'FilesMove' && fromType === toType && fromPath === toPath) {
          result = true;
          continue;
        }
        const final = freeName(target, entry.Name);
        if (action === 'FilesMove') {
          source.children.delete(entry.Name);
          tree.dropLinks(fromType, `${fromPath}/${entry.Name}`);
          node.name = final;
          target.children.set(final, node);
        } else {
          target.children.set(final, tree.clone(node, final));
        }
        result = true;
      }
      return action === 'FilesMove' ? result === true : result;
    }
    case 'FilesCreatePublicLink': {
      for (const key of ['Type', 'Path', 'Name', 'Size', 'IsFolder']) if (!f.has(key)) throw new ActionError(999);
      const path = normalizeFolder(get('Path'));
      const node = folderOr999(tree, type, path).children.get(get('Name'));
      if (!node) throw new ActionError(999);
      const fullPath = `${path}/${node.name}`;
      let hash = tree.linkHashFor(type, fullPath);
      if (!hash) {
        hash = randomBytes(8).toString('base64url').slice(0, 10);
        tree.links.set(hash, { type, path: fullPath, isFolder: node.kind === 'folder' });
      }
      // AppUrl, without a trailing slash (recorded: `http://localhost?/Min/Share/...`). A real server builds it
      // from its configured host, which need not be the one the API is reached at: the publicUrl option.
      const appUrl = state.publicUrl ?? `http://${ex.req.headers.host ?? '127.0.0.1'}`;
      return node.kind === 'folder' ? `${appUrl}?files-pub=${hash}` : `${appUrl}?/Min/Share/${hash}`;
    }
    case 'FilesPublicLinkDelete': {
      const fullPath = `${normalizeFolder(get('Path'))}/${get('Name')}`;
      const hash = tree.linkHashFor(type, fullPath);
      // No link, or no such item: still Result true [LIVE 7.7.9].
      if (hash) tree.links.delete(hash);
      return true;
    }
    case 'FilesLinkCreate': {
      const folder = folderOr999(tree, type, get('Path'));
      const final = freeName(folder, `${cleanName(get('Name'))}.url`);
      tree.putFile(folder, final, new TextEncoder().encode(`[InternetShortcut]\r\nURL=${get('Link')}\r\n`));
      return true;
    }
    default:
      throw new ActionError(999);
  }
}
