// The one safe XML parser (a strict single-pass scanner, no dependencies), kept out of the main entry so that only
// the XML providers load it.

export { parseXmlElements, type XmlElement, type XmlElementsOptions } from './elements.js';
export {
  createXmlParser,
  decodeEntities,
  type XmlParseContext,
  type XmlParser,
  type XmlParserOptions,
} from './safe-parser.js';
