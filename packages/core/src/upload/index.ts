/**
 * `@fileclients/core/upload`: building request bodies from what a user uploads (bytes, text, Blob, web stream, async
 * iterable, or a factory of those), alone or as multipart/form-data parts. The HTTP client on the main entry takes
 * what these build; it only needs to recognise one (`isRequestBodySource`), so code that never uploads does not
 * load this (docs/decisions/0007-lazy-uploads.md).
 */
export {
  type MultipartField,
  type MultipartFile,
  type MultipartOptions,
  type MultipartPart,
  multipartBody,
} from '../multipart.js';
export { toByteStream, toRequestBody, uploadBody } from '../transfer.js';
