// The parser as it was up to the single-pass scanner (@rgrove/parse-xml builds a tree, which is then converted),
// kept only as the oracle of the differential test: the scanner must accept, refuse and output exactly as this did.
import { type ParserOptions, parseXml, type XmlElement, XmlError, type XmlNode } from '@rgrove/parse-xml';
import { type ErrorDetails, ProtocolError } from '../src/errors.js';
import { joinRun, type PathNode, pathStep, safeName } from '../src/xml/chars.js';
import { decodeEntities } from '../src/xml/entities.js';
import type { XmlParser, XmlParserOptions } from '../src/xml/index.js';
// What is not parsing (option defaults, size, UTF-8, DTD refusal, line ends, array paths, the name-safety table,
// joining text runs, the depth error) is shared with the scanner's parser: the differential test is about the parse.
import { readXmlText, resolveXmlOptions, tooDeep } from '../src/xml/safe-parser.js';

// The strict parser checks well-formedness in one pass (a truncated document is an error, not a partial tree).
// Offsets let the tree below be built from the source text, so values are trimmed before references are decoded,
// as they always were; comments and CDATA stay separate nodes because they split text differently.
const STRICT: ParserOptions = {
  includeOffsets: true,
  preserveCdata: true,
  preserveComments: true,
  // `&custom;` stays as written, as it always did; only the five predefined entities are ever decoded.
  ignoreUndefinedEntities: true,
};

// One attribute of a start tag that the strict parser has already accepted: name, then a quoted value.
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

const TEXT_KEY = '#text';

class TooDeepError extends Error {}

/**
 * The one XML parser configuration the XML providers share: no DTD, no entity expansion (only the five predefined
 * entities and character references are decoded), strict well-formedness, bounded size and depth, values kept as
 * strings. The output shape: one key for the root element; an element is `''` when empty, its text when it has
 * only text, else an object of child elements (repeated names become arrays), `'#text'` (all its text, each run
 * trimmed, joined) and attributes under the prefix.
 */
export function createRgroveXmlParser(options: XmlParserOptions = {}): XmlParser {
  const { maxBytes, maxDepth, paths, arrayNames, removePrefix, attributePrefix } = resolveXmlOptions(options);
  const decoder = new TextDecoder('utf-8', { fatal: true });

  function elementName(name: string): string {
    const colon = removePrefix ? name.indexOf(':') : -1;
    return safeName(colon === -1 ? name : name.slice(colon + 1));
  }

  function attributeName(name: string): string {
    if (!removePrefix) return name;
    const parts = name.split(':');
    if (parts[0] === 'xmlns') return ''; // namespace declarations are dropped with the prefixes
    return parts.length === 2 ? (parts[1] ?? '') : name;
  }

  function attributesOf(element: XmlElement, source: string): Record<string, string> | undefined {
    let count = 0;
    for (const _ in element.attributes) count++;
    if (count === 0) return undefined;
    // Raw values from the source: trimmed, then decoded, with tabs and newlines kept (no XML normalisation).
    let attributes: Record<string, string> | undefined;
    ATTRIBUTE.lastIndex = element.start + 1 + element.name.length;
    for (let found = 0; found < count; found++) {
      const match = ATTRIBUTE.exec(source);
      if (match === null) throw new Error(`attribute ${found + 1} of <${element.name}> not found again`);
      const name = attributeName(match[1] ?? '');
      if (name === '') continue;
      attributes ??= {};
      attributes[safeName(attributePrefix + name)] = decodeEntities((match[2] ?? match[3] ?? '').trim());
    }
    return attributes;
  }

  function convert(element: XmlElement, source: string, path: PathNode | undefined, depth: number): unknown {
    const result: Record<string, unknown> = {};
    let keys = 0;
    let text = '';
    // Text runs are trimmed one by one (child elements, CDATA and processing instructions end a run; comments do
    // not), then joined.
    let run = '';
    for (const node of element.children) {
      if (isElement(node)) {
        if (run !== '') {
          text = joinRun(text, run);
          run = '';
        }
        // An empty-element tag (`<a/>`) opens nothing, so only elements with content count towards the depth.
        if (depth > maxDepth && source.charCodeAt(node.end - 2) !== 0x2f) throw new TooDeepError();
        const name = elementName(node.name);
        const childPath = pathStep(path, name);
        const value = convert(node, source, childPath, depth + 1);
        const existing = result[name];
        if (existing !== undefined && Object.hasOwn(result, name)) {
          if (Array.isArray(existing)) existing.push(value);
          else result[name] = [existing, value];
        } else {
          result[name] = arrayNames.has(name) || childPath?.forced === true ? [value] : value;
          keys++;
        }
      } else if (node.type === 'text') {
        run += source.slice(node.start, node.end);
      } else if (node.type === 'cdata') {
        if (run !== '') {
          text = joinRun(text, run);
          run = '';
        }
        // CDATA is kept untrimmed (and, as before, predefined entities in it are decoded).
        text += decodeEntities(sourceTextOf(node));
      } else if (node.type === 'pi') {
        if (run !== '') {
          text = joinRun(text, run);
          run = '';
        }
      }
    }
    if (run !== '') text = joinRun(text, run);
    const attributes = attributesOf(element, source);
    if (attributes === undefined) {
      if (keys === 0) return text;
      if (text !== '') result[TEXT_KEY] = text;
      return result;
    }
    if (text !== '') result[TEXT_KEY] = text;
    return Object.assign(result, attributes);
  }

  return {
    parse(xml, context) {
      const details: ErrorDetails = { provider: context.provider, operation: context.operation };
      const text = readXmlText(xml, maxBytes, decoder, details);
      let root: XmlElement | null;
      try {
        root = parseXml(text, STRICT).root;
      } catch (cause) {
        if (cause instanceof XmlError) {
          // The parser's first line names the problem, line and column; its excerpt (and so the error itself) is
          // left out, since it quotes the response, which may hold a token.
          const message = cause.message.split('\n', 1)[0] ?? '';
          throw new ProtocolError(`malformed XML: ${message.slice(0, 200)}`, { ...details, code: 'XML_MALFORMED' });
        }
        // The parser recurses per element: a stack overflow means nesting far beyond any limit.
        if (cause instanceof RangeError) throw tooDeep(maxDepth, details, cause);
        throw new ProtocolError('malformed XML', { ...details, code: 'XML_MALFORMED', cause });
      }
      if (root === null) {
        throw new ProtocolError('XML response must have exactly one root element', {
          ...details,
          code: 'XML_MALFORMED',
        });
      }
      try {
        const name = elementName(root.name);
        const rootPath = pathStep(paths, name);
        const value = convert(root, text, rootPath, 1);
        return { [name]: arrayNames.has(name) || rootPath?.forced === true ? [value] : value };
      } catch (cause) {
        if (cause instanceof TooDeepError) throw tooDeep(maxDepth, details, cause);
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new ProtocolError(`malformed XML: ${message.slice(0, 200)}`, { ...details, cause });
      }
    },
  };
}

function isElement(node: XmlNode): node is XmlElement {
  return node.type === 'element';
}

function sourceTextOf(node: XmlNode): string {
  return 'text' in node && typeof node.text === 'string' ? node.text : '';
}
