// The pieces of @fileclients/core this package uses, imported in one place.
export {
  AbortError,
  AuthError,
  ConflictError,
  type ErrorDetails,
  errorFromStatus,
  FileClientError,
  isAuthError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  redactUrl,
  registerSecret,
  Session,
  TimeoutError,
  TransportError,
} from '@fileclients/core';
