/**
 * What the HTTP client accepts as a request body besides a plain fetch body: a source it can open afresh for each
 * attempt. Kept apart from transfer.ts (which builds them from an UploadBody) so that a bundle which never uploads
 * does not carry the upload code: the client only needs to recognise one.
 */

/** What one attempt sends. Spread `body`, `duplex` and `redirect` into a RequestInit when using your own fetch. */
export interface OpenedBody {
  readonly body: BodyInit;
  readonly size?: number;
  readonly contentType?: string;
  /** True for stream bodies: fetch then needs `duplex: 'half'` and `redirect: 'error'` (undici #4058). */
  readonly streamed: boolean;
  /**
   * Browsers only: the body is whole (a Blob or bytes) and wants its progress from the transport, which calls this
   * with the bytes sent so far (core's HTTP client sends such a body through XMLHttpRequest's upload events).
   */
  readonly sent?: (bytes: number) => void;
}

export interface OpenBodyOptions {
  readonly signal?: AbortSignal;
  /** Called on every chunk handed to the transport; the HTTP client restarts its idle timer there. */
  readonly onChunk?: () => void;
}

export const BODY_SOURCE = Symbol.for('@fileclients/core/body-source');

/**
 * A request body the HTTP client can open once per attempt. `replayable` is false for one-shot streams: the client
 * then refuses to retry instead of sending a half-consumed stream.
 */
export interface RequestBodySource {
  readonly [BODY_SOURCE]: true;
  readonly replayable: boolean;
  readonly size?: number;
  readonly contentType?: string;
  open(options?: OpenBodyOptions): Promise<OpenedBody>;
}

export function isRequestBodySource(value: unknown): value is RequestBodySource {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BODY_SOURCE] === true;
}
