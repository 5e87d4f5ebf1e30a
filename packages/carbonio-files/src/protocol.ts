import { type Answer, FileClientError, type Protocol, ProtocolError } from '@fileclients/core';
import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  errorFromResponse,
  type GraphqlErrorEntry,
  isSessionExpired,
  loginRedirect,
  PROVIDER,
  readGraphqlErrors,
} from './errors.js';

/**
 * The Files service's wire for core's pipeline: every status is read (it explains a 400 or 405 in its body),
 * redirects are not followed (a 307 is its login page), and a 401 or a 307 renews the session once.
 */
export const CARBONIO_PROTOCOL: Protocol = {
  provider: PROVIDER,
  readsStatus: () => true,
  redirect: 'manual',
  isExpired: isSessionExpired,
};

/** Upstream's HttpObjectAggregator(256 * 1024): a larger GraphQL request body is refused. */
export const MAX_GRAPHQL_BODY_BYTES = 256 * 1024;

/**
 * A document the client sends: the generated ones (TypedDocumentString, text already compact), a query string, or
 * a graphql-js AST (TypedDocumentNode). An AST is sent from the source it was parsed from (graphql's `parse`, the
 * `gql` tag), or printed with the client's `print` option (for ASTs without a source, such as codegen's), so the
 * client itself needs no graphql runtime.
 */
export type CarbonioDocument<R = unknown, V = Record<string, unknown>> = DocumentTypeDecoration<R, V> | string;

/** Prints an AST document, e.g. graphql's `print`; only needed for ASTs that carry no source text. */
export type DocumentPrinter = (document: TypedDocumentNode<unknown, unknown>) => string;

const queryText = new WeakMap<object, string>();

const SEPARATOR = /[\s,#"{}()[\]\ufeff]/;
const PUNCTUATOR = /^[!$&()[\]{}:=@|.]/;

/**
 * The query text the Files service accepts: the operation first (fragments after it, else HTTP 400), on one line
 * without comments (the server deletes every `\n` escape from the raw body, so a comment would swallow the rest of
 * the query). Strings and block strings are kept as written; ignored characters go, but for one space between tokens that need it; the
 * anonymous shorthand `{ ... }` gets its `query` keyword, which the server requires.
 */
export function compactQuery(source: string): string {
  const definitions: string[] = [];
  let current = '';
  let depth = 0;
  let space = false;
  const push = (token: string): void => {
    // A space is only needed between two tokens that would otherwise run together (names, numbers, strings).
    if (space && current !== '' && !PUNCTUATOR.test(current.charAt(current.length - 1)) && !PUNCTUATOR.test(token)) {
      current += ' ';
    }
    space = false;
    current += token;
  };
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
      space = true;
    } else if (/[\s,\ufeff]/.test(c)) {
      space = true;
      i++;
    } else if (c === '"') {
      let end: number;
      if (source.startsWith('"""', i)) {
        end = i + 3;
        while (end < source.length && !source.startsWith('"""', end)) end += source.startsWith('\\"""', end) ? 4 : 1;
        end += 3;
      } else {
        end = i + 1;
        while (end < source.length && source[end] !== '"' && source[end] !== '\n') end += source[end] === '\\' ? 2 : 1;
        end += 1;
      }
      push(source.slice(i, end));
      i = end;
    } else if (c === '{' || c === '(' || c === '[') {
      push(c);
      depth++;
      i++;
    } else if (c === '}' || c === ')' || c === ']') {
      push(c);
      depth = Math.max(0, depth - 1);
      i++;
      // Every executable definition ends with its selection set.
      if (depth === 0 && c === '}') {
        definitions.push(current);
        current = '';
        space = false;
      }
    } else {
      let end = i + 1;
      while (end < source.length && !SEPARATOR.test(source.charAt(end))) end++;
      push(source.slice(i, end));
      i = end;
    }
  }
  if (current !== '') definitions.push(current);
  const operations = definitions
    .filter((d) => !/^fragment\b/.test(d))
    .map((d) => (d.startsWith('{') ? `query${d}` : d));
  const fragments = definitions.filter((d) => /^fragment\b/.test(d));
  return [...operations, ...fragments].join('');
}

function sourceOf(document: object, print: DocumentPrinter | undefined, operation: string): string {
  if (document instanceof String) return document.toString();
  if ('definitions' in document && Array.isArray(document.definitions)) {
    const ast = document as TypedDocumentNode<unknown, unknown>;
    if (print) return print(ast);
    const body: unknown = ast.loc?.source.body;
    if (typeof body === 'string') return body;
  }
  throw new FileClientError(
    'cannot read the text of this GraphQL document: pass a string, a TypedDocumentString (codegen documentMode ' +
      "'string'), an AST parsed from text, or give the client graphql's `print` as the `print` option",
    { provider: PROVIDER, operation },
  );
}

/** The wire text of a document (see compactQuery); computed once per document object. */
export function queryTextOf<R, V>(
  document: CarbonioDocument<R, V>,
  print?: DocumentPrinter,
  operation = 'request',
): string {
  if (typeof document === 'string') return compactQuery(document);
  const cached = queryText.get(document);
  if (cached !== undefined) return cached;
  const text = compactQuery(sourceOf(document, print, operation));
  queryText.set(document, text);
  return text;
}

/** Mutations and subscriptions are never retried by the transport (they may have been applied). */
export function isQueryText(text: string): boolean {
  return /^query\b/.test(text);
}

/**
 * JSON for the wire. The server deletes the two-character escapes `\n` and `\r` from the raw text before parsing,
 * which would silently drop newlines inside variables (a description "a\nb" stored as "ab") and corrupt an
 * escaped backslash followed by n. Writing those characters as `\u000a`, `\u000d` and `\u005c` survives intact.
 */
export function toWireJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/\\([\\nr])/g, (_match, c: string) =>
    c === 'n' ? '\\u000a' : c === 'r' ? '\\u000d' : '\\u005c',
  );
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export interface RawResult<R> {
  readonly data: R | undefined;
  readonly errors: GraphqlErrorEntry[];
}

/** A GraphQL answer: data and errors, after the statuses that carry none (307 login page, 4xx, 5xx). */
export function readGraphqlAnswer<R>(operation: string, answer: Answer): RawResult<R> {
  if (answer.status === 307) throw loginRedirect(operation);
  if (answer.status !== 200) throw errorFromResponse(answer.status, operation, answer.text);
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw new ProtocolError(`expected a GraphQL JSON response, got: ${answer.text.slice(0, 120)}`, {
      provider: PROVIDER,
      operation,
      status: answer.status,
    });
  }
  if (typeof json !== 'object' || json === null) {
    throw new ProtocolError('the GraphQL response is not an object', { provider: PROVIDER, operation });
  }
  const record = json as { data?: unknown; errors?: unknown };
  const errors = readGraphqlErrors(record.errors) ?? [];
  const data = typeof record.data === 'object' && record.data !== null ? (record.data as R) : undefined;
  if (data === undefined && errors.length === 0) {
    throw new ProtocolError('the GraphQL response has neither data nor errors', { provider: PROVIDER, operation });
  }
  return { data, errors };
}
