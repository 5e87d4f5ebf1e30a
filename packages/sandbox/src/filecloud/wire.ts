import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { baseOf, type FileCloudState, type Node, parentOf, type Share, type UserRecord } from './state.js';
import type { XmlObject } from './xml.js';

/** FileCloud's answer shapes: the entry, share and user records its XML answers carry, and how they are sent. */

export const XML = 'text/xml; charset=utf-8';

export function send(res: ServerResponse, body: string, type = XML, status = 200): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
}

/**
 * `X-FC-Send-ETag: 1` on createfolder or the last request of an upload: FileCloud answers an `ETag` header
 * (FileCloud's Python SDK 0.5, PR #15; research filecloud.md §4). Its form is opaque; this one is quoted hex.
 */
export function sendEtag(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers['x-fc-send-etag'] !== '1') return;
  res.setHeader('etag', `"${randomBytes(10).toString('hex')}"`);
}

export function human(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

function isoNoColon(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+0000`;
}

export function entryXml(state: FileCloudState, path: string, node: Node): XmlObject {
  const shared = state.shareAt(path);
  const name = baseOf(path);
  const dot = name.lastIndexOf('.');
  return {
    path,
    dirpath: `${parentOf(path)}/`.replace('//', '/'),
    name,
    ext: node.kind === 'file' && dot > 0 ? name.slice(dot + 1) : '',
    fullsize: String(node.kind === 'file' ? node.data.length : 0),
    modified: node.modified.toUTCString(),
    type: node.kind,
    fullfilename: path,
    size: node.kind === 'file' ? human(node.data.length) : '',
    modifiedepoch: String(Math.floor(node.modified.getTime() / 1000)),
    modifiediso: isoNoColon(node.modified),
    isroot: '0',
    isshareable: '1',
    issyncable: '1',
    isshared: shared ? (shared.public ? 'public' : 'private') : '',
    canrename: '1',
    showprev: '1',
    canfavorite: '1',
    canupload: node.kind === 'dir' ? '1' : '0',
    candownload: '1',
    favoritelistid: '0',
    favoriteid: '0',
    order: '0',
    cansetacls: '0',
  };
}

/** The entries of some paths, skipping any that no longer exist. */
export function entriesXml(state: FileCloudState, paths: readonly string[]): XmlObject[] {
  return paths.flatMap((path) => {
    const n = state.files.get(path);
    return n ? [entryXml(state, path, n)] : [];
  });
}

export function shareXml(state: FileCloudState, s: Share, base: string): XmlObject {
  return {
    shareid: s.id,
    sharename: s.name,
    sharelocation: s.location,
    shareurl: `${base}/url/${s.id}`,
    viewmode: '',
    validityperiod: s.validity,
    sharesizelimit: '0',
    maxdownloads: String(s.maxdownloads),
    downloadcount: String(s.downloadcount),
    allowpublicaccess: s.public ? '1' : '0',
    allowpublicupload: s.upload ? '1' : '0',
    allowpublicviewonly: s.viewonly ? '1' : '0',
    isdir: state.files.get(s.location)?.kind === 'dir' ? '1' : '0',
    isvalid: '1',
    createddate: new Date().toUTCString(),
    allowedit: '1',
    allowdelete: '1',
    allowsync: '0',
    allowshare: '1',
    shareowner: s.owner,
  };
}

export function userXml(username: string, u: UserRecord): XmlObject {
  return {
    username,
    displayname: u.displayname,
    email: u.email,
    created: '2024-01-01 00:00:00',
    status: u.status,
    adminstatus: u.admin ? '1' : '0',
    authtype: '0',
    lastlogindate: '',
    expirationdate: '',
  };
}
