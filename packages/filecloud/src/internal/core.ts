/**
 * The @fileclients/core APIs this package uses, in one place. Errors and the cookie jar come from core.
 *
 * TODO(core): `createXmlParser` below stands in for `@fileclients/core/xml`'s `createXmlParser`, which was not yet
 * published when this package was built; switch to it (with `arrayPaths: xmlArrayPaths`) once it is.
 */
import { XMLParser } from 'fast-xml-parser';

export {
  AuthError,
  ConflictError,
  CookieJar,
  FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  TransportError,
} from '@fileclients/core';

/** Stands in for core `@fileclients/core/xml`: no DTD or entities, text kept as strings, arrays by path. */
export function createXmlParser(options: { arrayPaths: readonly string[] }): { parse(text: string): unknown } {
  const arrays = new Set(options.arrayPaths);
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (_name, jpath) => arrays.has(String(jpath)),
  });
  return {
    parse(text: string): unknown {
      if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Error('XML with a DTD is refused');
      return parser.parse(text, true);
    },
  };
}
