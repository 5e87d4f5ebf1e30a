import type { Route } from './context.js';
import { baseOf, join, owns, random } from './state.js';
import { human, send, sendEtag } from './wire.js';
import { toXml } from './xml.js';

/** Bytes in and out: chunked uploads assembled by offset, downloads (direct or via the storage host), versions. */

const upload: Route = ({ state, req, res, me, p, file }) => {
  const { files, uploads } = state;
  const target = join(p('path'), p('filename'));
  const text = (t: string): void => send(res, t, 'text/plain; charset=utf-8');
  if (p('appname') !== 'explorer') return text('Invalid app name');
  if (!owns(me, target) || files.get(p('path'))?.kind !== 'dir') return text('Upload failed: folder not found');
  const offset = Number(p('offset'));
  const filesize = Number(p('filesize'));
  const complete = p('complete') === '1';
  const existing = files.get(target);
  if (existing?.kind === 'dir') return text('A folder with that name already exists');
  if (offset === 0) {
    if (existing && p('nofileoverwrite') === '1') return text('File already exists');
    if (
      existing &&
      p('iflastmodified') &&
      p('iflastmodified') !== String(Math.floor(existing.modified.getTime() / 1000))
    ) {
      return text('File has been modified since iflastmodified');
    }
    uploads.set(target, { parts: [], received: 0, filesize });
  }
  const pending = uploads.get(target);
  if (!pending || pending.received !== offset || pending.filesize !== filesize) {
    uploads.delete(target);
    return text('Upload failed: unexpected offset');
  }
  const data = file ?? Buffer.alloc(0);
  pending.parts.push(data);
  pending.received += data.length;
  state.uploadSlices.push({ path: target, offset, bytes: data.length, complete });
  if (complete) {
    uploads.delete(target);
    if (pending.received !== filesize) return text('Upload failed: size mismatch');
    const whole = Buffer.concat(pending.parts);
    const versions = existing?.versions ?? [];
    if (existing && existing.kind === 'file') {
      versions.push({
        fileid: `v${++state.fileIds}`,
        data: existing.data,
        createdOn: existing.modified,
        number: versions.length + 1,
      });
    }
    const date = p('date');
    const modified = date ? new Date(`${date.replace(' ', 'T')}Z`) : new Date();
    files.set(target, {
      kind: 'file',
      data: whole,
      modified: Number.isNaN(modified.getTime()) ? new Date() : modified,
      versions,
    });
    // The last request of an upload (a zero-byte upload's only one) carries the ETag when asked.
    sendEtag(req, res);
  }
  return text('OK');
};

const download: Route = ({ state, urls, res, me, op, p, fail }) => {
  const path = p('filepath');
  const node = state.files.get(path);
  if (!owns(me, path) || node?.kind !== 'file') return fail('Unable to download file. File not found');
  let data = node.data;
  if (op === 'downloadversionedfile') {
    const version = node.versions.find((v) => v.fileid === p('fileid'));
    if (!version) return fail('Version not found');
    data = version.data;
  }
  if (p('redirect') === '1') {
    const token = random();
    state.blobs.set(token, data);
    res.writeHead(302, { location: `${urls.storage}/blob/${token}` }).end();
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': data.length,
    'content-disposition': `attachment; filename="${encodeURIComponent(baseOf(path))}"`,
  });
  res.end(data);
};

export const TRANSFER_ROUTES: Readonly<Record<string, Route>> = {
  '/core/upload': upload,
  '/core/downloadfile': download,
  '/core/downloadversionedfile': download,
  '/core/downloadfilemulti': ({ state, res, me, params, p, fail }) => {
    const count = Number(p('count'));
    const names = Array.from({ length: count }, (_, i) => params.get(`fn${i + 1}`) ?? '');
    const parts: Buffer[] = [];
    for (const name of names) {
      const node = state.files.get(join(p('filepath'), name));
      if (!owns(me, p('filepath')) || node?.kind !== 'file') return fail(`File not found: ${name}`);
      // Not a real zip: a stand-in archive (name, size, bytes per file) so the bytes can be checked.
      parts.push(Buffer.from(`${name}\n${node.data.length}\n`), node.data);
    }
    const data = Buffer.concat(parts);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': data.length }).end(data);
  },
  '/core/getversions': ({ state, res, me, p, fail }) => {
    const node = state.files.get(join(p('filepath'), p('filename')));
    if (!node) return fail('File not found');
    return send(
      res,
      toXml('versions', {
        total: String(node.versions.length),
        version: node.versions.map((v) => ({
          versionnumber: String(v.number),
          size: human(v.data.length),
          how: 'Web',
          createdon: v.createdOn.toISOString(),
          createdby: me,
          filename: p('filename'),
          sizeinbytes: String(v.data.length),
          fileid: v.fileid,
        })),
      }),
    );
  },
  '/core/deleteversion': ({ state, p, fail, ok }) => {
    const node = state.files.get(join(p('filepath'), p('filename')));
    const at = node?.versions.findIndex((v) => v.fileid === p('fileid')) ?? -1;
    if (!node || at < 0) return fail('Version not found');
    node.versions.splice(at, 1);
    return ok();
  },
};
