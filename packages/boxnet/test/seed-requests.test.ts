import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../src/envelope.js';
import { parseXml, type XmlNode } from '../src/xml.js';

// Golden comparison with the seed's request samples: after normalisation (namespace prefixes dropped, `sid` read as
// auth_token per D1, multiref arrays resolved, the declared type for longs sent as xsd:int) our envelope carries the
// same parts, in the same order, with the same values and types.

type Part = [name: string, type: string, value: string | string[]];

function parts(xml: string, operation: string): Part[] {
  const body = parseXml(xml, { operation }).children.find((c) => c.name === 'Body');
  if (!body) throw new Error('no Body');
  const refs = new Map(body.children.filter((c) => c.attrs.id).map((c) => [c.attrs.id, c] as const));
  const call = body.children.find((c) => c.name === operation);
  if (!call) throw new Error(`no ${operation}`);
  return call.children.map((raw): Part => {
    const node: XmlNode = raw.attrs.href ? (refs.get(raw.attrs.href.slice(1)) ?? raw) : raw;
    const name = raw.name === 'sid' ? 'auth_token' : raw.name;
    if (node.children.length > 0 || (node.attrs.arrayType ?? '').length > 0) {
      return [name, 'array', node.children.map((c) => c.text)];
    }
    // The seed sends some longs as xsd:int; the declared type is what we send.
    const type = (node.attrs.type ?? '').replace(/^xsd:int$/, 'xsd:long');
    return [name, type, node.text];
  });
}

const SEED = (operation: string, inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:tns="urn:boxnet" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><tns:${operation}>${inner}</soap:Body></soap:Envelope>`;

const cases: [string, string, Record<string, string | number | boolean | string[]>][] = [
  [
    'get_account_tree',
    '<api_key xsi:type="xsd:string">rrc1d3ntb53tt6b2vhail6rdtrsxov3v</api_key><sid xsi:type="xsd:string">4628c8c9c4b86c22567e53d215ecdc79</sid><folder_id xsi:type="xsd:long">0</folder_id><params href="#id1" /></tns:get_account_tree><soapenc:Array id="id1" soapenc:arrayType="xsd:string[0]" />',
    {
      api_key: 'rrc1d3ntb53tt6b2vhail6rdtrsxov3v',
      auth_token: '4628c8c9c4b86c22567e53d215ecdc79',
      folder_id: 0,
      params: [],
    },
  ],
  [
    'public_share',
    '<api_key xsi:type="xsd:string">rrc1d3ntb53tt6b2vhail6rdtrsxov3v</api_key><sid xsi:type="xsd:string">baa8b089c5a635adc0baa68aa1c61bbe</sid><target xsi:type="xsd:string">file</target><target_id xsi:type="xsd:long">3778</target_id><password xsi:type="xsd:string">password</password><message xsi:type="xsd:string">hey</message><emails href="#id1" /></tns:public_share><soapenc:Array id="id1" soapenc:arrayType="xsd:string[2]"><Item>notify1@email.com</Item><Item>notify2@email.com</Item></soapenc:Array>',
    {
      api_key: 'rrc1d3ntb53tt6b2vhail6rdtrsxov3v',
      auth_token: 'baa8b089c5a635adc0baa68aa1c61bbe',
      target: 'file',
      target_id: 3778,
      password: 'password',
      message: 'hey',
      emails: ['notify1@email.com', 'notify2@email.com'],
    },
  ],
  [
    'private_share',
    '<api_key xsi:type="xsd:string">rrc1d3ntb53tt6b2vhail6rdtrsxov3v</api_key><sid xsi:type="xsd:string">baa8b089c5a635adc0baa68aa1c61bbe</sid><target xsi:type="xsd:string">file</target><target_id xsi:type="xsd:long">3687</target_id><emails href="#id1" /><message xsi:type="xsd:string">message here</message><notify xsi:type="xsd:boolean">true</notify></tns:private_share><soapenc:Array id="id1" soapenc:arrayType="xsd:string[1]"><Item>some@email.com</Item></soapenc:Array>',
    {
      api_key: 'rrc1d3ntb53tt6b2vhail6rdtrsxov3v',
      auth_token: 'baa8b089c5a635adc0baa68aa1c61bbe',
      target: 'file',
      target_id: 3687,
      emails: ['some@email.com'],
      message: 'message here',
      notify: true,
    },
  ],
  [
    'request_friends',
    '<api_key xsi:type="xsd:string">rrc1d3n4b53tt6b2vh1il6tdtrsxov3v</api_key><sid xsi:type="xsd:string">5ru84g9ev7gcgzcejq5ocn258m3o4yry</sid><emails xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="xsd:string[2]" SOAP-ENC:offset="[0]"><item xsi:type="xsd:string">email1@example.com</item><item xsi:type="xsd:string">email2@example.com</item></emails><message xsi:type="xsd:string">123</message><params xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="xsd:string[1]" SOAP-ENC:offset="[0]"><item xsi:type="xsd:string">auto_subscribe</item></params></tns:request_friends>',
    {
      api_key: 'rrc1d3n4b53tt6b2vh1il6tdtrsxov3v',
      auth_token: '5ru84g9ev7gcgzcejq5ocn258m3o4yry',
      emails: ['email1@example.com', 'email2@example.com'],
      message: '123',
      params: ['auto_subscribe'],
    },
  ],
  [
    'set_description',
    '<api_key xsi:type="xsd:string">rrc1d3n4b53tt6b2vh1il6tdtrsxov3v</api_key><sid xsi:type="xsd:string">1u5knz7ztli9z8zigepu8opvv0jna11c</sid><target xsi:type="xsd:string">file</target><target_id xsi:type="xsd:int">224</target_id><description xsi:type="xsd:string">123</description></tns:set_description>',
    {
      api_key: 'rrc1d3n4b53tt6b2vh1il6tdtrsxov3v',
      auth_token: '1u5knz7ztli9z8zigepu8opvv0jna11c',
      target: 'file',
      target_id: 224,
      description: '123',
    },
  ],
  [
    'create_folder',
    '<api_key xsi:type="xsd:string">rrc1d3ntb53tt6b2vhail6rdtrsxov3v</api_key><sid xsi:type="xsd:string">baa8b089c5a635adc0baa68aa1c61bbe</sid><parent_id xsi:type="xsd:long">428</parent_id><name xsi:type="xsd:string">New Folder</name><share xsi:type="xsd:long">1</share></tns:create_folder>',
    {
      api_key: 'rrc1d3ntb53tt6b2vhail6rdtrsxov3v',
      auth_token: 'baa8b089c5a635adc0baa68aa1c61bbe',
      parent_id: 428,
      name: 'New Folder',
      share: 1,
    },
  ],
  [
    'authorization',
    '<api_key xsi:type="xsd:string">rrc1d3n4b53tt6b2vh1il6tdtrsxov3v</api_key><login xsi:type="xsd:string">login@email@com</login><password xsi:type="xsd:string">password</password><method xsi:type="xsd:string" /></tns:authorization>',
    { api_key: 'rrc1d3n4b53tt6b2vh1il6tdtrsxov3v', login: 'login@email@com', password: 'password', method: '' },
  ],
];

describe('our envelopes match the seed request samples', () => {
  it.each(cases)('%s', (operation, inner, args) => {
    const ours = parts(buildEnvelope(operation as Parameters<typeof buildEnvelope>[0], args), operation);
    expect(ours).toEqual(parts(SEED(operation, inner), operation));
  });
});
