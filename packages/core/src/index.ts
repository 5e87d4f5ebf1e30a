// The platform-neutral entry: web fetch, web streams and Blob only, so it runs in browsers, Deno, Bun and Node.
// Node-only helpers live in `@fileclients/core/node`, the XML parser in `@fileclients/core/xml`, building upload
// bodies (plain and multipart/form-data) in `@fileclients/core/upload`, the reference in-memory FileStore in
// `@fileclients/core/memory` (tests and conformance only). docs/decisions/0004-entry-points.md says why.
export {
  type Answer,
  type Caller,
  type CallerOptions,
  type CallOptions,
  createCaller,
  httpStatusError,
  type Operation,
  type Protocol,
  type StreamOperation,
} from './call.js';
export { CookieJar, type CookieJarOptions } from './cookie-jar.js';
export { createDeadline, type Deadline, type DeadlineOptions, type DeadlineReason } from './deadline.js';
export {
  checkedBody,
  type DownloadContext,
  type DownloadOptions,
  declaredLength,
  type ReadTextOptions,
  readAll,
  readBlob,
  readText,
} from './download.js';
export {
  AbortError,
  AuthError,
  ConflictError,
  type ErrorDetails,
  type ErrorKind,
  errorFromStatus,
  FileClientError,
  isAbortError,
  isAuthError,
  isConflictError,
  isFileClientError,
  isNotFoundError,
  isProtocolError,
  isQuotaError,
  isRateLimitError,
  isTimeoutError,
  isTransportError,
  NotFoundError,
  ProtocolError,
  type ProviderId,
  QuotaError,
  RateLimitError,
  TimeoutError,
  TransportError,
} from './errors.js';
export {
  createHttpClient,
  type FetchLike,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequestInit,
  type RequestContext,
  toClientError,
} from './http.js';
export {
  defaultRedactor,
  isSecretName,
  REDACTED,
  Redactor,
  redact,
  redactText,
  redactUrl,
  registerSecret,
} from './redact.js';
export {
  isRequestBodySource,
  type OpenBodyOptions,
  type OpenedBody,
  type RequestBodySource,
} from './request-body.js';
export {
  backoffDelay,
  IDEMPOTENT_METHODS,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
  resolveRetryPolicy,
} from './retry.js';
export { type ExpiryCheck, Session, type SessionLike, type SessionOptions } from './session.js';
export type {
  DeleteOptions,
  FileEntry,
  FileStore,
  HashAlgorithm,
  ListOptions,
  MkdirOptions,
  StoreCapabilities,
  StoreUploadOptions,
} from './store/file-store.js';
export { baseName, joinPath, normalizePath, parentPath, splitPath } from './store/paths.js';
export { streamChunks } from './stream-tap.js';
// Building upload bodies (uploadBody, toRequestBody, toByteStream, multipartBody) is on `@fileclients/core/upload`.
export type {
  ProgressListener,
  TransferProgress,
  UploadBody,
  UploadSource,
  UploadSourceFactory,
} from './transfer.js';
