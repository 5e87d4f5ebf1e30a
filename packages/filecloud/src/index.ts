export {
  createFileCloudAdminClient,
  FileCloudAdminClient,
  type FileCloudAdminClientOptions,
  type NewUser,
  type UserSearch,
} from './admin-client.js';
export type { ApiAnswer, ApiBody, ApiCaller, ApiPath, CallArgs, CallOptions } from './api.js';
export { type Credentials, completeTwoFactor, type TwoFactorOptions } from './auth.js';
export { createFileCloudClient, FileCloudClient, type FileCloudClientOptions } from './client.js';
export type { FetchLike } from './connection.js';
export { clfcCode, errorFromResult, SessionExpiredError, TwoFactorRequiredError } from './errors.js';
export type { components, operations, paths } from './generated/openapi.gen.js';
export { xmlArrayPaths } from './generated/xml-arrays.gen.js';
export * from './normalize.js';
export { DEFAULT_IDLE_TIMEOUT_MS, READ_ONLY_OPERATIONS } from './protocol.js';
// The FileStore adapter (createFileCloudStore) is on `@fileclients/filecloud/store`.
export {
  DEFAULT_CHUNK_SIZE,
  type DownloadOptions,
  type TransferProgress,
  type UploadOptions,
  type UploadSource,
} from './transfer.js';
export type {
  DoSearchOptions,
  FileCloudCreated,
  FileCloudShareUser,
  FileCloudUploaded,
  ListOptions,
  PublicAccess,
  SearchOptions,
  ShareChanges,
  ShareUserAccess,
} from './types.js';
export { type DecodedXml, decodeXml } from './xml.js';
