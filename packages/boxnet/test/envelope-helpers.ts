import { isProtocolError } from '@fileclients/core';

export { buildEnvelope } from '../src/envelope.js';
export const isProtocolErrorLike = (e: unknown): boolean => isProtocolError(e);
