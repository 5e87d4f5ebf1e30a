// The error classes and guards callers catch, re-exported so one install is enough.

export type {
  ProgressListener,
  RetryOptions,
  TransferProgress,
  UploadBody,
  UploadSource,
  UploadSourceFactory,
} from '@fileclients/core';
export {
  AbortError,
  AuthError,
  ConflictError,
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
  QuotaError,
  RateLimitError,
  TimeoutError,
  TransportError,
} from '@fileclients/core';
export type { LoginOptions, Pro7Session } from './auth.js';
export type {
  DeleteReport,
  ListOptions,
  ListResult,
  Pro7Client,
  Pro7ClientOptions,
  PublicLink,
  RenameResult,
  TransferOptions,
  TransferReport,
  TypeOptions,
} from './client.js';
export { createPro7Client, parsePublicLink } from './client.js';
export { ERROR_CODE_NAMES, errorFromCode, Pro7SoftFailureError } from './errors.js';
export type { components, operations, paths } from './generated/openapi.gen.js';
export { protectFromServerDecode } from './names.js';
export type { CallOptions, FetchLike, Pro7AuthMode, Pro7Credentials } from './protocol.js';
// The FileStore adapter (createPro7Store) is on `@fileclients/afterlogic-pro7/store`.
export type { DownloadOptions, LinkOptions, RawAction } from './transfer.js';
export type {
  ActionOf,
  AjaxPath,
  AppData,
  ErrorCode,
  ErrorEnvelope,
  FileListing,
  FileStorageItem,
  ParamsOf,
  Quota,
  ResultOf,
  StorageType,
  SuccessOf,
  UploadedFile,
} from './types.js';
export type { UploadOptions, UploadResult } from './upload.js';
