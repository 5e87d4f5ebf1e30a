// The character classes, names and limits of core's XML scanner (scanner.ts), apart from its scanning loop.
import { decodeEntities } from './entities.js';

/** The largest document core's XML reads when the caller sets no limit. */
export const DEFAULT_MAX_XML_BYTES = 16 * 1024 * 1024;

/** A well-formedness error at an offset of the (line-end normalised) text. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** An element with content nested deeper than the limit. */
export class XmlTooDeepError extends Error {}

/** An element or attribute name that would reach Object.prototype. */
export class XmlUnsafeNameError extends Error {}

/** The array paths as a tree of element names, walked alongside the document (no path strings per element). */
export interface PathNode {
  forced: boolean;
  readonly children: Map<string, PathNode>;
}

export interface ScanOptions {
  readonly maxDepth: number;
  readonly paths: PathNode;
  readonly arrayNames: ReadonlySet<string>;
  readonly removePrefix: boolean;
  readonly attributePrefix: string;
  /** Element names already seen by this parser, by raw name (see `ElementName`); at most 4096 are kept. */
  readonly names: Map<string, ElementName>;
}

/**
 * An element name worked out once per parser: its output key (prefix removed, made safe) and whether it is always
 * a list. The same key string every time, so setting and reading it on the output objects takes V8's fast path: a
 * freshly sliced key string made those two lookups a quarter of the whole scan of a FileCloud listing.
 */
export interface ElementName {
  readonly raw: string;
  readonly name: string;
  readonly array: boolean;
  /**
   * The element that came first inside this one, and the one that came after this one, the last time: a listing
   * repeats its element sequence, so the scan checks the guess in place of scanning, slicing and looking up the name.
   */
  first?: ElementName;
  next?: ElementName;
}

export const TEXT_KEY = '#text';

// Keys that would reach Object.prototype are refused (null); the other inherited names get a `__` prefix (the keys
// the parsers before produced, which callers may already match on).
export const UNSAFE_NAMES = new Map<string, string | null>([
  ['__proto__', null],
  ['constructor', null],
  ['prototype', null],
  ...[
    'hasOwnProperty',
    'toString',
    'valueOf',
    '__defineGetter__',
    '__defineSetter__',
    '__lookupGetter__',
    '__lookupSetter__',
  ].map((name) => [name, `__${name}`] as const),
]);

// Characters XML forbids anywhere (C0 controls but tab and line ends, U+FFFE, U+FFFF, unpaired surrogates). Every
// character of an accepted document is either markup, a name (whose characters are checked below) or content that
// the previous parser checked, so one test of the whole text refuses exactly what it refused.
export const INVALID_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being refused.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The two name characters that JavaScript's `\s` matches (see `reread`).
export const JS_SPACE_NAME_CHAR = /[\u1680\ufeff]/;

// Slots of Scanner.next.
export const AMP_AT = 0;
export const CLOSE = 1;
export const LT_AT = 2;

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUESTION = 0x3f;
export const BANG = 0x21;
export const EQUALS = 0x3d;
export const SEMICOLON = 0x3b;
export const HASH = 0x23;

/** A code point that may start an XML Name (XML 1.0 fifth edition, production 4). */
export function isNameStart(cp: number): boolean {
  return (
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    cp === 0x3a ||
    cp === 0x5f ||
    (cp >= 0xc0 && cp <= 0xd6) ||
    (cp >= 0xd8 && cp <= 0xf6) ||
    (cp >= 0xf8 && cp <= 0x2ff) ||
    (cp >= 0x370 && cp <= 0x37d) ||
    (cp >= 0x37f && cp <= 0x1fff) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0x2070 && cp <= 0x218f) ||
    (cp >= 0x2c00 && cp <= 0x2fef) ||
    (cp >= 0x3001 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfdcf) ||
    (cp >= 0xfdf0 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0xeffff)
  );
}

/** A code point that may continue an XML Name (production 4a). */
export function isNameChar(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    cp === 0x2d ||
    cp === 0x2e ||
    cp === 0xb7 ||
    (cp >= 0x300 && cp <= 0x36f) ||
    cp === 0x203f ||
    cp === 0x2040 ||
    isNameStart(cp)
  );
}

export function isAsciiNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

export function isBlank(src: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (!isSpace(src.charCodeAt(j))) return false;
  return true;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

export function safeName(name: string): string {
  const safe = UNSAFE_NAMES.get(name);
  if (safe === undefined) return name;
  if (safe === null) throw new XmlUnsafeNameError(`the name "${name}" is refused (prototype pollution)`);
  return safe;
}

/** Appends a text run, trimmed, with its references decoded (in that order, as always). */
export function joinRun(text: string, run: string): string {
  const trimmed = run.trim();
  return trimmed === '' ? text : text + decodeEntities(trimmed);
}

export function pathStep(node: PathNode | undefined, name: string): PathNode | undefined {
  if (node === undefined || node.children.size === 0) return undefined;
  // A name with a dot spans several segments, as it did in the dotted paths of the first parser.
  if (!name.includes('.')) return node.children.get(name);
  let current: PathNode | undefined = node;
  for (const segment of name.split('.')) current = current?.children.get(segment);
  return current;
}

/** Scans a whole document (BOM, declaration, prolog, one root, trailing misc) into `{ [root]: value }`. */
/** Checks a character reference (`#38`, `#x26`) found at `at`: digits, and a character XML allows. */
export function checkCharReference(ref: string, at: number): void {
  const hex = ref.charCodeAt(1) === 0x78;
  const digits = ref.slice(hex ? 2 : 1);
  if (digits === '' || !(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) {
    throw new XmlSyntaxError('Invalid character reference', at);
  }
  const cp = Number.parseInt(digits, hex ? 16 : 10);
  const valid =
    (cp >= 0x20 && cp <= 0xd7ff) ||
    cp === 0x0a ||
    cp === 0x09 ||
    cp === 0x0d ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  if (!valid) throw new XmlSyntaxError('Character reference resolves to an invalid character', at);
}

/** Checks the reference starting at `&` (offset `at`) and returns the offset after its `;`. */
export function referenceEnd(src: string, at: number): number {
  const n = src.length;
  let j = at + 1;
  // A reference runs over `#` and name characters (the previous parser did not require a name-start character).
  while (j < n) {
    const cp = src.codePointAt(j) ?? 0;
    if (cp !== HASH && !isNameChar(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  if (src.charCodeAt(j) !== SEMICOLON)
    throw new XmlSyntaxError('Unterminated reference (a reference must end with `;`)', j);
  if (src.charCodeAt(at + 1) === HASH) checkCharReference(src.slice(at + 1, j), at);
  return j + 1;
}
/** One open element: what its end tag must say, and the output being built for it. */
export interface Frame {
  readonly rawName: string;
  readonly name: string;
  readonly element: ElementName;
  /** The last child element so far. */
  last: ElementName | undefined;
  readonly path: PathNode | undefined;
  readonly forced: boolean;
  readonly attributes: Record<string, string> | undefined;
  /** Child elements (and later `#text`), created with the first child. */
  children: Record<string, unknown> | undefined;
  keys: number;
  /** Text of the runs already ended (each trimmed, then decoded). */
  text: string;
  /** The current text run, raw: child elements, CDATA and processing instructions end a run; comments do not. */
  run: string;
}

/** The value an element closes with: its text alone, or its children, text and attributes in one object. */
export function elementValue(frame: Frame): unknown {
  if (frame.attributes === undefined && frame.keys === 0) return frame.text;
  const result = frame.children ?? {};
  if (frame.text !== '') result[TEXT_KEY] = frame.text;
  return frame.attributes === undefined ? result : Object.assign(result, frame.attributes);
}
