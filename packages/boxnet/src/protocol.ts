import {
  type Caller,
  type CallOptions,
  createCaller,
  errorFromStatus,
  type FetchLike,
  type Operation,
  ProtocolError,
  type RetryOptions,
  type Session,
} from '@fileclients/core';
import { type DecodedResponse, decodeResponse } from './decode.js';
import { type BoxnetOperation, isSessionExpired, statusError } from './errors.js';
import { type BoxnetPortOperations, boxnetPortOperationTable } from './generated/wsdl.gen.js';

export type { BoxnetOperation, CallOptions, FetchLike };

type Table = typeof boxnetPortOperationTable;
type SessionPart = 'api_key' | 'auth_token';

/** The parameters of an operation, without api_key and auth_token (the client adds them). */
export type BoxnetArgs<Op extends BoxnetOperation> = Omit<BoxnetPortOperations[Op]['input'], SessionPart>;
type OutputParts<Op extends BoxnetOperation> = Omit<BoxnetPortOperations[Op]['output'], 'status'>;
/** The success literal(s) of an operation, e.g. `'s_get_file_info'`. */
export type BoxnetSuccessStatus<Op extends BoxnetOperation> = Table[Op]['success'][number];
/** Answers that are not failures but did not do what was asked (`s_folder_exists`, `s_link_exists`). */
export type BoxnetOutcomeStatus<Op extends BoxnetOperation> = Table[Op]['outcomes'][number];
/**
 * What a call resolves to: every output part on success; on an outcome status, whatever parts came. Any other
 * status is thrown as a typed error (see errors.ts).
 */
export type BoxnetResult<Op extends BoxnetOperation> =
  | (OutputParts<Op> & { readonly status: BoxnetSuccessStatus<Op> })
  | ([BoxnetOutcomeStatus<Op>] extends [never]
      ? never
      : Partial<OutputParts<Op>> & { readonly status: BoxnetOutcomeStatus<Op> });

/** What the login calls and the transfers need of a client (so that they need not import client.ts). */
export interface BoxnetWire {
  readonly baseUrl: string;
  readonly uploadUrl: string;
  readonly downloadUrl: string;
  /** The current session token, or undefined before a login. */
  readonly authToken: string | undefined;
  setAuthToken(token: string | undefined): void;
  /** Core's call pipeline of this client (transfers use it directly). */
  readonly caller: Caller;
  call<Op extends BoxnetOperation>(
    operation: Op,
    args: BoxnetArgs<Op>,
    options?: CallOptions,
  ): Promise<BoxnetResult<Op>>;
}

/**
 * Operations that only read, so sending one twice is safe: core retries these (they are POSTs, which it would not
 * repeat by itself). get_ticket creates a ticket, but one the user never saw is simply never used. Every other
 * operation changes something (or, like get_auth_token, consumes something) and is sent once.
 */
const READ_ONLY: ReadonlySet<BoxnetOperation> = new Set<BoxnetOperation>([
  'get_ticket',
  'get_account_tree',
  'get_account_info',
  'get_file_info',
  'get_friends',
  'get_updates',
  'export_tags',
  'get_comments',
  'search',
]);

// Core's default retry statuses, minus a 500 that carries XML: that is a SOAP Fault, the service's answer to this very
// request, and asking again gets the same Fault.
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
function retryableStatus(response: Response): boolean {
  if (!RETRY_STATUSES.has(response.status)) return false;
  return response.status !== 500 || !/xml/i.test(response.headers.get('content-type') ?? '');
}

/** The overall deadline of a SOAP call when none is given (transfers have none: they take as long as they take). */
export const DEFAULT_CALL_TIMEOUT_MS = 60_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

export interface SoapCallerOptions {
  /** The caller's own fetch; undefined lets core choose (in a browser, XHR for uploads, for their progress). */
  readonly fetch?: FetchLike | undefined;
  readonly session: Session;
  readonly idleTimeoutMs?: number | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly logger?: ((line: string) => void) | undefined;
}

/**
 * Core's pipeline for the SOAP endpoint and the transfer hosts. SOAP 1.1 Faults come with HTTP 500 and an envelope,
 * which decodeResponse reports; every other status is core's error for it. Answers must be UTF-8 (the WSDL's
 * encoding); a token that Box says is invalid is renewed once when the client keeps the login.
 */
export function createSoapCaller(options: SoapCallerOptions): Caller {
  return createCaller({
    protocol: {
      provider: 'boxnet',
      readsStatus: (response) => response.status === 500,
      retryOn: retryableStatus,
      isExpired: isSessionExpired,
      redirect: 'follow',
      strictText: true,
    },
    session: options.session,
    fetch: options.fetch,
    retry: options.retry,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    logger: options.logger,
  });
}

/** One SOAP call: the envelope built per attempt (a renewed token goes into the resend), the answer decoded. */
export function soapOperation(
  operation: BoxnetOperation,
  soapUrl: string,
  envelope: () => string,
  relogin: boolean,
): Operation<Record<string, unknown>> {
  return {
    name: operation,
    safe: READ_ONLY.has(operation),
    relogin,
    url: soapUrl,
    headers: {
      'content-type': 'text/xml; charset=utf-8',
      soapaction: `"${boxnetPortOperationTable[operation].soapAction}"`,
    },
    body: envelope,
    decode: (answer) => {
      if ((answer.status < 200 || answer.status > 299) && !answer.text.includes('Fault')) {
        throw errorFromStatus(
          answer.status,
          { provider: 'boxnet', operation },
          `HTTP ${answer.status} from the SOAP endpoint`,
        );
      }
      return readResult(operation, decodeResponse(operation, answer.text));
    },
  };
}

/**
 * Every output part on a success status (a missing one is a ProtocolError), the parts that came on an outcome status;
 * any other status is its typed error, thrown inside the pipeline so that an invalid token is renewed.
 */
function readResult(operation: BoxnetOperation, decoded: DecodedResponse): Record<string, unknown> {
  const table = boxnetPortOperationTable[operation];
  const success: readonly string[] = table.success;
  const outcomes: readonly string[] = table.outcomes;
  if (success.includes(decoded.status)) {
    const parts = decoded.parts();
    for (const part of table.output) {
      if (part.name !== 'status' && !(part.name in parts)) {
        throw new ProtocolError(`the answer lacks the part ${part.name}`, { provider: 'boxnet', operation });
      }
    }
    return { status: decoded.status, ...parts };
  }
  if (outcomes.includes(decoded.status)) return { status: decoded.status, ...decoded.parts() };
  throw statusError(operation, decoded.status);
}
