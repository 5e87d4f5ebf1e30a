import type { IncomingMessage } from 'node:http';
import { type Rule, violation } from './rules.js';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** A request read as its path's rule says, or the reason it is outside the spec (answered HTTP 400). */
export type ReadRequest =
  | { readonly params: URLSearchParams; readonly file: Buffer | undefined; readonly refusal?: undefined }
  | { readonly refusal: string };

/** Reads the body the rule names (form, multipart upload, or none) and checks its fields against the rule. */
export async function readRequest(req: IncomingMessage, url: URL, rule: Rule): Promise<ReadRequest> {
  const body = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  let params: URLSearchParams;
  let file: Buffer | undefined;
  if (rule.body === 'form') {
    if (!contentType.startsWith('application/x-www-form-urlencoded')) {
      return { refusal: `${url.pathname} needs a form-urlencoded body, got ${contentType}` };
    }
    if (url.search !== '') return { refusal: 'parameters belong in the form body' };
    params = new URLSearchParams(body.toString('utf8'));
  } else if (rule.body === 'multipart') {
    if (!contentType.startsWith('multipart/form-data')) return { refusal: 'upload needs multipart' };
    params = url.searchParams;
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    const part = form.get('file_contents');
    if (!(part instanceof Blob)) return { refusal: 'no file_contents part' };
    if ([...form.keys()].some((k) => k !== 'file_contents')) return { refusal: 'unexpected parts' };
    file = Buffer.from(await part.arrayBuffer());
  } else {
    if (body.length > 0) return { refusal: 'a download takes no body' };
    params = url.searchParams;
  }
  const wrong = violation(rule, params);
  if (wrong) return { refusal: `${url.pathname}: ${wrong}` };
  return { params, file };
}
