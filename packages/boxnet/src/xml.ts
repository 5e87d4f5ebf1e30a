import { createXmlParser } from '@fileclients/core/xml';

/**
 * One element of a parsed document: local names only (namespace prefixes dropped: Box answers with `ns4:`,
 * `SOAP-ENV:`, PHP with `ns1:`, .NET with `soapenc:`), attributes by local name, child elements, and the text.
 * Siblings of the same name keep their document order, which is all encoded arrays need.
 */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

export interface ParseXmlOptions {
  readonly operation: string;
  /** Refuse documents larger than this many bytes (default: core's limit, 16 MiB). */
  readonly maxBytes?: number;
}

const ATTR = '@_';
const parsers = new Map<number | undefined, ReturnType<typeof createXmlParser>>();

function parserFor(maxBytes: number | undefined) {
  let parser = parsers.get(maxBytes);
  if (!parser) {
    // core's one safe configuration: no DTD, no entity expansion, size and depth limits, values kept as strings.
    parser = createXmlParser({
      removeNamespacePrefix: true,
      attributePrefix: ATTR,
      ...(maxBytes === undefined ? {} : { maxBytes, maxDepth: 512 }),
    });
    parsers.set(maxBytes, parser);
  }
  return parser;
}

function toNode(name: string, value: unknown): XmlNode {
  if (typeof value !== 'object' || value === null) {
    return { name, attrs: {}, children: [], text: value === undefined || value === null ? '' : String(value) };
  }
  const attrs: Record<string, string> = {};
  const children: XmlNode[] = [];
  let text = '';
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith(ATTR)) attrs[key.slice(ATTR.length)] = String(v);
    else if (key === '#text') text = String(v);
    else if (Array.isArray(v)) for (const item of v) children.push(toNode(key, item));
    else children.push(toNode(key, v));
  }
  return { name, attrs, children, text };
}

/** Parses a whole document and returns its root element. Malformed XML is core's ProtocolError, naming the operation. */
export function parseXml(xml: string | Uint8Array, options: ParseXmlOptions): XmlNode {
  const parsed = parserFor(options.maxBytes).parse(xml, { provider: 'boxnet', operation: options.operation });
  const [name, value] = Object.entries(parsed as Record<string, unknown>)[0] ?? ['', ''];
  return toNode(name, value);
}

/** The first child element with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}
