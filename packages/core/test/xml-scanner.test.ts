import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProtocolError, ProtocolError } from '../src/index.js';
import { createXmlParser, type XmlParserOptions } from '../src/xml/index.js';
import { createRgroveXmlParser } from './xml-rgrove-reference.js';

// The single-pass scanner against the implementation it replaced (@rgrove/parse-xml, then a tree walk): the same
// documents accepted with the same objects (same keys, same order), the same documents refused, always with a
// ProtocolError. Generated documents cover the corners; mutated ones (tokens inserted, text cut or repeated) probe
// the refusals.

const ctx = { provider: 'filecloud', operation: 'scanner' } as const;
const repo = fileURLToPath(new URL('../../../', import.meta.url));

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function outcome(parse: () => unknown): Outcome {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    return { ok: false, error };
  }
}

function expectSameAsOracle(text: string, options: XmlParserOptions): void {
  const label = `${JSON.stringify(text)} ${JSON.stringify(options)}`;
  const before = outcome(() => createRgroveXmlParser(options).parse(text, ctx));
  const after = outcome(() => createXmlParser(options).parse(text, ctx));
  expect(isProtocolError(before.ok ? undefined : before.error) || before.ok, `oracle: ${label}`).toBe(true);
  if (before.ok && after.ok) {
    expect(after.value, label).toStrictEqual(before.value);
    expect(JSON.stringify(after.value), label).toBe(JSON.stringify(before.value));
    return;
  }
  const why = before.ok ? 'only the oracle accepts' : `oracle: ${String(before.error)}`;
  expect({ accepted: after.ok }, `${label}: ${why}`).toEqual({ accepted: before.ok });
  if (!after.ok) expect(isProtocolError(after.error), `${label}: ${String(after.error)}`).toBe(true);
}

const CONFIGS: XmlParserOptions[] = [
  {},
  { removeNamespacePrefix: true },
  { arrayNames: ['entry', 'item', 'b', '__valueOf'] },
  { arrayPaths: ['a.b', 'a.entry', 'entry.a', 'b.b', 'a', 'a.x.y', 'x.y.b', 'a.__toString'], attributePrefix: '' },
  { arrayPaths: ['a.ns:item', 'ns:item.b', 's:Body.entry'], removeNamespacePrefix: true, attributePrefix: '' },
  { maxDepth: 2 },
  { maxDepth: 0, arrayNames: ['a'] },
];

// --- generated documents ---------------------------------------------------------------------------------------

const NAMES = ['a', 'b', 'entry', 'ns:item', 's:Body', 'x-y', 'x.y', '_z', 'é', 'toString', 'valueOf', '𝒳', 'a:b:c'];
const ATTRIBUTE_NAMES = [
  'id',
  'k',
  'b',
  'xsi:type',
  'xmlns',
  'xmlns:s',
  'ns:k',
  'valueOf',
  'xml:space',
  'a:b:c',
  'x\u1680y',
  'x\ufeffy',
  'toString',
];

const textPiece = fc.constantFrom(
  'x',
  ' ',
  '  two words ',
  '\n',
  '\t',
  '\r\n',
  '\r',
  '\u00a0',
  '\u2028',
  '&amp;',
  '&lt;tag&gt;',
  '&quot;&apos;',
  '&#32;',
  '&#x9;',
  '&#233;',
  '&#x1F680;',
  '&#0065;',
  '&custom;',
  '&é;',
  '&1a;',
  '&a#b;',
  '&;',
  '>',
  ']]',
  ']>',
  '0012',
  '€',
  '😀',
  '#text',
  'preserve',
);
const text = fc.array(textPiece, { maxLength: 4 }).map((parts) => parts.join(''));
const attributeValue = text.map((value) => value.replace(/</g, ''));

interface Tree {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string, '"' | "'", string])[];
  readonly content: readonly Content[];
  readonly selfClosing: boolean;
  readonly endSpace: string;
}
type Content = { tree: Tree } | { text: string } | { cdata: string } | { comment: string } | { pi: string };

const { tree: treeArbitrary } = fc.letrec<{ tree: Tree; content: Content }>((tie) => ({
  tree: fc
    .record({
      name: fc.constantFrom(...NAMES),
      attributes: fc.uniqueArray(
        fc.tuple(
          fc.constantFrom(...ATTRIBUTE_NAMES),
          attributeValue,
          fc.constantFrom<'"' | "'">('"', "'"),
          fc.constantFrom('=', ' = ', '\n=\t'),
        ),
        { maxLength: 3, selector: ([name]) => name },
      ),
      content: fc.array(tie('content'), { maxLength: 4 }),
      selfClosing: fc.boolean(),
      endSpace: fc.constantFrom('', '', ' ', '\n'),
    })
    .map((tree) => (tree.content.length > 0 ? { ...tree, selfClosing: false } : tree)),
  content: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text }),
    fc.record({ tree: tie('tree') as fc.Arbitrary<Tree> }),
    fc.record({ cdata: fc.constantFrom('', ' raw <x> ', '&amp;', 'a]b', ']]', '&#0;', '\r\n') }),
    fc.record({ comment: fc.constantFrom('', ' c ', 'x-y', '<a>', '-') }),
    fc.record({ pi: fc.constantFrom('pi', 'pi data', 'pi ?', 'x:y\n', 'xml-stylesheet href="a"') }),
  ),
})) as { tree: fc.Arbitrary<Tree> };

function serialize(tree: Tree): string {
  const attributes = tree.attributes
    .map(
      ([name, value, quote, equals]) =>
        ` ${name}${equals}${quote}${value.replaceAll(quote, quote === '"' ? '&quot;' : '&apos;')}${quote}`,
    )
    .join('');
  if (tree.selfClosing) return `<${tree.name}${attributes}${tree.endSpace}/>`;
  const content = tree.content
    .map((item) => {
      if ('tree' in item) return serialize(item.tree);
      if ('text' in item) return item.text;
      if ('cdata' in item) return `<![CDATA[${item.cdata}]]>`;
      if ('comment' in item) return `<!--${item.comment}-->`;
      return `<?${item.pi}?>`;
    })
    .join('');
  return `<${tree.name}${attributes}${tree.endSpace}>${content}</${tree.name}${tree.endSpace}>`;
}

const PROLOGS = [
  '',
  '\ufeff',
  '<?xml version="1.0" encoding="utf-8"?>\n',
  "<?xml version='1.1'?>",
  '<?xml version="1.0" standalone="yes" ?>',
  '<?xml version="1.0" encoding=""?>',
  '<?xml version="1.0" encoding="utf-8"standalone="no"?>',
  '<?xml version = "1.0"?>',
  '\ufeff<?xml version="1.0"?><!-- c -->\n<?pi x?>\n',
  '<!-- c -->',
  ' ',
];
const EPILOGS = ['', '\n', '<!-- tail -->', '<?pi?>\n', ' \r\n'];

const documentArbitrary = fc
  .tuple(fc.constantFrom(...PROLOGS), treeArbitrary, fc.constantFrom(...EPILOGS))
  .map(([prolog, tree, epilog]) => `${prolog}${serialize(tree)}${epilog}`);

// Tokens that make or break well-formedness, inserted anywhere.
const TOKENS = [
  '<',
  '>',
  '&',
  '/',
  '"',
  "'",
  '=',
  ' ',
  ']]>',
  '<!--',
  '-->',
  '--',
  '<![CDATA[',
  '<?',
  '?>',
  '<?xml?>',
  '<?XmL x?>',
  '</a>',
  '<a>',
  '<b/>',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#X41;',
  '&#12a;',
  '&#;',
  '&#x;',
  '&amp',
  '\u0001',
  '\u000b',
  '\ud800',
  '\udc00',
  '\ufffe',
  '\ufeff',
  '\u1680',
  ' k="1"',
  ' k=1',
  ' xml:space="other"',
  ' xml:space="preserve"',
  '<!DOCTYPE a>',
  '<!ELEMENT',
  '<!x>',
  '<1a>',
  '<a b="1"c="2">',
  '𝒳',
  '\u0300',
];

const mutation = fc.oneof(
  fc.record({ at: fc.nat(), insert: fc.constantFrom(...TOKENS) }),
  fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ at: fc.nat(), repeat: fc.integer({ min: 1, max: 12 }) }),
);
type Mutation = { at: number; insert: string } | { at: number; remove: number } | { at: number; repeat: number };

function mutate(text: string, change: Mutation): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  if ('insert' in change) return text.slice(0, at) + change.insert + text.slice(at);
  if ('remove' in change) return text.slice(0, at) + text.slice(at + change.remove);
  return text.slice(0, at) + text.slice(at, at + change.repeat) + text.slice(at);
}

const mutatedArbitrary = fc
  .tuple(documentArbitrary, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([text, changes]) => changes.reduce(mutate, text));

describe('single-pass scanner, differential against the @rgrove/parse-xml implementation it replaced', () => {
  it('parses every stored sample identically', () => {
    const files = readdirSync(join(repo, 'specs'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.xml') || path.endsWith('.wsdl'))
      .map((path) => join(repo, 'specs', path));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const options of CONFIGS) expectSameAsOracle(text, options);
    }
  });

  it('generated documents parse identically', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.constantFrom(...CONFIGS), (doc, options) => expectSameAsOracle(doc, options)),
      { numRuns: 2000 },
    );
  });

  it('mutated documents are accepted and refused alike, and parse identically when accepted', () => {
    fc.assert(
      fc.property(mutatedArbitrary, fc.constantFrom(...CONFIGS), (doc, options) => expectSameAsOracle(doc, options)),
      { numRuns: 3000 },
    );
  });

  it('every truncation of a generated document is refused by both', () => {
    fc.assert(
      fc.property(
        documentArbitrary.chain((doc) => fc.tuple(fc.constant(doc), fc.nat({ max: doc.length - 1 }))),
        ([doc, cut]) => expectSameAsOracle(doc.slice(0, cut), {}),
      ),
      { numRuns: 500 },
    );
  });
});

describe('single-pass scanner, refusals', () => {
  const parser = createXmlParser();

  // Each refused by the previous implementation too (checked against it here), always as a ProtocolError.
  it.each([
    ['an empty document', ''],
    ['only a declaration', '<?xml version="1.0"?>'],
    ['text instead of XML', 'not xml'],
    ['text before the root', 'x<a/>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['an element after the root', '<a></a><a></a>'],
    ['a truncated start tag', '<a'],
    ['a truncated document', '<a><b>text'],
    ['an unclosed root', '<a>'],
    ['a mismatched end tag', '<a><b></a>'],
    ['an end tag with a longer name', '<a></ab>'],
    ['a stray end tag', '<a></b></a>'],
    ['a bare < in text', '<a>1 < 2</a>'],
    ['a bare & in text', '<a>R&D</a>'],
    ['an unterminated reference', '<a>&amp</a>'],
    ['an unknown entity without ;', '<a>&custom</a>'],
    ['a reference to character 0', '<a>&#0;</a>'],
    ['a reference to a lone surrogate', '<a>&#xD800;</a>'],
    ['a reference beyond Unicode', '<a>&#x110000;</a>'],
    ['a reference to U+FFFE', '<a>&#xFFFE;</a>'],
    ['an uppercase X in a hex reference', '<a>&#X41;</a>'],
    ['a reference with trailing letters', '<a>&#12a;</a>'],
    ['an empty character reference', '<a>&#;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone surrogate in text', '<a>\ud800</a>'],
    ['U+FFFF in text', '<a>\uffff</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['an attribute without quotes', '<a k=1/>'],
    ['an attribute without a value', '<a k/>'],
    ['an attribute without =', '<a k"1"/>'],
    ['an unclosed attribute value', '<a k="1/>'],
    ['< in an attribute value', '<a k="<"/>'],
    ['a bare & in an attribute', '<a k="a&b"/>'],
    ['a duplicate attribute', '<a k="1" k="2"/>'],
    ['a duplicate namespaced attribute', '<a x:k="1" x:k="2"/>'],
    ['attributes without space between them', '<a b="1"c="2"/>'],
    ['an invalid xml:space', '<a xml:space="keep"/>'],
    ['a space in an empty-element tag', '<a/ >'],
    ['a space before the element name', '< a/>'],
    ['a name starting with a digit', '<1a/>'],
    ['a name starting with a combining mark', '<\u0300a/>'],
    ['an attribute name with U+1680', '<a x\u1680y="1"/>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['a declaration without version', '<?xml encoding="utf-8"?><a/>'],
    ['a declaration with version 2.0', '<?xml version="2.0"?><a/>'],
    ['a declaration with a bad encoding', '<?xml version="1.0" encoding="-x"?><a/>'],
    ['a declaration with a bad standalone', '<?xml version="1.0" standalone="maybe"?><a/>'],
    ['an unclosed declaration', '<?xml version="1.0"<a/>'],
    ['a PI named xml in any case', '<a><?XmL x?></a>'],
    ['a PI without a target', '<a><? x?></a>'],
    ['an unclosed PI', '<a><?pi x</a>'],
    ['-- inside a comment', '<a><!-- a -- b --></a>'],
    ['a comment ending in --->', '<a><!-- a ---></a>'],
    ['an unclosed comment', '<a><!-- x</a>'],
    ['an unclosed CDATA section', '<a><![CDATA[x</a>'],
    ['a CDATA section outside the root', '<![CDATA[x]]><a/>'],
    ['other markup declarations', '<a><!x></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['an ENTITY declaration', '<a><!ENTITY x "y"></a>'],
    ['an element named __proto__', '<a><__proto__/></a>'],
    ['an attribute named constructor without prefix', '<a constructor="1"/>'],
  ])('refuses %s', (_what, xml) => {
    const options: XmlParserOptions = xml.includes('constructor') ? { attributePrefix: '' } : {};
    expect(() => createRgroveXmlParser(options).parse(xml, ctx)).toThrow(ProtocolError);
    expect(() => createXmlParser(options).parse(xml, ctx)).toThrow(ProtocolError);
  });

  it('says what and where, with the XML_MALFORMED code', () => {
    expect(() => parser.parse('<a>\n  <b k="1" k="2"/>\n</a>', ctx)).toThrow(
      expect.objectContaining({ code: 'XML_MALFORMED', message: expect.stringMatching(/line 2, column \d+/) }),
    );
  });

  // Hostile input: each ends, quickly (no timing asserted), in a ProtocolError.
  it.each([
    ['a 1 MB run of <a> without an end', '<a>'.repeat(350_000)],
    ['deep nesting', `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`],
    ['a very long attribute value without its end quote', `<a k="${'x'.repeat(1_000_000)}`],
    ['a very long attribute value full of references', `<a k="${'&amp;'.repeat(200_000)}&"/>`],
    ['many attributes', `<a ${Array.from({ length: 50_000 }, (_, i) => `k${i}="1"`).join(' ')} k0="2"/>`],
    ['a long unterminated reference', `<a>&${'x'.repeat(1_000_000)}</a>`],
    ['a long comment without its end', `<a><!--${'-x'.repeat(500_000)}`],
    ['many ]] in text', `<a>${']]'.repeat(400_000)}]]></a>`],
    ['many CDATA starts', `<a>${'<![CDATA['.repeat(100_000)}`],
    ['many PI starts', `<a>${'<?x '.repeat(200_000)}`],
  ])('refuses %s in linear time', (_what, xml) => {
    expect(() => createXmlParser({ maxBytes: 4_000_000 }).parse(xml, ctx)).toThrow(ProtocolError);
  });
});
