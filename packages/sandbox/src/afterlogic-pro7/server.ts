import type { IncomingMessage, ServerResponse } from 'node:http';
import { ajax } from './ajax.js';
import type { Pro7ServerState } from './state.js';
import { minDownload, raw, uploadPost, uploadPut } from './transfers.js';
import { Exchange } from './wire.js';

export type { Pro7ServerState } from './state.js';

/** The request router: ?/Ajax/, ?/Upload/File/, ?/Raw/ and ?/Min/ on / or /index.php. */
export function createPro7Listener(state: Pro7ServerState) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ex = new Exchange(req, res);
    try {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const pathname = q >= 0 ? url.slice(0, q) : url;
      if (pathname !== '/' && pathname !== '/index.php') {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found\n');
        return;
      }
      // The router: raw query string, trimmed of spaces and '/', cut at the first '&', split on '/'.
      const query = (q >= 0 ? url.slice(q + 1) : '').split('&')[0] ?? '';
      const segments = query.replace(/^[\s/]+|[\s/]+$/g, '').split('/');
      const head = (segments[0] ?? '').toLowerCase();
      if (head === 'ajax') return await ajax(state, ex);
      if (head === 'upload') {
        if (segments[1] !== 'File') return ex.reject('only ?/Upload/File/ is in the spec');
        if (req.method === 'POST' && segments.length === 2) return await uploadPost(state, ex);
        if (req.method === 'PUT') return await uploadPut(state, ex, segments);
        return ex.reject('uploads are POST ?/Upload/File/ or PUT ?/Upload/File/{Type}/{path}');
      }
      if (head === 'raw') return await raw(state, ex, segments);
      if (head === 'min') return await minDownload(state, ex, segments);
      return ex.reject(`no route for ?/${segments[0] ?? ''} in the spec`);
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('sandbox failure\n');
      } else {
        res.destroy();
      }
    }
  };
}
