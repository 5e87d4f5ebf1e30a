import { parseXmlElements, type XmlElement } from '@fileclients/core/xml';

/**
 * One element of a parsed document, core's element shape: local names only (namespace prefixes dropped: Box answers
 * with `ns4:`, `SOAP-ENV:`, PHP with `ns1:`, .NET with `soapenc:`), attributes by local name, child elements, and the
 * text. Siblings of the same name keep their document order, which is all encoded arrays need.
 */
export type XmlNode = XmlElement;

export interface ParseXmlOptions {
  readonly operation: string;
  /** Refuse documents larger than this many bytes (default: core's limit, 16 MiB). */
  readonly maxBytes?: number;
}

/** Parses a whole document and returns its root element. Malformed XML is core's ProtocolError, naming the operation. */
export function parseXml(xml: string | Uint8Array, options: ParseXmlOptions): XmlNode {
  const text = typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
  return parseXmlElements(text, {
    provider: 'boxnet',
    operation: options.operation,
    maxBytes: options.maxBytes,
  });
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
