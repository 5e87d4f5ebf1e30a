import { phpUrlDecode } from '@fileclients/sandbox';
import { describe, expect, it } from 'vitest';
import { protectFromServerDecode } from '../src/index.js';

// The server runs PHP urldecode() a second time on some fields; the sandbox models it (phpUrlDecode), and the client
// encodes those fields once more (protectFromServerDecode) so that the second decoding gives back the name.

describe('PHP urldecode() on the server, and protectFromServerDecode', () => {
  it('the sandbox decodes as PHP urldecode(): + is a space, %XX a byte, a broken escape stays', () => {
    expect(phpUrlDecode('a+b%41%2B')).toBe('a bA+');
    expect(phpUrlDecode('%%41%4%zz%')).toBe('%A%4%zz%');
    expect(phpUrlDecode('%C3%A9t%C3%A9 \u{1F600}')).toBe('été \u{1F600}');
    expect(phpUrlDecode('%C3')).toBe('\uFFFD');
  });

  it('gives back what protectFromServerDecode encoded', () => {
    for (const name of ['a+b%41', 'été & co', '100% (1)', '\u{1F600}.txt']) {
      expect(phpUrlDecode(protectFromServerDecode(name))).toBe(name);
    }
  });
});
