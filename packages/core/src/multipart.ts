import { sendsWholeBodies } from './platform.js';
import type { OpenBodyOptions, OpenedBody, RequestBodySource } from './request-body.js';
import { toByteStream, type UploadBody, type UploadSource, uploadBody } from './transfer.js';

/** A plain form field. */
export interface MultipartField {
  readonly name: string;
  readonly value: string;
}

/** A file part; its body streams, with its own progress listener. */
export interface MultipartFile {
  readonly name: string;
  readonly filename: string;
  readonly contentType?: string;
  readonly body: UploadBody;
}

export type MultipartPart = MultipartField | MultipartFile;

export interface MultipartOptions {
  /** Fixed boundary (tests, signatures); random by default. */
  readonly boundary?: string;
}

const encoder = new TextEncoder();
const CRLF = encoder.encode('\r\n');

/**
 * A streamed multipart/form-data body (Pro 7's upload, FileCloud's file_contents, Box's upload form) that never
 * holds a file in memory. Content-Length is computed when every file part has a known size, since several servers
 * refuse chunked uploads. Replayable when every file part is in memory or given as a factory.
 */
export function multipartBody(parts: readonly MultipartPart[], options: MultipartOptions = {}): RequestBodySource {
  const boundary = options.boundary ?? randomBoundary();
  const sources = parts.map((part) => ('body' in part ? uploadBody(part.body) : undefined));
  const headers = parts.map((part) => encoder.encode(partHeader(boundary, part)));
  const closing = encoder.encode(`--${boundary}--\r\n`);
  let size: number | undefined = closing.byteLength;
  parts.forEach((part, index) => {
    const header = headers[index]?.byteLength ?? 0;
    const source = sources[index];
    const bodySize = source === undefined ? encoder.encode((part as MultipartField).value).byteLength : source.size;
    size = size === undefined || bodySize === undefined ? undefined : size + header + bodySize + CRLF.byteLength;
  });
  const replayable = sources.every((source) => source === undefined || source.replayable);
  const contentType = `multipart/form-data; boundary=${boundary}`;
  const known = size;

  /** `ready`: parts a browser attempt already opened (one-shot streams cannot be opened twice). */
  async function* chunks(
    open: OpenBodyOptions,
    ready?: readonly (OpenedBody | undefined)[],
  ): AsyncGenerator<Uint8Array> {
    for (const [index, part] of parts.entries()) {
      const header = headers[index];
      if (header !== undefined) yield header;
      const source = sources[index];
      if (source === undefined) {
        yield encoder.encode((part as MultipartField).value);
      } else {
        // Per-part progress comes from the part's own counting stream; the outer onChunk keeps the idle timer alive.
        const opened = ready?.[index] ?? (await source.open({ ...(open.signal ? { signal: open.signal } : {}) }));
        const reader = bodyStream(opened.body).getReader();
        try {
          for (;;) {
            const next = await reader.read();
            if (next.done) break;
            yield next.value;
          }
        } finally {
          reader.releaseLock();
        }
      }
      yield CRLF;
    }
    yield closing;
  }

  // uploadBody supplies the brand, size and content type; open() is replaced to thread the caller's options through.
  const base: RequestBodySource = uploadBody({
    source: () => chunks({}),
    ...(known === undefined ? {} : { size: known }),
    contentType,
  });
  let used = false;
  return {
    ...base,
    replayable,
    async open(open = {}) {
      if (!replayable && used) {
        throw new Error('this multipart body contains a one-shot stream and was already sent; pass source factories');
      }
      used = true;
      let ready: (OpenedBody | undefined)[] | undefined;
      if (sendsWholeBodies()) {
        ready = await Promise.all(
          sources.map((source) => source?.open({ ...(open.signal ? { signal: open.signal } : {}) })),
        );
        if (!ready.some((part) => part?.streamed)) return wholeMultipart(ready, open);
      }
      return uploadBody({
        source: () => chunks(open, ready),
        ...(known === undefined ? {} : { size: known }),
        contentType,
      }).open(open);
    },
  };

  /**
   * Browsers, every part whole (Blobs and bytes): the body is one Blob that references them (no copy of a file's
   * bytes), and the transport's sent-bytes are spread over the parts' own progress listeners. With a stream part the
   * body streams as on other platforms, from the parts already opened.
   */
  function wholeMultipart(opened: readonly (OpenedBody | undefined)[], open: OpenBodyOptions): OpenedBody {
    const pieces: BlobPart[] = [];
    const spans: Array<{ start: number; size: number; sent: (bytes: number) => void }> = [];
    let offset = 0;
    const add = (piece: Uint8Array | Blob): void => {
      pieces.push(piece as BlobPart);
      offset += piece instanceof Blob ? piece.size : piece.byteLength;
    };
    parts.forEach((part, index) => {
      const header = headers[index];
      if (header !== undefined) add(header);
      const body = opened[index];
      if (body === undefined) add(encoder.encode((part as MultipartField).value));
      else {
        const whole = body.body;
        const piece =
          whole instanceof Blob || whole instanceof Uint8Array ? whole : new Uint8Array(whole as ArrayBuffer);
        const start = offset;
        add(piece);
        if (body.sent) spans.push({ start, size: offset - start, sent: body.sent });
      }
      add(CRLF);
    });
    add(closing);
    const blob = new Blob(pieces, { type: contentType });
    return {
      body: blob,
      streamed: false,
      size: blob.size,
      contentType,
      sent(bytes) {
        open.onChunk?.();
        for (const span of spans) span.sent(Math.min(Math.max(bytes - span.start, 0), span.size));
      },
    };
  }
}

// openSource only ever yields bytes, a Blob or a stream, all of which toByteStream takes.
function bodyStream(body: BodyInit): ReadableStream<Uint8Array> {
  return toByteStream(body as UploadSource);
}

function partHeader(boundary: string, part: MultipartPart): string {
  if ('body' in part) {
    const type = part.contentType ?? part.body.contentType ?? 'application/octet-stream';
    return (
      `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(part.name)}"; ` +
      `filename="${escapeName(part.filename)}"\r\nContent-Type: ${type}\r\n\r\n`
    );
  }
  return `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(part.name)}"\r\n\r\n`;
}

/** The HTML form-data escaping: a quote or a line break would otherwise end the header early. */
function escapeName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function randomBoundary(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `----fileclients${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
