import { describe, expect, it } from 'vitest';
import { isProtocolError, ProtocolError } from '../src/index.js';
import { createXmlParser, decodeEntities } from '../src/xml/index.js';
import { rejectionOf } from './helpers.js';

const ctx = { provider: 'filecloud', operation: 'getfilelist' } as const;

describe('safe XML parser', () => {
  it('parses attributes and text as strings, decodes predefined entities and character references', () => {
    const parser = createXmlParser({ arrayPaths: ['entries.entry'] });
    const result = parser.parse(
      '<?xml version="1.0" encoding="utf-8"?><entries total="0012"><entry><name>a &amp; b &#233;&#x20AC; &lt;x&gt;</name><size>007</size></entry></entries>',
      ctx,
    );
    expect(result).toEqual({ entries: { '@_total': '0012', entry: [{ name: 'a & b é€ <x>', size: '007' }] } });
  });

  it('forces arrays by name as well as by path, and can drop namespace prefixes', () => {
    const parser = createXmlParser({ arrayNames: ['item'], removeNamespacePrefix: true });
    const result = parser.parse(
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><r><item>1</item></r></soap:Body></soap:Envelope>',
      ctx,
    );
    expect(result).toMatchObject({ Envelope: { Body: { r: { item: ['1'] } } } });
  });

  it('refuses a billion-laughs document fast, with a ProtocolError', async () => {
    const levels = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${levels}]><lolz>&lol9;</lolz>`;
    const started = performance.now();
    const error = await rejectionOf(Promise.resolve().then(() => createXmlParser().parse(bomb, ctx)));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('XML_DTD');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses external entities and any DOCTYPE', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(() => createXmlParser().parse(xxe, ctx)).toThrow(ProtocolError);
    expect(() => createXmlParser().parse('<!doctype html><html></html>', ctx)).toThrow(/DTD/);
  });

  it('leaves unknown entity references as written (no expansion)', () => {
    expect(createXmlParser().parse('<r>&custom;</r>', ctx)).toEqual({ r: '&custom;' });
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('enforces the size and depth limits', () => {
    expect(() => createXmlParser({ maxBytes: 10 }).parse('<r>01234567890</r>', ctx)).toThrow(/exceeds/);
    expect(() => createXmlParser({ maxBytes: 10 }).parse(new TextEncoder().encode('<r>01234567890</r>'), ctx)).toThrow(
      ProtocolError,
    );
    const deep = `${'<a>'.repeat(100)}x${'</a>'.repeat(100)}`;
    expect(() => createXmlParser({ maxDepth: 50 }).parse(deep, ctx)).toThrow(ProtocolError);
    expect(createXmlParser({ maxDepth: 200 }).parse(deep, ctx)).toBeTypeOf('object');
  });

  it('turns malformed, truncated and non-XML input into ProtocolError', () => {
    const parser = createXmlParser();
    for (const bad of ['<a><b></a>', '<a><b>text', '', 'not xml', '<html><body>Login</body>', '<a/><b/>']) {
      let caught: unknown;
      try {
        parser.parse(bad, ctx);
      } catch (error) {
        caught = error;
      }
      expect(isProtocolError(caught), bad).toBe(true);
    }
    expect(() => parser.parse(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), ctx)).toThrow(/UTF-8/);
  });
});

describe('safe XML parser, strictness', () => {
  const parser = createXmlParser();

  // The previous parser (fast-xml-parser 5.12) let these through; none is well-formed XML.
  it.each([
    ['"]]>" in text', '<a>]]></a>'],
    ['a bare ampersand in an attribute', '<a k="a&b"/>'],
    ['a reference to character 0', '<a>&#0;</a>'],
    ['a reference to a lone surrogate', '<a>&#xD800;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['attributes without space between them', '<a b="1"c="2"/>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parser.parse(xml, ctx)).toThrow(expect.objectContaining({ code: 'XML_MALFORMED' }));
  });

  it('names the position and quotes none of the response in the error', () => {
    let caught: unknown;
    try {
      parser.parse('<token>secret-value<', ctx);
    } catch (error) {
      caught = error;
    }
    expect(isProtocolError(caught)).toBe(true);
    const error = caught as ProtocolError;
    expect(error.message).toMatch(/line 1, column \d+/);
    expect(`${error.message} ${String(error.cause)}`).not.toContain('secret-value');
    expect(error).toMatchObject({ provider: 'filecloud', operation: 'getfilelist' });
  });

  it('refuses nesting far beyond the limit without overflowing the stack', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    expect(() => createXmlParser({ maxBytes: 1_000_000 }).parse(deep, ctx)).toThrow(/nested deeper than 64/);
  });

  it('refuses element names that reach Object.prototype, and prefixes the other inherited names', () => {
    expect(() => parser.parse('<a><__proto__>1</__proto__></a>', ctx)).toThrow(ProtocolError);
    expect(() => parser.parse('<a><constructor/></a>', ctx)).toThrow(ProtocolError);
    expect(parser.parse('<a><toString>1</toString></a>', ctx)).toEqual({ a: { __toString: '1' } });
  });
});
