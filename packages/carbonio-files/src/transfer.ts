import {
  checkedBody,
  type DownloadOptions,
  FileClientError,
  type HttpClient,
  type ProgressListener,
  ProtocolError,
  type UploadSource,
  type UploadSourceFactory,
} from '@fileclients/core';
import { errorFromResponse, loginRedirect, PROVIDER } from './errors.js';

/** What the transfer functions need from the client: the HTTP client, the base URL and the re-login wrapper. */
export interface TransferContext {
  readonly http: HttpClient;
  readonly baseUrl: string;
  /** Runs `fn` with a fresh session; re-logs in and retries once on an expired session when `replayable`. */
  authed<T>(fn: () => Promise<T>, replayable: boolean): Promise<T>;
}

export interface CarbonioUploadOptions {
  /** Full file name with its extension: the server derives the MIME type and node type from it. */
  readonly name: string;
  /** Folder id; LOCAL_ROOT when absent. */
  readonly parentId?: string;
  /** Sent raw in a header; text that a header cannot carry (non-ASCII, newlines) is set with updateNode instead. */
  readonly description?: string;
  /** The bytes, or a factory of them (which also makes the upload retryable after a re-login). */
  readonly source: UploadSource | UploadSourceFactory;
  /** Byte size; required for streams, iterables and factories, since the server needs Content-Length. */
  readonly size?: number;
  readonly onProgress?: ProgressListener;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface CarbonioUploadVersionOptions extends Omit<CarbonioUploadOptions, 'parentId' | 'description'> {
  readonly nodeId: string;
  /** Replace the latest version instead of adding one (default false). */
  readonly overwrite?: boolean;
}

export type TargetModule = 'MAILS' | 'CALENDARS' | 'CONTACTS' | 'CHATS';

export interface CarbonioDownloadOptions extends DownloadOptions {
  /** A specific version of the file; the latest when absent. */
  readonly version?: number;
}

export interface CarbonioDownload {
  readonly body: ReadableStream<Uint8Array>;
  /** From Content-Disposition (form-decoded: `+` is a space). */
  readonly fileName: string | undefined;
  readonly contentType: string | undefined;
  readonly size: number | undefined;
}

const HEADER_SAFE = /^[\x20-\x7e]*$/;

/** Base64 of the UTF-8 bytes, as the web client's encodeBase64 does; platform-neutral (no Buffer). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `attachment; filename*=UTF-8''my+notes.txt` -> `my notes.txt` (the server uses Java's URLEncoder). */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  }
  const plain = /filename="?([^";]+)"?/.exec(header);
  return plain?.[1];
}

function knownSize(source: UploadSource | UploadSourceFactory, size: number | undefined): number | undefined {
  if (size !== undefined) return size;
  if (typeof source === 'string') return new TextEncoder().encode(source).byteLength;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return source.byteLength;
  if (typeof Blob !== 'undefined' && source instanceof Blob) return source.size;
  return undefined;
}

function isReplayable(source: UploadSource | UploadSourceFactory): boolean {
  return (
    typeof source === 'function' ||
    typeof source === 'string' ||
    source instanceof Uint8Array ||
    source instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && source instanceof Blob)
  );
}

async function readJson(response: Response, operation: string): Promise<Record<string, unknown>> {
  const text = await response.text();
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ProtocolError(`expected a JSON object, got: ${text.slice(0, 120)}`, {
    provider: PROVIDER,
    operation,
    status: response.status,
  });
}

async function failIfNotOk(response: Response, operation: string): Promise<void> {
  if (response.status === 200) return;
  if (response.status === 307) {
    await response.body?.cancel().catch(() => undefined);
    throw loginRedirect(operation);
  }
  throw errorFromResponse(response.status, operation, await response.text().catch(() => ''));
}

/**
 * The Files service sends every download with `Content-Disposition: attachment` (HttpResponseBuilder). An HTML page
 * without it is not the file but something in front of the service (an SSO or proxy login page answering 200), and
 * streaming it as the content would hand the user a login form as their file. An uploaded HTML file still arrives
 * with its attachment header, so it passes.
 */
function refuseHtmlPage(response: Response, operation: string): void {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/.test(type)) return;
  if (/^\s*attachment\b/i.test(response.headers.get('content-disposition') ?? '')) return;
  response.body?.cancel().catch(() => undefined);
  throw new ProtocolError(
    'expected the file content, got an HTML page without Content-Disposition (a proxy or single sign-on login ' +
      'page in front of the Files service?)',
    { provider: PROVIDER, operation, status: response.status, code: 'UNEXPECTED_HTML' },
  );
}

async function sendUpload(
  ctx: TransferContext,
  operation: 'upload' | 'uploadVersion',
  path: string,
  headers: Record<string, string>,
  options: CarbonioUploadOptions | CarbonioUploadVersionOptions,
): Promise<Record<string, unknown>> {
  const size = knownSize(options.source, options.size);
  if (size === undefined) {
    throw new FileClientError(
      'Carbonio needs the size of an upload (it reads Content-Length): pass `size` with a stream, iterable or factory source',
      { provider: PROVIDER, operation },
    );
  }
  // Loaded on the first upload: an app that only lists and downloads does not carry the upload code.
  const { uploadBody } = await import('@fileclients/core/upload');
  const send = async () => {
    const response = await ctx.http.request(
      { provider: PROVIDER, operation, idempotent: false },
      `${ctx.baseUrl}${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...headers },
        body: uploadBody({
          source: options.source,
          size,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        }),
        redirect: 'manual',
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      },
    );
    await failIfNotOk(response, operation);
    return readJson(response, operation);
  };
  return ctx.authed(send, isReplayable(options.source));
}

/** POST /upload: a new file. Returns its id; on a name clash the server names it `name (1).ext`. */
export async function uploadFile(
  ctx: TransferContext,
  options: CarbonioUploadOptions,
): Promise<{ nodeId: string; descriptionPending: boolean }> {
  const headers: Record<string, string> = { Filename: base64Utf8(options.name) };
  if (options.parentId) headers.ParentId = options.parentId;
  const description = options.description;
  const headerSafe = description === undefined || HEADER_SAFE.test(description);
  if (description !== undefined && headerSafe) headers.Description = description;
  const json = await sendUpload(ctx, 'upload', '/services/files/upload', headers, options);
  if (typeof json.nodeId !== 'string') {
    throw new ProtocolError('upload answered without a nodeId', { provider: PROVIDER, operation: 'upload' });
  }
  return { nodeId: json.nodeId, descriptionPending: !headerSafe };
}

/** POST /upload-version: a new version of a file (or a replacement of the latest with `overwrite`). */
export async function uploadVersion(
  ctx: TransferContext,
  options: CarbonioUploadVersionOptions,
): Promise<{ nodeId: string; version: number }> {
  const headers = {
    NodeId: options.nodeId,
    Filename: base64Utf8(options.name),
    OverwriteVersion: options.overwrite ? 'true' : 'false',
  };
  const json = await sendUpload(ctx, 'uploadVersion', '/services/files/upload-version', headers, options);
  if (typeof json.nodeId !== 'string') {
    throw new ProtocolError('upload-version answered without a nodeId', {
      provider: PROVIDER,
      operation: 'uploadVersion',
    });
  }
  // The server leaves `version` out when it is 1.
  return { nodeId: json.nodeId, version: typeof json.version === 'number' ? json.version : 1 };
}

/** POST /upload-to: copies a file into another Carbonio module as an attachment. */
export async function uploadTo(
  ctx: TransferContext,
  nodeId: string,
  targetModule: TargetModule,
): Promise<{ attachmentId: string }> {
  const operation = 'uploadTo';
  return ctx.authed(async () => {
    const response = await ctx.http.request(
      { provider: PROVIDER, operation, idempotent: false },
      `${ctx.baseUrl}/services/files/upload-to`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nodeId, targetModule }),
        redirect: 'manual',
      },
    );
    await failIfNotOk(response, operation);
    const json = await readJson(response, operation);
    if (typeof json.attachmentId !== 'string') {
      throw new ProtocolError('upload-to answered without an attachmentId', { provider: PROVIDER, operation });
    }
    return { attachmentId: json.attachmentId };
  }, true);
}

function toDownload(response: Response, operation: string, options: DownloadOptions): CarbonioDownload {
  const length = response.headers.get('content-length');
  return {
    body: checkedBody(response, { provider: PROVIDER, operation }, options),
    fileName: fileNameFromDisposition(response.headers.get('content-disposition')),
    contentType: response.headers.get('content-type') ?? undefined,
    size: length === null ? undefined : Number(length),
  };
}

/** The route only matches lowercase ids; UUIDs are case-insensitive, so lowering is safe. */
function downloadPath(nodeId: string, version?: number): string {
  const id = encodeURIComponent(nodeId.toLowerCase());
  return version === undefined ? `/services/files/download/${id}` : `/services/files/download/${id}/${version}`;
}

/** GET /download/{id}[/{version}] as a Response whose status was checked (for core's downloadToFile). */
export async function downloadResponse(
  ctx: TransferContext,
  nodeId: string,
  options: CarbonioDownloadOptions = {},
): Promise<Response> {
  const operation = 'download';
  return ctx.authed(async () => {
    const response = await ctx.http.request(
      { provider: PROVIDER, operation },
      `${ctx.baseUrl}${downloadPath(nodeId, options.version)}`,
      {
        method: 'GET',
        redirect: 'manual',
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    await failIfNotOk(response, operation);
    refuseHtmlPage(response, operation);
    return response;
  }, true);
}

export async function downloadFile(
  ctx: TransferContext,
  nodeId: string,
  options: CarbonioDownloadOptions = {},
): Promise<CarbonioDownload> {
  return toDownload(await downloadResponse(ctx, nodeId, options), 'download', options);
}

/** GET /public/link/download/{linkId} (no login) or /public/download/{nodeId} for a file in a linked folder. */
export async function downloadPublic(
  http: HttpClient,
  baseUrl: string,
  target: { linkId: string } | { nodeId: string },
  options: DownloadOptions = {},
): Promise<CarbonioDownload> {
  const operation = 'downloadPublic';
  const path =
    'linkId' in target
      ? `/services/files/public/link/download/${encodeURIComponent(target.linkId)}`
      : `/services/files/public/download/${encodeURIComponent(target.nodeId.toLowerCase())}`;
  // Public: no session cookie goes with it.
  const response = await http.request({ provider: PROVIDER, operation }, `${baseUrl}${path}`, {
    method: 'GET',
    redirect: 'manual',
    session: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  await failIfNotOk(response, operation);
  refuseHtmlPage(response, operation);
  return toDownload(response, operation, options);
}
