import { isProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { parseXmlElements } from '../src/xml/index.js';

const scan = (xml: string) =>
  parseXmlElements(xml, { provider: 'boxnet', operation: 'get_account_tree', maxBytes: 1_000_000 });
const error = (xml: string): unknown => {
  try {
    scan(xml);
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('parseXmlElements (the element-tree output)', () => {
  it('reads elements, attributes (entities decoded, prefixes dropped), text and self-closing tags', () => {
    const root = scan(
      '<?xml version="1.0"?><!-- c --><folder id="0" name="a &amp; b &#233;" x:y=\'1\'><tags><tag id="3"/></tags> <t> hi </t></folder>',
    );
    expect(root).toEqual({
      name: 'folder',
      attrs: { id: '0', name: 'a & b é', y: '1' },
      text: '',
      children: [
        { name: 'tags', attrs: {}, text: '', children: [{ name: 'tag', attrs: { id: '3' }, text: '', children: [] }] },
        { name: 't', attrs: {}, text: 'hi', children: [] },
      ],
    });
  });

  it.each([
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><x/>', /DTD/],
    ['mismatched tags', '<a><b></a></b>', /closes nothing open/],
    ['an unclosed element', '<a><b/>', /<a> is never closed/],
    ['two roots', '<a/><b/>', /second root/],
    ['text outside the root', 'junk<a/>', /text outside the root/],
    ['a broken attribute', '<a id="1></a>', /unterminated attribute|inside attribute/],
    ['an empty document', '  ', /no root element/],
  ])('refuses %s', (_name, xml, message) => {
    const e = error(xml);
    expect(isProtocolError(e)).toBe(true);
    expect(String(e)).toMatch(message);
  });

  it('enforces the size limit', () => {
    expect(() => parseXmlElements('<a/>', { provider: 'boxnet', operation: 'x', maxBytes: 2 })).toThrow(
      /exceeds the 2-byte limit/,
    );
  });
});
