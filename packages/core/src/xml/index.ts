// The one safe XML parser configuration (fast-xml-parser underneath), kept out of the main entry for its size.
export {
  createXmlParser,
  decodeEntities,
  type XmlParseContext,
  type XmlParser,
  type XmlParserOptions,
} from './safe-parser.js';
