import { ProtocolError } from '@fileclients/core';
import type { BoxnetOperation } from './errors.js';
import { boxnetPortOperationTable, boxnetPortTypeTable } from './generated/wsdl.gen.js';
import { child, escapeXml, parseXml, type XmlNode } from './xml.js';

/** Names real responses used for a part, besides the WSDL's (seed samples: `sid` for auth_token, `file` for info). */
const PART_ALIASES: Readonly<Record<string, readonly string[]>> = {
  auth_token: ['sid'],
  info: ['file'],
};

type TypeEntry =
  | { readonly kind: 'array'; readonly item: string }
  | {
      readonly kind: 'struct';
      readonly fields: readonly { name: string; type: string; nillable: boolean; optional: boolean; flag: boolean }[];
    };
const TYPES = boxnetPortTypeTable as unknown as Readonly<Record<string, TypeEntry>>;

export interface DecodedResponse {
  readonly status: string;
  /**
   * Every part but status, decoded by its WSDL type; absent parts are absent. A function, because on a failure
   * status the other parts are empty and must not be decoded (or required).
   */
  parts(): Record<string, unknown>;
}

interface DecodeContext {
  readonly operation: string;
  /** Multiref targets (`<soapenc:Array id="id1">`) by id. */
  readonly refs: ReadonlyMap<string, XmlNode>;
}

function fail(ctx: { operation: string }, message: string): ProtocolError {
  return new ProtocolError(message, { provider: 'boxnet', operation: ctx.operation });
}

/**
 * Decodes an rpc/encoded answer of `operation`: finds `<operationResponse>` in the Body, resolves multirefs,
 * unwraps typed values, `xsi:nil` to null, empty strings kept, longs checked against 2^53. A SOAP Fault is a
 * ProtocolError carrying the faultcode.
 */
export function decodeResponse(operation: BoxnetOperation, xml: string): DecodedResponse {
  const envelope = parseXml(xml, { operation });
  const body = envelope.name === 'Envelope' ? child(envelope, 'Body') : undefined;
  if (!body) throw fail({ operation }, 'the answer is not a SOAP envelope');
  const fault = child(body, 'Fault');
  if (fault) {
    const code = child(fault, 'faultcode')?.text.trim() ?? 'unknown';
    const message = child(fault, 'faultstring')?.text.trim() ?? '';
    throw new ProtocolError(`SOAP fault ${code}: ${message}`, { provider: 'boxnet', operation, code });
  }
  const refs = new Map<string, XmlNode>();
  collectRefs(body, refs);
  const response = body.children.find((c) => c.attrs.id === undefined);
  if (!response || response.name !== `${operation}Response`) {
    throw fail({ operation }, `expected ${operation}Response, got ${response ? response.name : 'an empty Body'}`);
  }
  const ctx: DecodeContext = { operation, refs };
  const statusNode = child(response, 'status');
  if (!statusNode) throw fail(ctx, 'the answer has no status');
  const status = statusNode.text.trim();
  const parts = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const part of boxnetPortOperationTable[operation].output) {
      if (part.name === 'status') continue;
      const names = [part.name, ...(PART_ALIASES[part.name] ?? [])];
      const node = response.children.find((c) => names.includes(c.name));
      if (node) out[part.name] = decodeValue(ctx, node, part.type, part.name);
    }
    return out;
  };
  return { status, parts };
}

function collectRefs(node: XmlNode, refs: Map<string, XmlNode>): void {
  for (const c of node.children) {
    const id = c.attrs.id;
    if (id !== undefined) refs.set(id, c);
    collectRefs(c, refs);
  }
}

function resolve(ctx: DecodeContext, node: XmlNode, path: string): XmlNode {
  const href = node.attrs.href;
  if (href === undefined) return node;
  const target = ctx.refs.get(href.replace(/^#/, ''));
  if (!target) throw fail(ctx, `${path} refers to ${href}, which the answer does not hold`);
  return target;
}

function isNil(node: XmlNode): boolean {
  const nil = node.attrs.nil;
  return nil === 'true' || nil === '1';
}

/** Decodes one value by its declared WSDL type (the declared type wins over xsi:type: Box sends int for longs). */
export function decodeValue(ctx: DecodeContext, raw: XmlNode, type: string, path: string): unknown {
  const node = resolve(ctx, raw, path);
  if (isNil(node)) return null;
  const local = type.replace(/^\w+:/, '');
  if (local === 'base64Binary') return decodeBinary(ctx, node, path);
  if (type.startsWith('xsd:') || type.startsWith('xs:')) return decodeScalar(ctx, node.text, local, path);
  const entry = TYPES[local];
  if (!entry) throw fail(ctx, `${path} has the unknown type ${type}`);
  if (entry.kind === 'array') {
    return node.children.map((item, index) => decodeValue(ctx, item, entry.item, `${path}[${index}]`));
  }
  const out: Record<string, unknown> = {};
  for (const field of entry.fields) {
    const member = child(node, field.name);
    if (!member) {
      // The package's one rule: a value the answer does not carry is null, never a missing field (README).
      if (field.optional) {
        out[field.name] = null;
        continue;
      }
      throw fail(ctx, `${path}.${field.name} is missing`);
    }
    // Box's 0/1 integers that mean yes/no (specs/boxnet/flags.json) are booleans, as in the tree and upload answers.
    const type = field.flag ? 'xsd:boolean' : field.type;
    out[field.name] = decodeValue(ctx, member, type, `${path}.${field.name}`);
  }
  return out;
}

export function decodeScalar(ctx: { operation: string }, text: string, xsdType: string, path: string): unknown {
  switch (xsdType) {
    case 'string':
      return text;
    case 'int':
    case 'long':
    case 'short':
    case 'integer':
      return decodeInteger(ctx, text, path);
    case 'boolean': {
      const t = text.trim();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      throw fail(ctx, `${path} is not a boolean: "${t.slice(0, 20)}"`);
    }
    case 'base64Binary':
      return base64Bytes(ctx, text, path);
    case 'double':
    case 'float':
    case 'decimal': {
      const n = Number(text.trim());
      if (!Number.isFinite(n)) throw fail(ctx, `${path} is not a number`);
      return n;
    }
    default:
      return text;
  }
}

/** An integer that fits a JS number exactly; anything beyond 2^53 is an error, never a rounded id. */
export function decodeInteger(ctx: { operation: string }, text: string, path: string): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw fail(ctx, `${path} is not an integer: "${t.slice(0, 20)}"`);
  const n = Number(t);
  if (!Number.isSafeInteger(n)) {
    throw fail(ctx, `${path} = ${t} is beyond 2^53 and cannot be represented exactly as a number`);
  }
  return n;
}

/**
 * A base64Binary part as its bytes. Box sends base64 text; the seed's get_friends and get_updates samples carry the
 * document itself as child elements of the part instead, so those are written back out as XML text (UTF-8). An empty
 * part is an error, never an empty success: every base64Binary part of the API holds a document.
 */
function decodeBinary(ctx: { operation: string }, node: XmlNode, path: string): Uint8Array {
  if (node.children.length > 0) return new TextEncoder().encode(node.children.map(toXml).join(''));
  const bytes = base64Bytes(ctx, node.text, path);
  if (bytes.byteLength === 0) throw fail(ctx, `${path} is an empty payload`);
  return bytes;
}

function toXml(node: XmlNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<${node.name}${attrs}>${escapeXml(node.text)}${node.children.map(toXml).join('')}</${node.name}>`;
}

/** base64 text (whitespace allowed, as Box wraps it) to bytes, without Node's Buffer so browsers can run it. */
export function base64Bytes(ctx: { operation: string }, text: string, path: string): Uint8Array {
  const cleaned = text.replace(/\s+/g, '');
  let binary: string;
  try {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned)) throw new Error('not base64');
    binary = atob(cleaned);
  } catch {
    throw fail(ctx, `${path} is not base64`);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
