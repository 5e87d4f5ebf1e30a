export {
  type AuthRequestBody,
  type AuthResult,
  authErrorFromFault,
  buildAuthRequest,
  type CarbonioCredentials,
  parseAuthResponse,
  parseSoapFault,
  type SoapFaultInfo,
} from './auth.js';
export {
  type BulkResult,
  type CarbonioFile,
  type CarbonioFilesClient,
  type CarbonioFilesClientOptions,
  type CarbonioFolder,
  type CarbonioNode,
  type ChildrenOptions,
  createCarbonioFilesClient,
  type FindNodesFilters,
  type PublicNode,
  tokenExpiry,
} from './client.js';
export {
  type CarbonioErrorCode,
  errorFromGraphql,
  type GraphqlErrorEntry,
  isSessionExpired,
  SESSION_EXPIRED_CODES,
} from './errors.js';
export * as CarbonioGraphql from './generated/graphql.gen.js';
export * as CarbonioPublicGraphql from './generated/public-graphql.gen.js';
// The FileStore adapter (createCarbonioStore) is on `@fileclients/carbonio-files/store`.
export { fullName } from './names.js';
export {
  type CarbonioDocument,
  compactQuery,
  type DocumentPrinter,
  MAX_GRAPHQL_BODY_BYTES,
  queryTextOf,
  toWireJson,
} from './protocol.js';
export {
  base64Utf8,
  type CarbonioDownload,
  type CarbonioDownloadOptions,
  type CarbonioUploadOptions,
  type CarbonioUploadVersionOptions,
  fileNameFromDisposition,
  type TargetModule,
} from './transfer.js';
