/** The @fileclients/core APIs this package uses, in one place: errors, the cookie jar, the shared XML parser. */
export {
  AbortError,
  AuthError,
  ConflictError,
  CookieJar,
  errorFromStatus,
  FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  registerSecret,
  TimeoutError,
  TransportError,
} from '@fileclients/core';

export { createXmlParser } from '@fileclients/core/xml';
