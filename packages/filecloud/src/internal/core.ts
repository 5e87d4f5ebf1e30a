/** The @fileclients/core APIs this package uses, in one place: errors, the cookie jar, the shared XML parser. */
export {
  AuthError,
  ConflictError,
  CookieJar,
  errorFromStatus,
  FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  registerSecret,
  TransportError,
} from '@fileclients/core';

export { createXmlParser } from '@fileclients/core/xml';
