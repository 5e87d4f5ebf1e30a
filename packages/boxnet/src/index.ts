export { authPageUrl, type BoxnetSession } from './auth.js';
export {
  type BoxnetArgs,
  type BoxnetClient,
  type BoxnetClientOptions,
  type BoxnetOperation,
  type BoxnetOutcomeStatus,
  type BoxnetResult,
  type BoxnetSuccessStatus,
  type CallOptions,
  createBoxnetClient,
  type FetchLike,
  type TreeOptions,
} from './client.js';
export { decodeResponse } from './decode.js';
export { buildEnvelope, type WireValue } from './envelope.js';
export { BoxnetStatusError, statusError } from './errors.js';
export type { BoxnetFriend } from './generated/friends.gen.js';
export type { BoxnetTag } from './generated/tags.gen.js';
export type { BoxnetTreeFolder } from './generated/tree.gen.js';
export type { BoxnetUpdate } from './generated/updates.gen.js';
export type { BoxnetUploadResponse, File as BoxnetUploadedFile } from './generated/upload.gen.js';
export * from './generated/wsdl.gen.js';
export {
  type BoxnetTreeFile,
  DEFAULT_MAX_UNZIPPED_BYTES,
  decodeFriends,
  decodeTags,
  decodeTree,
  decodeUpdates,
  decodeUploadResponse,
  type PayloadOptions,
  unpackPayload,
} from './payloads.js';
// The FileStore adapter (createBoxnetStore) is on `@fileclients/boxnet/store`.
export {
  downloadFile,
  type UploadedFile,
  type UploadFile,
  type UploadOptions,
  type UploadTarget,
  uploadFile,
  uploadFiles,
} from './transfer.js';
