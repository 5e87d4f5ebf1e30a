import { describe, expect, it } from 'vitest';
import { buildEnvelope, isProtocolErrorLike } from './envelope-helpers.js';

describe('buildEnvelope: rpc/encoded requests', () => {
  it('types every value, orders parts as the WSDL does and puts encodingStyle on the Body', () => {
    // Keys given in another order than the WSDL's: the wire order must still be api_key, auth_token, folder_id, params.
    const xml = buildEnvelope('get_account_tree', {
      params: ['nozip', 'onelevel'],
      folder_id: 0,
      auth_token: 'tok',
      api_key: 'k',
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="urn:boxnet">' +
        '<SOAP-ENV:Body SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><ns1:get_account_tree>' +
        '<api_key xsi:type="xsd:string">k</api_key><auth_token xsi:type="xsd:string">tok</auth_token>' +
        '<folder_id xsi:type="xsd:long">0</folder_id>' +
        '<params xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="xsd:string[2]"><item xsi:type="xsd:string">nozip</item><item xsi:type="xsd:string">onelevel</item></params>' +
        '</ns1:get_account_tree></SOAP-ENV:Body></SOAP-ENV:Envelope>',
    );
  });

  it('writes an empty array with arrayType [0], booleans as true/false, and escapes text', () => {
    const xml = buildEnvelope('private_share', {
      api_key: 'k',
      auth_token: 't',
      target: 'file',
      target_id: 3687,
      emails: [],
      message: 'a < b & "c"',
      notify: true,
    });
    expect(xml).toContain('<emails xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="xsd:string[0]"></emails>');
    expect(xml).toContain('<message xsi:type="xsd:string">a &lt; b &amp; &quot;c&quot;</message>');
    expect(xml).toContain('<notify xsi:type="xsd:boolean">true</notify>');
  });

  it('sends longs beyond 2^53 exactly when given as bigint or string, and refuses unsafe numbers', () => {
    const big = buildEnvelope('get_file_info', { api_key: 'k', auth_token: 't', file_id: 9007199254740993n });
    expect(big).toContain('<file_id xsi:type="xsd:long">9007199254740993</file_id>');
    expect(buildEnvelope('get_file_info', { api_key: 'k', auth_token: 't', file_id: '9007199254740993' })).toContain(
      '>9007199254740993<',
    );
    expect(() => buildEnvelope('get_file_info', { api_key: 'k', auth_token: 't', file_id: 2 ** 53 + 2 })).toThrow(
      /safe integer/,
    );
  });

  it('refuses unknown and missing parameters, naming the operation', () => {
    const unknown = (() => {
      try {
        buildEnvelope('get_ticket', { api_key: 'k', bogus: 'x' });
      } catch (e) {
        return e;
      }
    })();
    expect(isProtocolErrorLike(unknown)).toBe(true);
    expect(String(unknown)).toMatch(/boxnet get_ticket: .*"bogus" is not a parameter/);
    expect(() => buildEnvelope('get_auth_token', { api_key: 'k' })).toThrow(/ticket is missing/);
  });
});
