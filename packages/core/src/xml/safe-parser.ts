import { type ErrorDetails, ProtocolError, type ProviderId } from '../errors.js';
import {
  DEFAULT_MAX_XML_BYTES,
  type PathNode,
  type ScanOptions,
  XmlSyntaxError,
  XmlTooDeepError,
  XmlUnsafeNameError,
} from './chars.js';
import { scanXml } from './scanner.js';

export { decodeEntities } from './entities.js';

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

export function pathTree(paths: Iterable<string>): PathNode {
  const root: PathNode = { forced: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path.split('.')) {
      let next = node.children.get(segment);
      if (next === undefined) {
        next = { forced: false, children: new Map() };
        node.children.set(segment, next);
      }
      node = next;
    }
    node.forced = true;
  }
  return root;
}

/**
 * The one XML parser configuration the XML providers share: no DTD, no entity expansion (only the five predefined
 * entities and character references are decoded), strict well-formedness, bounded size and depth, values kept as
 * strings. The output shape: one key for the root element; an element is `''` when empty, its text when it has
 * only text, else an object of child elements (repeated names become arrays), `'#text'` (all its text, each run
 * trimmed, joined) and attributes under the prefix.
 */
export function createXmlParser(options: XmlParserOptions = {}): XmlParser {
  const { maxBytes, ...scanOptions } = resolveXmlOptions(options);
  const { maxDepth } = scanOptions;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  return {
    parse(xml, context) {
      const details: ErrorDetails = { provider: context.provider, operation: context.operation };
      const text = readXmlText(xml, maxBytes, decoder, details);
      try {
        return scanXml(text, scanOptions);
      } catch (cause) {
        if (cause instanceof XmlSyntaxError) {
          // The problem, line and column; no excerpt, since the response may hold a token.
          const message = `${cause.message} (${lineAndColumn(text, cause.offset)})`;
          throw new ProtocolError(`malformed XML: ${message.slice(0, 200)}`, { ...details, code: 'XML_MALFORMED' });
        }
        if (cause instanceof XmlTooDeepError) throw tooDeep(maxDepth, details, cause);
        if (cause instanceof XmlUnsafeNameError) {
          throw new ProtocolError(`malformed XML: ${cause.message.slice(0, 200)}`, { ...details, cause });
        }
        // Not expected (every refusal above is typed); still a protocol problem of this response, never a crash.
        throw new ProtocolError('malformed XML', { ...details, code: 'XML_MALFORMED', cause });
      }
    },
  };
}

/** The parser options with their defaults applied, and the array paths as a tree. */
export function resolveXmlOptions(options: XmlParserOptions): ScanOptions & { readonly maxBytes: number } {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_XML_BYTES,
    maxDepth: options.maxDepth ?? 64,
    paths: pathTree(options.arrayPaths ?? []),
    arrayNames: new Set(options.arrayNames ?? []),
    removePrefix: options.removeNamespacePrefix ?? false,
    attributePrefix: options.attributePrefix ?? '@_',
    names: new Map(),
  };
}

/**
 * What every document goes through before it is parsed: the size limit, UTF-8 decoding, the DTD refusal, and line
 * ends normalised (as XML requires, so offsets match what the parser sees).
 */
export function readXmlText(
  xml: string | Uint8Array,
  maxBytes: number,
  decoder: TextDecoder,
  details: ErrorDetails,
): string {
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
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function tooDeep(maxDepth: number, details: ErrorDetails, cause: unknown): ProtocolError {
  return new ProtocolError(`malformed XML: elements nested deeper than ${maxDepth}`, { ...details, cause });
}

/** `line L, column C` of an offset, counted as the previous parser did (columns in UTF-16 units, from 1). */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
