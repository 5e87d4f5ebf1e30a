import { XMLParser } from 'fast-xml-parser';
import { ProtocolError } from './core.js';

/**
 * One element of a parsed document: local names only (namespace prefixes dropped: Box answers with `ns4:`,
 * `SOAP-ENV:`, PHP with `ns1:`, .NET with `soapenc:`), attributes by local name, child elements in document order,
 * and the concatenated text. Order matters for encoded arrays, whose items may have any name.
 */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

export interface ParseXmlOptions {
  readonly operation: string;
  /** Refuse documents larger than this many characters (default 64 MiB). */
  readonly maxLength?: number;
}

// TODO(core): replace with `@fileclients/core/xml` (the shared safe parser configuration) once core exports it.
// Until then this is the same shape of configuration: no DTD, no entity expansion beyond the five XML entities,
// a size limit, values kept as strings (longs must not pass through parseInt).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

function toNode(raw: RawNode): XmlNode | string | undefined {
  if ('#text' in raw) return String(raw['#text']);
  const name = Object.keys(raw).find((key) => key !== ':@');
  if (name === undefined || name.startsWith('?') || name === '#comment') return undefined;
  const attrsRaw = raw[':@'];
  const attrs: Record<string, string> = {};
  if (typeof attrsRaw === 'object' && attrsRaw !== null) {
    for (const [key, value] of Object.entries(attrsRaw)) attrs[key] = String(value);
  }
  const content = raw[name];
  const children: XmlNode[] = [];
  let text = '';
  if (Array.isArray(content)) {
    for (const item of content) {
      const child = toNode(item as RawNode);
      if (typeof child === 'string') text += child;
      else if (child) children.push(child);
    }
  }
  return { name, attrs, children, text };
}

/** Parses a whole document and returns its root element. Malformed XML is a ProtocolError naming the operation. */
export function parseXml(xml: string, options: ParseXmlOptions): XmlNode {
  const details = { provider: 'boxnet', operation: options.operation } as const;
  if (xml.length > (options.maxLength ?? 64 * 1024 * 1024)) {
    throw new ProtocolError('the XML answer is larger than the configured limit', details);
  }
  if (/<!DOCTYPE/i.test(xml)) throw new ProtocolError('the XML answer carries a DTD, which is refused', details);
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch (cause) {
    throw new ProtocolError('the answer is not well-formed XML', { ...details, cause });
  }
  if (Array.isArray(parsed)) {
    for (const item of parsed) {
      const node = toNode(item as RawNode);
      if (node && typeof node !== 'string') return node;
    }
  }
  throw new ProtocolError('the answer holds no XML element', details);
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
