// The XML declaration (`<?xml version="1.0" encoding="…" standalone="…"?>`), checked as core's scanner checks the
// rest of a document (scanner.ts): the same messages as the parser before it.
import { EQUALS, isNameChar, isSpace, XmlSyntaxError } from './chars.js';

/** The offset after the declaration at `start`, or `start` when there is none (`<?xml-foo …?>` is a PI). */
export function declarationEnd(src: string, start: number): number {
  if (!src.startsWith('<?xml', start)) return start;
  if (start + 5 < src.length && isNameChar(src.codePointAt(start + 5) ?? 0)) return start;
  let i = start + 5;
  const fail = (message: string): never => {
    throw new XmlSyntaxError(message, i);
  };
  const skipSpace = (): boolean => {
    const from = i;
    while (i < src.length && isSpace(src.charCodeAt(i))) i++;
    return i > from;
  };
  /** `name = "value"`; false when the name, `=` or an opening quote is missing. */
  const pseudoAttribute = (name: string): string | false => {
    if (!src.startsWith(name, i)) return false;
    i += name.length;
    skipSpace();
    if (src.charCodeAt(i) !== EQUALS) return false;
    i++;
    skipSpace();
    const quote = src[i];
    if (quote !== '"' && quote !== "'") return false;
    const end = src.indexOf(quote, i + 1);
    if (end === -1) fail('Missing end quote');
    const value = src.slice(i + 1, end);
    i = end + 1;
    return value;
  };
  if (!skipSpace()) fail('Invalid XML declaration');
  const version = pseudoAttribute('version');
  if (version === false) return fail('XML version is missing or invalid');
  if (!/^1\.[0-9]+$/.test(version)) fail('Invalid character in version number');
  if (skipSpace()) {
    const encoding = pseudoAttribute('encoding');
    if (encoding !== false && encoding !== '') {
      if (!/^[A-Za-z][\w.-]*$/.test(encoding)) fail('Invalid character in encoding name');
      skipSpace();
    }
    const standalone = pseudoAttribute('standalone');
    if (standalone !== false && standalone !== '') {
      if (standalone !== 'yes' && standalone !== 'no') fail('Only "yes" and "no" are permitted for standalone');
      skipSpace();
    }
  }
  if (!src.startsWith('?>', i)) fail('Invalid or unclosed XML declaration');
  return i + 2;
}
