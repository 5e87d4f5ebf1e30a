// The pieces of @fileclients/core this package uses, imported in one place.
export {
  AbortError,
  AuthError,
  ConflictError,
  type ErrorDetails,
  errorFromStatus,
  FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  redactUrl,
  registerSecret,
  TimeoutError,
  TransportError,
} from '@fileclients/core';
