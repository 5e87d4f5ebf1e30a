import { ProtocolError, type ProviderId } from '../errors.js';
import { DEFAULT_MAX_XML_BYTES } from './chars.js';
import { decodeEntities } from './entities.js';

/**
 * One element: local names only (namespace prefixes dropped), attributes by local name, child elements in document
 * order, and the text (trimmed).
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

export interface XmlElementsOptions {
  readonly provider: ProviderId;
  readonly operation: string;
  /** Default: core's XML limit, 16 MiB. */
  readonly maxBytes?: number | undefined;
  readonly maxDepth?: number;
}

interface MutableNode {
  name: string;
  attrs: Record<string, string>;
  children: MutableNode[];
  text: string;
}

const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

// Character classes by char code: name start (letters, _), name (plus digits . - :), whitespace.
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 58;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The element-tree output of core's XML: for documents whose meaning is in element order and attributes (Box's
 * account tree, 100k nodes and more), where the object output (`createXmlParser`) spends three times as long
 * building keyed objects that the caller would walk back into a tree (docs/decisions/0014-one-call-pipeline.md:
 * 357 ms against 1,123 ms on a 15 MB tree). Same safety rules as the object parser: no DTD, entity declaration or
 * CDATA (any `<!` other than a comment is refused), only the predefined entities and character references are
 * decoded, a size and a depth limit, and anything not well-formed (stray markup, unbalanced or mismatched tags,
 * duplicate roots, text outside the root) is a ProtocolError.
 */
export function parseXmlElements(xml: string, options: XmlElementsOptions): XmlElement {
  const details = { provider: options.provider, operation: options.operation };
  const fail = (message: string) =>
    new ProtocolError(`malformed XML: ${message}`, { ...details, code: 'XML_MALFORMED' });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  if (xml.length > maxBytes) {
    throw new ProtocolError(`XML of ${xml.length} bytes exceeds the ${maxBytes}-byte limit`, details);
  }
  const maxDepth = options.maxDepth ?? 512;
  const stack: MutableNode[] = [];
  let root: MutableNode | undefined;
  let pos = 0;
  const end = xml.length;

  const readName = (): string => {
    const start = pos;
    if (pos >= end || !isNameStart(xml.charCodeAt(pos))) throw fail(`a name was expected at offset ${pos}`);
    pos += 1;
    while (pos < end && isNameChar(xml.charCodeAt(pos))) pos += 1;
    return xml.slice(start, pos);
  };
  const skipSpace = (): void => {
    while (pos < end && isSpace(xml.charCodeAt(pos))) pos += 1;
  };

  while (pos < end) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? end : lt;
    if (textEnd > pos) {
      const text = xml.slice(pos, textEnd);
      const parent = stack[stack.length - 1];
      if (parent) parent.text += text.includes('&') ? decodeEntities(text) : text;
      else if (text.trim() !== '') throw fail(`text outside the root element at offset ${pos}`);
      pos = textEnd;
      if (lt < 0) break;
    }
    const next = xml.charCodeAt(pos + 1);
    if (next === 63 /* ? */) {
      const close = xml.indexOf('?>', pos + 2);
      if (close < 0) throw fail(`unterminated processing instruction at offset ${pos}`);
      pos = close + 2;
    } else if (next === 33 /* ! */) {
      if (!xml.startsWith('<!--', pos))
        throw new ProtocolError('XML contains a DTD or CDATA, which is refused', details);
      const close = xml.indexOf('-->', pos + 4);
      if (close < 0) throw fail(`unterminated comment at offset ${pos}`);
      pos = close + 3;
    } else if (next === 47 /* / */) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      if (xml.charCodeAt(pos) !== 62) throw fail(`unexpected markup in </${name}> at offset ${at}`);
      pos += 1;
      const open = stack.pop();
      if (!open || open.name !== local(name)) throw fail(`</${name}> at offset ${at} closes nothing open`);
      if (open.text !== '') open.text = open.text.trim();
    } else {
      const at = pos;
      pos += 1;
      const name = readName();
      const attrs: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const hadSpace = pos < end && isSpace(xml.charCodeAt(pos));
        skipSpace();
        const c = xml.charCodeAt(pos);
        if (c === 62 /* > */) {
          pos += 1;
          break;
        }
        if (c === 47 /* / */ && xml.charCodeAt(pos + 1) === 62) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (!hadSpace) throw fail(`unexpected markup in <${name}> at offset ${pos}`);
        const attribute = readName();
        skipSpace();
        if (xml.charCodeAt(pos) !== 61 /* = */) throw fail(`attribute ${attribute} without a value at offset ${pos}`);
        pos += 1;
        skipSpace();
        const quote = xml.charCodeAt(pos);
        if (quote !== 34 && quote !== 39) throw fail(`unquoted attribute ${attribute} at offset ${pos}`);
        const close = xml.indexOf(quote === 34 ? '"' : "'", pos + 1);
        if (close < 0) throw fail(`unterminated attribute ${attribute} at offset ${pos}`);
        const value = xml.slice(pos + 1, close);
        if (value.includes('<')) throw fail(`"<" inside attribute ${attribute} at offset ${pos}`);
        attrs[local(attribute)] = value.includes('&') ? decodeEntities(value) : value;
        pos = close + 1;
      }
      const node: MutableNode = { name: local(name), attrs, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else if (root) throw fail(`a second root element <${name}> at offset ${at}`);
      else root = node;
      if (!selfClosing) {
        if (stack.length >= maxDepth) throw fail(`nesting deeper than ${maxDepth}`);
        stack.push(node);
      }
    }
  }
  if (stack.length > 0) throw fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw fail('no root element');
  return root;
}
