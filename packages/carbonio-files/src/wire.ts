import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print, stripIgnoredCharacters } from 'graphql';

/** Upstream's HttpObjectAggregator(256 * 1024): a larger GraphQL request body is refused. */
export const MAX_GRAPHQL_BODY_BYTES = 256 * 1024;

const queryText = new WeakMap<DocumentNode, string>();

/**
 * The query text the Files service accepts: the operation first (fragments after it, else HTTP 400), and no
 * newlines or comments (the server deletes every `\n` escape from the raw body, so a comment would swallow the
 * rest of the query). `stripIgnoredCharacters` keeps exactly the spaces that separate tokens.
 */
export function queryTextOf(document: DocumentNode | TypedDocumentNode<unknown, unknown>): string {
  const cached = queryText.get(document);
  if (cached !== undefined) return cached;
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const others = document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION);
  const ordered: DocumentNode = { ...document, definitions: [...operations, ...others] };
  const text = stripIgnoredCharacters(print(ordered));
  queryText.set(document, text);
  return text;
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
