import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type ErrorDetails, ProtocolError, type ProviderId } from '../errors.js';

export interface XmlParserOptions {
  /** Largest document accepted, in bytes (UTF-8). Default 16 MiB: listings are large, files never travel as XML. */
  readonly maxBytes?: number;
  /** Deepest element nesting accepted. Default 64 (SOAP envelopes of the providers need about 10). */
  readonly maxDepth?: number;
  /** Dotted element paths (`"Envelope.Body.listing.files.file"`) that are always arrays, even with one element. */
  readonly arrayPaths?: Iterable<string>;
  /** Element names that are always arrays, wherever they appear. */
  readonly arrayNames?: Iterable<string>;
  /** Drop namespace prefixes (`soap:Envelope` -> `Envelope`). Default false. */
  readonly removeNamespacePrefix?: boolean;
  /** Attribute key prefix. Default '@_'. Attributes are always kept (SOAP needs xsi:type and xsi:nil). */
  readonly attributePrefix?: string;
}

export interface XmlParseContext {
  readonly provider: ProviderId;
  readonly operation: string;
}

export interface XmlParser {
  /** Parses a document into plain objects; text and attribute values stay strings (no number guessing). */
  parse(xml: string | Uint8Array, context: XmlParseContext): unknown;
}

// Any DTD is refused before parsing: entity definitions (billion laughs, external entities) need one, and none of
// our providers sends one.
const DTD = /<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i;

/**
 * The one XML parser configuration the XML providers share: no DTD, no entity expansion (only the five predefined
 * entities and character references are decoded, by us), bounded size and depth, values kept as strings.
 */
export function createXmlParser(options: XmlParserOptions = {}): XmlParser {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  const arrayPaths = new Set(options.arrayPaths ?? []);
  const arrayNames = new Set(options.arrayNames ?? []);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: options.attributePrefix ?? '@_',
    removeNSPrefix: options.removeNamespacePrefix ?? false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: maxDepth,
    jPath: true,
    tagValueProcessor: (_name, value) => decodeEntities(value),
    attributeValueProcessor: (_name, value) => decodeEntities(value),
    isArray: (name, jPath, _leaf, isAttribute) =>
      !isAttribute && (arrayNames.has(name) || (typeof jPath === 'string' && arrayPaths.has(jPath))),
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });

  return {
    parse(xml, context) {
      const details: ErrorDetails = { provider: context.provider, operation: context.operation };
      const size = typeof xml === 'string' ? xml.length : xml.byteLength;
      // A string's length undercounts UTF-8 bytes by at most 3x; checking it first avoids encoding a huge string.
      if (size > maxBytes) {
        throw new ProtocolError(`XML response of ${size} bytes exceeds the ${maxBytes}-byte limit`, details);
      }
      let text: string;
      try {
        text = typeof xml === 'string' ? xml : decoder.decode(xml);
      } catch (cause) {
        throw new ProtocolError('XML response is not valid UTF-8', { ...details, cause });
      }
      if (DTD.test(text)) {
        throw new ProtocolError('XML response contains a DTD (DOCTYPE/ENTITY), which is refused', {
          ...details,
          code: 'XML_DTD',
        });
      }
      // The parser is lenient (a truncated document parses to a partial tree); the validator is not.
      const valid = XMLValidator.validate(text);
      if (valid !== true) {
        throw new ProtocolError(`malformed XML at line ${valid.err.line}: ${valid.err.msg.slice(0, 200)}`, {
          ...details,
          code: 'XML_MALFORMED',
        });
      }
      let parsed: unknown;
      try {
        parsed = parser.parse(text) as unknown;
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new ProtocolError(`malformed XML: ${message.slice(0, 200)}`, { ...details, cause });
      }
      if (parsed === null || typeof parsed !== 'object' || Object.keys(parsed).length !== 1) {
        throw new ProtocolError('XML response must have exactly one root element', {
          ...details,
          code: 'XML_MALFORMED',
        });
      }
      return parsed;
    },
  };
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else stays as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}
