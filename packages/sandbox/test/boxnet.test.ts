import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoxnetSandboxCredentials, type Sandbox, startBoxnetSandbox } from '../src/index.js';

let sandbox: Sandbox<BoxnetSandboxCredentials>;
beforeAll(async () => {
  sandbox = await startBoxnetSandbox();
});
afterAll(() => sandbox.stop());

const envelope = (operation: string, parts: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="urn:boxnet"><SOAP-ENV:Body ' +
  `SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><ns1:${operation}>${parts}</ns1:${operation}></SOAP-ENV:Body></SOAP-ENV:Envelope>`;

const post = (operation: string, parts: string) =>
  fetch(`${sandbox.url}/api/1.0/soap`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"urn:boxnet#Box_SoapApi#${operation}"` },
    body: envelope(operation, parts),
  });

const s = (name: string, value: string) => `<${name} xsi:type="xsd:string">${value}</${name}>`;

describe('boxnet sandbox', () => {
  it('serves a byte-identical copy of specs/boxnet/boxnet.wsdl', () => {
    const spec = readFileSync(new URL('../../../specs/boxnet/boxnet.wsdl', import.meta.url), 'utf8');
    const copy = readFileSync(new URL('../src/boxnet/boxnet.wsdl', import.meta.url), 'utf8');
    expect(copy, 'run: cp specs/boxnet/boxnet.wsdl packages/sandbox/src/boxnet/').toBe(spec);
  });

  it('serves the WSDL with its own address', async () => {
    const wsdl = await (await fetch(`${sandbox.url}/api/1.0/soap?wsdl`)).text();
    expect(wsdl).toContain('<soap:binding style="rpc"');
    expect(wsdl).toContain(`location="${sandbox.url}/api/1.0/soap"`);
    expect(sandbox.env).toMatchObject({ BOXNET_URL: sandbox.url, BOXNET_API_KEY: sandbox.credentials.apiKey });
  });

  it("answers in Box's style: typed values, namespaces declared, encodingStyle", async () => {
    const text = await (await post('get_ticket', s('api_key', sandbox.credentials.apiKey))).text();
    expect(text).toContain('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
    expect(text).toContain('encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"');
    expect(text).toMatch(
      /<status xsi:type="xsd:string">get_ticket_ok<\/status><ticket xsi:type="xsd:string">[0-9a-f]{32}<\/ticket>/,
    );
  });

  it('rejects parts the WSDL does not have, missing parts and untyped values with a Client fault', async () => {
    const bogus = await post('get_ticket', s('api_key', 'k') + s('bogus', 'x'));
    expect(bogus.status).toBe(500);
    expect(await bogus.text()).toContain('&quot;bogus&quot; is not a part of get_ticketRequest');
    expect(await (await post('get_auth_token', s('api_key', 'k'))).text()).toContain('the part ticket is missing');
    expect(await (await post('get_ticket', '<api_key>k</api_key>')).text()).toContain('api_key has no xsi:type');
  });

  it('zips the tree unless nozip', async () => {
    const login = await (
      await post(
        'authorization',
        s('api_key', sandbox.credentials.apiKey) +
          s('login', sandbox.credentials.login) +
          s('password', sandbox.credentials.password) +
          s('method', ''),
      )
    ).text();
    const token = login.match(/<auth_token xsi:type="xsd:string">(\w+)<\/auth_token>/)?.[1] ?? '';
    const tree = (params: string[]) =>
      post(
        'get_account_tree',
        s('api_key', sandbox.credentials.apiKey) +
          s('auth_token', token) +
          '<folder_id xsi:type="xsd:long">0</folder_id>' +
          `<params xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="xsd:string[${params.length}]">${params.map((p) => s('item', p)).join('')}</params>`,
      ).then(async (r) => {
        const b64 = (await r.text()).match(/<tree xsi:type="xsd:base64Binary">([^<]*)<\/tree>/)?.[1] ?? '';
        return Buffer.from(b64, 'base64');
      });
    const zipped = await tree([]);
    expect(zipped.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const [entry] = Object.values(unzipSync(zipped));
    expect(Buffer.from(entry ?? []).toString()).toContain('<folder id="0"');
    expect((await tree(['nozip'])).toString()).toMatch(/^<\?xml version="1.0"\?><folder id="0"/);
  });

  it('expireSessions invalidates every issued auth_token: the next call answers not_logged_in', async () => {
    const own = await startBoxnetSandbox();
    try {
      const call = (operation: string, parts: string) =>
        fetch(`${own.url}/api/1.0/soap`, {
          method: 'POST',
          headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"urn:boxnet#Box_SoapApi#${operation}"` },
          body: envelope(operation, parts),
        }).then((r) => r.text());
      const key = s('api_key', own.credentials.apiKey);
      const login = await call(
        'authorization',
        key + s('login', own.credentials.login) + s('password', own.credentials.password) + s('method', ''),
      );
      const token = login.match(/<auth_token xsi:type="xsd:string">(\w+)<\/auth_token>/)?.[1] ?? '';
      expect(token).not.toBe('');
      const info = () => call('get_account_info', key + s('auth_token', token));
      expect(await info()).toContain('get_account_info_ok');
      own.expireSessions();
      expect(await info()).toContain('>not_logged_in<');
      const download = await fetch(`${own.url}/api/1.0/download/${token}/1`);
      expect(download.status).toBe(404);
      await download.body?.cancel();
      const again = await call(
        'authorization',
        key + s('login', own.credentials.login) + s('password', own.credentials.password) + s('method', ''),
      );
      const fresh = again.match(/<auth_token xsi:type="xsd:string">(\w+)<\/auth_token>/)?.[1] ?? '';
      expect(await call('get_account_info', key + s('auth_token', fresh))).toContain('get_account_info_ok');
    } finally {
      await own.stop();
    }
  });
});
