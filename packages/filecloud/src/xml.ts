import { createXmlParser } from '@fileclients/core/xml';
import { xmlArrayPaths } from './generated/xml-arrays.gen.js';

const parser = createXmlParser({ arrayPaths: xmlArrayPaths });

/** The array paths by root element: the parent keys below the root and the list's own key, split once. */
const listsByRoot = new Map<string, { readonly parents: readonly string[]; readonly leaf: string }[]>();
for (const path of xmlArrayPaths) {
  const [root = '', ...rest] = path.split('.');
  const leaf = rest.pop();
  if (leaf === undefined) continue;
  const lists = listsByRoot.get(root) ?? [];
  lists.push({ parents: rest, leaf });
  listsByRoot.set(root, lists);
}

/** A FileCloud XML document: the root element's name and its content (the shape the generated types describe). */
export interface DecodedXml {
  readonly root: string | undefined;
  readonly body: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a FileCloud answer and unwraps its single root element without depending on its name (the docs show
 * `<fileinfo>` where `<entries>` is expected for /core/search). Array paths from the spec are always arrays; one
 * that is absent under a present parent becomes `[]`, so an empty folder is an empty list, not a missing key.
 * An empty body (some admin getters answer nothing for an unknown id) decodes to an empty object.
 * Throws ProtocolError (from core's parser) on malformed XML or a DTD.
 */
export function decodeXml(text: string, operation = 'decode'): DecodedXml {
  if (text.trim() === '') return { root: undefined, body: {} };
  const document = parser.parse(text, { provider: 'filecloud', operation });
  if (!isRecord(document)) throw new Error('not an XML document');
  const roots = Object.keys(document);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined) throw new Error(`expected one root element, found ${roots.length}`);
  const content = document[root];
  // <fileinfo/> (no entry) parses to "": the empty content of a known root.
  const body = isRecord(content) ? content : {};
  for (const { parents, leaf } of listsByRoot.get(root) ?? []) {
    let parent: Record<string, unknown> | undefined = body;
    for (const key of parents) {
      const next: unknown = parent?.[key];
      parent = isRecord(next) ? next : undefined;
    }
    if (parent && parent[leaf] === undefined) parent[leaf] = [];
  }
  return { root, body };
}

/** Forces a value the parser may have left single (an unknown root name) into a list. */
export function asArray<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
