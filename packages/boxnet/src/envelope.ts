import { ProtocolError } from '@fileclients/core';
import type { BoxnetOperation } from './errors.js';
import { boxnetPortOperationTable, boxnetPortTypeTable } from './generated/wsdl.gen.js';
import { escapeXml } from './xml.js';

export const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP_ENC = 'http://schemas.xmlsoap.org/soap/encoding/';
export const XSD = 'http://www.w3.org/2001/XMLSchema';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const BOXNET_NS = 'urn:boxnet';

/** A value as the caller hands it over: longs may be bigint or decimal strings, so ids never lose precision. */
export type WireValue = string | number | bigint | boolean | readonly string[] | null | undefined;

/**
 * The rpc/encoded request for one operation: every part in WSDL order, each with its xsi:type, arrays as
 * SOAP-ENC:Array with arrayType, encodingStyle on the Body. Unknown keys and missing parts are errors, because a
 * positional peer (PEAR, .NET) would silently bind the wrong value.
 */
export function buildEnvelope(operation: BoxnetOperation, args: Readonly<Record<string, WireValue>>): string {
  const table = boxnetPortOperationTable[operation];
  const known: readonly { readonly name: string }[] = table.input;
  for (const key of Object.keys(args)) {
    if (!known.some((part) => part.name === key))
      throw invalid(operation, `"${key}" is not a parameter of ${operation}`);
  }
  const parts = table.input.map((part) => encodePart(operation, part.name, part.type, args[part.name]));
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV}" xmlns:SOAP-ENC="${SOAP_ENC}" xmlns:xsd="${XSD}" xmlns:xsi="${XSI}" xmlns:ns1="${BOXNET_NS}">` +
    `<SOAP-ENV:Body SOAP-ENV:encodingStyle="${SOAP_ENC}">` +
    `<ns1:${operation}>${parts.join('')}</ns1:${operation}>` +
    '</SOAP-ENV:Body></SOAP-ENV:Envelope>'
  );
}

function invalid(operation: string, message: string): ProtocolError {
  return new ProtocolError(`invalid request: ${message}`, { provider: 'boxnet', operation });
}

function encodePart(operation: string, name: string, type: string, value: WireValue): string {
  if (value === undefined || value === null) throw invalid(operation, `the parameter ${name} is missing`);
  const arrayType = arrayItemType(type);
  if (arrayType !== undefined) {
    if (!Array.isArray(value)) throw invalid(operation, `${name} must be a list of strings`);
    const items = (value as readonly string[]).map(
      (item) => `<item xsi:type="${arrayType}">${escapeXml(String(item))}</item>`,
    );
    return `<${name} xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="${arrayType}[${items.length}]">${items.join('')}</${name}>`;
  }
  return `<${name} xsi:type="${type}">${encodeScalar(operation, name, type, value)}</${name}>`;
}

function arrayItemType(type: string): string | undefined {
  const local = type.replace(/^\w+:/, '');
  const entry = (boxnetPortTypeTable as Readonly<Record<string, { kind: string; item?: string }>>)[local];
  return entry?.kind === 'array' ? entry.item : undefined;
}

function encodeScalar(operation: string, name: string, type: string, value: WireValue): string {
  switch (type) {
    case 'xsd:string':
      if (typeof value !== 'string') throw invalid(operation, `${name} must be a string`);
      return escapeXml(value);
    case 'xsd:int':
    case 'xsd:long': {
      const text = typeof value === 'bigint' ? value.toString() : typeof value === 'number' ? String(value) : value;
      if (typeof value === 'number' && !Number.isSafeInteger(value)) {
        throw invalid(operation, `${name} must be a safe integer (pass a bigint or a decimal string beyond 2^53)`);
      }
      if (typeof text !== 'string' || !/^-?\d+$/.test(text)) throw invalid(operation, `${name} must be an integer`);
      return text;
    }
    case 'xsd:boolean':
      if (typeof value !== 'boolean') throw invalid(operation, `${name} must be a boolean`);
      return value ? 'true' : 'false';
    default:
      throw invalid(operation, `${name} has the unsupported input type ${type}`);
  }
}
