import { describe, expect, it } from 'vitest';
import { isProtocolError, ProtocolError } from '../src/index.js';
import { createXmlParser, type XmlParserOptions } from '../src/xml/index.js';
import { createRgroveXmlParser } from './xml-rgrove-reference.js';

// The scanner takes `<name>text</name>` in one step (scanner.ts, `leaf`), and remembers element names per parser.
// Both must change nothing: the documents around the edges of that shortcut parse as the implementation it replaced
// parses them, or are refused alike; one parser reused over many documents answers as a fresh one.

const ctx = { provider: 'filecloud', operation: 'leaf' } as const;

function outcome(parse: () => unknown): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    return { ok: false, error };
  }
}

const CONFIGS: XmlParserOptions[] = [
  {},
  { removeNamespacePrefix: true },
  { arrayNames: ['b', 'x.y'] },
  { arrayPaths: ['a.b', 'a.c.b', 'a.__toString'] },
  { maxDepth: 1 },
  { maxDepth: 0 },
];

const EDGES = [
  '<a><b>1</b></a>',
  '<a><b>1</b><b>2</b><c><b>3</b></c></a>',
  '<a><b> padded\t</b></a>',
  '<a><b></b><c/></a>',
  '<a><b>\u00a0\ufeff</b></a>',
  '<a><b>x]y</b></a>',
  '<a><b>x]]>y</b></a>',
  '<a><b>x&amp;y</b></a>',
  '<a><b>x&bad</b></a>',
  '<a><b>x</b ></a>',
  '<a><b>x</bc></a>',
  '<a><bc>x</b></a>',
  '<a><b>x</B></a>',
  '<a><b>x</b></a>trailing',
  '<a><x.y>1</x.y><x-y>2</x-y><_z>3</_z><:>4</:></a>',
  '<a><ns:b>1</ns:b><b>2</b></a>',
  '<a><a:b:c>1</a:b:c></a>',
  '<a><toString>1</toString><valueOf>2</valueOf></a>',
  '<a><__proto__>1</__proto__></a>',
  '<a><constructor>1</constructor></a>',
  '<a><prototype>1</prototype></a>',
  '<a><é>1</é><b1>2</b1></a>',
  '<a><b>1<!-- c --></b><b><![CDATA[2]]></b><b>3<?pi x?></b></a>',
  '<a><b>1</b>text<b>2</b></a>',
  '<a><b>x</b>',
  '<b>only</b>',
  '<a><c><b>deep</b></c></a>',
  // The end of the text inside a leaf and its end tag (the one-step path finds them without a regular expression).
  '<a><b>x]]</b><c>]]</c></a>',
  '<a><b>x&#38;y&lt;</b></a>',
  '<a><b>x</b',
  '<a><b>x</',
  '<a><b>x<',
  '<a><b>x</b>',
  '<a><b>',
  '<a><b>x</b\n></a>',
  '<a><b>x</b/></a>',
  '<a><b >x</b></a>',
  '<a><b>x</b><b/></a>',
  '<a><éé>1</éé><b·>2</b·></a>',
  '<a><b>one</b><c>x</c><b>two</b></a>',
];

describe('core XML: the one-step leaf element', () => {
  it.each(EDGES)('parses or refuses %j as the implementation it replaced, in every configuration', (text) => {
    for (const options of CONFIGS) {
      const label = `${JSON.stringify(text)} ${JSON.stringify(options)}`;
      const before = outcome(() => createRgroveXmlParser(options).parse(text, ctx));
      const after = outcome(() => createXmlParser(options).parse(text, ctx));
      expect({ accepted: after.ok }, label).toEqual({ accepted: before.ok });
      if (before.ok && after.ok) expect(JSON.stringify(after.value), label).toBe(JSON.stringify(before.value));
      if (!after.ok) expect(isProtocolError(after.error), label).toBe(true);
    }
  });

  it('gives the values of a FileCloud-like listing, leaves trimmed and lists forced', () => {
    const parser = createXmlParser({ arrayPaths: ['entries.entry'] });
    const one = '<entries><meta><total>1</total></meta><entry><name> a.txt </name><size/></entry></entries>';
    expect(parser.parse(one, ctx)).toStrictEqual({
      entries: { meta: { total: '1' }, entry: [{ name: 'a.txt', size: '' }] },
    });
  });

  it('one parser reused over many documents answers as a fresh parser for each', () => {
    const options: XmlParserOptions = { arrayPaths: ['a.b'], removeNamespacePrefix: true };
    const shared = createXmlParser(options);
    for (const text of [...EDGES, ...EDGES.slice().reverse()]) {
      const fresh = outcome(() => createXmlParser(options).parse(text, ctx));
      const reused = outcome(() => shared.parse(text, ctx));
      expect(reused.ok, text).toBe(fresh.ok);
      if (fresh.ok && reused.ok) expect(JSON.stringify(reused.value), text).toBe(JSON.stringify(fresh.value));
    }
  });

  it('the guess of the next element (the one that came after last time) never stands in for another name', () => {
    // Each pair teaches the parser a sequence, then breaks it: a longer name starting like the guess, a shorter one,
    // the guess with attributes or empty, another prefix, another element in the guess's place, one in another parent.
    const documents = [
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><cd>2</cd></a>'],
      ['<a><bc>1</bc><d>2</d></a>', '<a><b>1</b><d>2</d></a>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><c x="y">2</c></a>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><c/><c>3</c></a>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><ns:c>2</ns:c><c>3</c></a>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><c>2</c >x</a>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><c>2</c><c>3</c><b>4</b></a>'],
      ['<a><x><b>1</b><c>2</c></x><b>3</b></a>', '<a><b>3</b><x><c>2</c><b>1</b></x></a>'],
      ['<a><b><c>1</c></b></a>', '<a><b><c><c>1</c></c></b></a>'],
      ['<a><b>1</b></a>', '<a><b>1</b></a><b>2</b>'],
      ['<a><b>1</b><c>2</c></a>', '<a><b>1</b><c>2</c></a>'],
    ];
    const options: XmlParserOptions = { arrayPaths: ['a.c'], removeNamespacePrefix: true };
    for (const pair of documents) {
      const shared = createXmlParser(options);
      for (const text of [...pair, ...pair]) {
        const fresh = outcome(() => createXmlParser(options).parse(text, ctx));
        const reference = outcome(() => createRgroveXmlParser(options).parse(text, ctx));
        const reused = outcome(() => shared.parse(text, ctx));
        expect(reused.ok, text).toBe(reference.ok);
        expect(fresh.ok, text).toBe(reference.ok);
        if (reference.ok && reused.ok) expect(JSON.stringify(reused.value), text).toBe(JSON.stringify(reference.value));
      }
    }
  });

  it('a reused parser gives the values of a listing whose entries differ from one to the next', () => {
    const parser = createXmlParser({ arrayPaths: ['entries.entry'] });
    const entry = (name: string, extra = '') =>
      `<entry><name>${name}</name>${extra}<size>${name.length}</size></entry>`;
    const texts = [
      `<entries>${entry('a.txt')}${entry('bb.txt', '<isshared>public</isshared>')}${entry('c')}</entries>`,
      `<entries>${entry('c', '<sizes>9</sizes>')}${entry('a.txt', '<isshared/>')}</entries>`,
    ];
    for (let round = 0; round < 2; round++) {
      expect(parser.parse(texts[0] as string, ctx)).toStrictEqual({
        entries: {
          entry: [
            { name: 'a.txt', size: '5' },
            { name: 'bb.txt', isshared: 'public', size: '6' },
            { name: 'c', size: '1' },
          ],
        },
      });
      expect(parser.parse(texts[1] as string, ctx)).toStrictEqual({
        entries: {
          entry: [
            { name: 'c', sizes: '9', size: '1' },
            { name: 'a.txt', isshared: '', size: '5' },
          ],
        },
      });
    }
  });

  it('a document with more distinct names than the parser remembers still parses them all', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const text = `<a>${names.map((name) => `<${name}>${name}</${name}>`).join('')}</a>`;
    const parsed = createXmlParser({ maxBytes: 1_000_000 }).parse(text, ctx) as { a: Record<string, string> };
    expect(Object.keys(parsed.a)).toHaveLength(5000);
    expect(parsed.a.n4999).toBe('n4999');
  });

  // Hostile input aimed at the shortcut's pattern: each ends, quickly, in a ProtocolError.
  it.each([
    ['a long text whose end tag never comes', `<a><b>${'x'.repeat(1_000_000)}`],
    ['a long text closed by the wrong name', `<a><b>${'x'.repeat(1_000_000)}</c></a>`],
    ['many start tags with long names and no end', `<a>${`<${'n'.repeat(1000)}>x`.repeat(1000)}`],
    ['many nearly-leaf elements', `<a>${'<b>x</b '.repeat(200_000)}`],
  ])('refuses %s in linear time', (_what, xml) => {
    expect(() => createXmlParser({ maxBytes: 4_000_000 }).parse(xml, ctx)).toThrow(ProtocolError);
  });
});
