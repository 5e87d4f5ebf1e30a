import { describe, expect, it } from 'vitest';
import { phpUrlDecode, protectFromServerDecode } from '../src/index.js';

/** The byte-by-byte reading of PHP's urldecode() (the client's previous implementation), as the oracle. */
function byteWise(value: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '+') bytes.push(0x20);
    else if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = value.codePointAt(i) ?? 0;
      for (const byte of encoder.encode(String.fromCodePoint(code))) bytes.push(byte);
      if (code > 0xffff) i++;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('phpUrlDecode', () => {
  it('decodes as PHP urldecode(): + is a space, %XX a byte, a broken escape stays', () => {
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

  it('agrees with a byte-by-byte decoder on random input', () => {
    const alphabet = ['a', '+', '%', '2', 'B', 'f', 'z', 'é', ' ', '\u{1F600}', '\uD800', '\uDC00', '/'];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      let value = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) value += alphabet[Math.floor(random() * alphabet.length)];
      expect(phpUrlDecode(value)).toBe(byteWise(value));
    }
  });
});
