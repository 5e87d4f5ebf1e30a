import type { paths } from './generated/openapi.gen.js';

type FormContent<B> = { content: { 'application/x-www-form-urlencoded': B } };
type XmlAnswer<R> = { responses: { 200: { content: { 'application/xml': R } } } };

/** The spec's form-encoded POST calls that answer XML (every path but the upload and the downloads). */
export type ApiPath = {
  [P in keyof paths]: paths[P] extends { post: XmlAnswer<unknown> & { requestBody?: FormContent<unknown> } }
    ? P
    : never;
}[keyof paths];

type Operation<P extends ApiPath> = paths[P]['post'];

/** The form fields of a call, as the spec types them. */
export type ApiBody<P extends ApiPath> = Operation<P> extends { requestBody?: FormContent<infer B> } ? B : never;

/** The decoded XML answer of a call (the root element's content), as the spec types it. */
export type ApiAnswer<P extends ApiPath> = Operation<P> extends XmlAnswer<infer R> ? R : never;

export interface CallOptions {
  /** Cancels the call; it then fails with core's AbortError. */
  readonly signal?: AbortSignal;
}

/** A call whose spec says the body may be left out (no fields) takes it optionally. */
export type CallArgs<P extends ApiPath> =
  Operation<P> extends { requestBody: FormContent<unknown> }
    ? [body: ApiBody<P>, options?: CallOptions]
    : [body?: ApiBody<P>, options?: CallOptions];

/** Anything that sends typed API calls: the user and admin clients. */
export interface ApiCaller {
  call<P extends ApiPath>(path: P, ...args: CallArgs<P>): Promise<ApiAnswer<P>>;
}

/** Fields in spec order as the form body FileCloud reads; absent (undefined or null) fields are left out. */
export function formBody(body: unknown): string {
  const params = new URLSearchParams();
  if (typeof body === 'object' && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      params.append(key, String(value));
    }
  }
  return params.toString();
}
