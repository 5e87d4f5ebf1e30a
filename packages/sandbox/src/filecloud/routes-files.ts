import type { Route } from './context.js';
import { baseOf, join, owns, parentOf, random } from './state.js';
import { entriesXml, entryXml, human, send, sendEtag } from './wire.js';
import { commandsXml, toXml } from './xml.js';

/** The file tree: listing, info, folders, rename, delete, copy, move, usage and search. */

const copyFile: Route = ({ state, me, p, fail, ok }) => {
  const { files } = state;
  const from = join(p('path'), p('name'));
  const to = join(p('copyto'), p('copytoname') || p('name'));
  if (!owns(me, from) || !files.has(from)) return fail('File or folder does not exist');
  if (!owns(me, to) || files.get(p('copyto'))?.kind !== 'dir') return fail('Destination folder does not exist');
  if (files.has(to)) return fail('A file or folder with that name already exists');
  state.copyTree(from, to);
  return ok();
};

const renameOrMove: Route = ({ state, me, p, fail, ok }) => {
  const { files } = state;
  const from = p('fromname');
  const to = p('toname');
  if (!owns(me, from) || !files.has(from)) return fail('File or folder does not exist');
  if (!owns(me, to) || files.get(parentOf(to))?.kind !== 'dir') return fail('Destination folder does not exist');
  if (files.has(to) && p('overwrite') !== '1') return fail('A file or folder with that name already exists');
  state.copyTree(from, to);
  state.removeTree(from);
  return ok();
};

const search: Route = ({ state, res, me, op, p }) => {
  const text = (op === 'search' ? p('keyword') : p('searchstring')).toLowerCase();
  const location = (op === 'search' ? p('location') : p('searchloc')).replace(/\/+$/, '');
  const found = [...state.files.keys()]
    .filter((path) => owns(me, path) && path.startsWith(`${location}/`) && baseOf(path).toLowerCase().includes(text))
    .sort();
  const start = Number(p('start') || '0');
  const size = Number(p('size') || '0');
  const page = op === 'dosearch' && size > 0 ? found.slice(start, start + size) : found;
  const entry = entriesXml(state, page);
  if (op === 'search') return send(res, toXml('entries', { entry }));
  return send(
    res,
    toXml('entries', {
      meta: {
        id: random(),
        status: 'COMPLETE',
        statusmessage: 'No error message',
        totalmatch: String(found.length),
        total: String(found.length),
        completedtime: String(Math.floor(Date.now() / 1000)),
        location,
        searchstring: text,
      },
      entry,
    }),
  );
};

export const FILE_ROUTES: Readonly<Record<string, Route>> = {
  '/core/getfilelist': ({ state, res, me, p }) => {
    const { files } = state;
    const dir = p('path').replace(/\/+$/, '') || '/';
    const node = files.get(dir);
    if (!owns(me, dir) || node?.kind !== 'dir') {
      return send(res, toXml('entries', { meta: { total: '0', result: '0', message: 'Path not found' } }));
    }
    const sortby = p('sortby') || 'name';
    const dirFactor = p('sortdir') === '-1' ? -1 : 1;
    const all = state.childrenOf(dir).sort((a, b) => {
      const na = files.get(a);
      const nb = files.get(b);
      if (!na || !nb) return 0;
      if (sortby === 'size') return (na.data.length - nb.data.length) * dirFactor;
      if (sortby === 'date') return (na.modified.getTime() - nb.modified.getTime()) * dirFactor;
      return a.localeCompare(b) * dirFactor;
    });
    const start = Number(p('start') || '0');
    const limitRaw = Number(p('limit') || '10');
    const page = limitRaw < 0 ? all.slice(start) : all.slice(start, start + limitRaw);
    return send(
      res,
      toXml('entries', {
        meta: {
          parentpath: parentOf(dir),
          total: String(all.length),
          realpath: dir,
          isroot: '0',
          canupload: '1',
          isshareable: '1',
          candownload: '1',
          cansetacls: '0',
          showshareoption: '1',
          teamfolder: '0',
          result: '1',
          message: '',
          defaultfile: '',
        },
        entry: entriesXml(state, page),
      }),
    );
  },
  '/core/fileinfo': ({ state, res, me, p }) => {
    const node = state.files.get(p('file'));
    if (!node || !owns(me, p('file'))) return send(res, toXml('fileinfo', {}));
    return send(res, toXml('fileinfo', { entry: entryXml(state, p('file'), node) }));
  },
  '/core/fileexists': ({ state, res, me, op, p }) => {
    const exists = owns(me, p('file')) && state.files.has(p('file'));
    return send(res, commandsXml(op, exists ? 1 : 0, exists ? '1' : '0'));
  },
  '/core/createfolder': ({ state, req, res, me, p, fail, ok }) => {
    const target = join(p('path'), p('name'));
    if (!owns(me, target) || state.files.get(p('path'))?.kind !== 'dir') return fail('Parent folder does not exist');
    if (state.files.has(target)) return fail('Folder already exists CLFC-01011-1');
    state.mkdir(target);
    sendEtag(req, res);
    return ok();
  },
  '/core/renamefile': ({ state, me, p, fail, ok }) => {
    const from = join(p('path'), p('name'));
    const to = join(p('path'), p('newname'));
    if (!owns(me, from) || !state.files.has(from)) return fail('File or folder does not exist');
    if (state.files.has(to)) return fail('A file or folder with that name already exists');
    state.copyTree(from, to);
    state.removeTree(from);
    return ok();
  },
  '/core/deletefile': ({ state, me, p, fail, ok }) => {
    const target = join(p('path'), p('name'));
    if (!owns(me, target) || !state.files.has(target) || target === `/${me}`) {
      return fail('File or folder does not exist');
    }
    state.removeTree(target);
    return ok();
  },
  // Current servers take copy and move under /app/explorer/ too, with the same fields (FileCloud's Python SDK
  // uses those paths; the API docs list the /core/ ones).
  '/app/explorer/copyfile': copyFile,
  '/core/copyfile': copyFile,
  '/app/explorer/renameormove': renameOrMove,
  '/core/renameormove': renameOrMove,
  '/core/getdiskusagedetails': ({ state, res, p }) => {
    const mine = [...state.files].filter(([path]) => owns(p('username'), path));
    const size = mine.reduce((n, [, node]) => n + node.data.length, 0);
    const level1 = p('level') === '1';
    return send(
      res,
      toXml('usage', {
        storageusage: human(size),
        sizelimit: '2 GB',
        usagepercent: String(Math.round((size / (2 * 1024 ** 3)) * 100)),
        ...(level1
          ? {}
          : {
              totalfolders: String(mine.filter(([, n]) => n.kind === 'dir').length - 1),
              totalfiles: String(mine.filter(([, n]) => n.kind === 'file').length),
              totalsize: human(size),
            }),
      }),
    );
  },
  '/core/getfolderproperties': ({ state, res, me, p, fail }) => {
    const dir = p('path');
    if (!owns(me, dir) || state.files.get(dir)?.kind !== 'dir') return fail('Path not found');
    const below = [...state.files].filter(([path]) => path.startsWith(`${dir}/`));
    const size = below.reduce((n, [, node]) => n + node.data.length, 0);
    return send(
      res,
      toXml('folderproperties', {
        usage: {
          totalfolders: String(below.filter(([, n]) => n.kind === 'dir').length),
          totalfiles: String(below.filter(([, n]) => n.kind === 'file').length),
          totalsize: human(size),
          livefiles: String(below.filter(([, n]) => n.kind === 'file').length),
          livefolders: String(below.filter(([, n]) => n.kind === 'dir').length),
          livesize: human(size),
        },
      }),
    );
  },
  '/core/search': search,
  '/core/dosearch': search,
};
