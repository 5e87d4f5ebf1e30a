import { isAuthError, isConflictError, isNotFoundError, isProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { BoxnetStatusError } from '../src/index.js';
import { fakeClient, rejection } from './helpers.js';
import { boxResponse } from './seed-fixtures.js';

const fileInfo = (fileId: string, extra = '') =>
  boxResponse(
    'get_file_info',
    `<status xsi:type="xsd:string">s_get_file_info</status><info xsi:type="ns4:SOAPFileInfo"><file_id xsi:type="xsd:long">${fileId}</file_id><file_name xsi:type="xsd:string">a.txt</file_name><folder_id xsi:type="xsd:long">0</folder_id><shared xsi:type="xsd:long">0</shared><public_name xsi:type="xsd:string"/><size xsi:type="xsd:long">1</size><description xsi:type="xsd:string">  two spaces  </description><sha1 xsi:type="xsd:string"></sha1><created xsi:type="xsd:long">1</created><updated xsi:type="xsd:long">2</updated>${extra}</info>`,
  );

describe('decoding', () => {
  it('turns a long beyond 2^53 into an error, never a rounded number', async () => {
    const { client } = fakeClient(() => fileInfo('9007199254740993'));
    const error = await rejection(client.call('get_file_info', { file_id: 1 }));
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toMatch(/boxnet get_file_info: .*9007199254740993 is beyond 2\^53/);
  });

  it('keeps 2^53 - 1 exactly and empty strings as empty strings', async () => {
    const { client } = fakeClient(() => fileInfo('9007199254740991'));
    const r = await client.call('get_file_info', { file_id: 1 });
    expect(r.info.file_id).toBe(Number.MAX_SAFE_INTEGER);
    expect(r.info.public_name).toBe('');
    expect(r.info.sha1).toBe('');
  });

  it('reads xsi:nil as null', async () => {
    const { client } = fakeClient(() =>
      boxResponse(
        'get_account_info',
        '<status xsi:type="xsd:string">get_account_info_ok</status><user xsi:type="ns4:SOAPUser"><login xsi:type="xsd:string">a</login><email xsi:type="xsd:string">a</email><access_id xsi:type="xsd:int" xsi:nil="true"/><user_id xsi:type="xsd:int">1</user_id><space_amount xsi:type="xsd:long">10</space_amount><space_used xsi:type="xsd:long" xsi:nil="1"/><max_upload_size xsi:type="xsd:long">5</max_upload_size></user>',
      ),
    );
    const r = await client.call('get_account_info', {});
    expect(r.user).toEqual({
      login: 'a',
      email: 'a',
      access_id: null,
      user_id: 1,
      space_amount: 10,
      space_used: null,
      max_upload_size: 5,
    });
  });

  const comment = (id: number, message: string) =>
    `<comment_id xsi:type="xsd:long">${id}</comment_id><message xsi:type="xsd:string">${message}</message><user_name xsi:type="xsd:string">u</user_name><user_id xsi:type="xsd:long">7</user_id><created xsi:type="xsd:long">100</created><avatar_url xsi:type="xsd:string"></avatar_url>`;

  it('reads inline SOAP-ENC arrays of structs, nested', async () => {
    const { client } = fakeClient(() =>
      boxResponse(
        'get_comments',
        `<status xsi:type="xsd:string">get_comments_ok</status><comments xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="ns4:SOAPComment[2]"><item xsi:type="ns4:SOAPComment">${comment(1, 'first')}<reply_comments xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="ns4:SOAPComment[1]"><item>${comment(3, 'reply')}</item></reply_comments></item><item xsi:type="ns4:SOAPComment">${comment(2, 'second')}</item></comments>`,
      ),
    );
    const r = await client.call('get_comments', { target_id: 1, target: 'file' });
    expect(r.comments.map((c) => c.message)).toEqual(['first', 'second']);
    expect(r.comments[0]?.reply_comments?.[0]?.comment_id).toBe(3);
    expect(r.comments[1]?.reply_comments).toBeNull();
  });

  it('reads multiref (href) arrays, whatever the item names', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:tns="urn:boxnet" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
<soap:Body soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
<tns:get_commentsResponse><status xsi:type="xsd:string">get_comments_ok</status><comments href="#id1"/></tns:get_commentsResponse>
<soapenc:Array id="id1" soapenc:arrayType="tns:SOAPComment[2]"><Item href="#id2"/><Item href="#id3"/></soapenc:Array>
<tns:SOAPComment id="id2">${comment(10, 'x')}</tns:SOAPComment>
<tns:SOAPComment id="id3">${comment(11, 'y')}</tns:SOAPComment>
</soap:Body></soap:Envelope>`;
    const { client } = fakeClient(() => xml);
    const r = await client.call('get_comments', { target_id: 1, target: 'file' });
    expect(r.comments.map((c) => c.comment_id)).toEqual([10, 11]);
    expect(r.comments[1]?.message).toBe('y');
  });

  it('answers SOAP faults with a ProtocolError carrying the faultcode', async () => {
    const fault =
      '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>bad call</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>';
    const { client } = fakeClient(() => new Response(fault, { status: 500 }));
    const error = await rejection(client.call('get_ticket', {}));
    expect(isProtocolError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'SOAP-ENV:Client', operation: 'get_ticket' });
  });

  it('refuses malformed XML and an answer for another operation', async () => {
    const broken = fakeClient(() => '<SOAP-ENV:Envelope><SOAP-ENV:Body><status>');
    expect(isProtocolError(await rejection(broken.client.call('get_ticket', {})))).toBe(true);
    const other = fakeClient(() => boxResponse('logout', '<status xsi:type="xsd:string">logout_ok</status>'));
    expect(String(await rejection(other.client.call('get_ticket', {})))).toMatch(/expected get_ticketResponse/);
  });
});

describe('status strings', () => {
  const answering = (operation: string, status: string) =>
    fakeClient(() => boxResponse(operation, `<status xsi:type="xsd:string">${status}</status>`)).client;

  it.each(['not_logged_in', 'not_logged_id', 'invalid_auth_token'])('%s is an AuthError', async (status) => {
    const error = await rejection(
      answering('get_account_tree', status).call('get_account_tree', { folder_id: 0, params: [] }),
    );
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'boxnet', operation: 'get_account_tree', code: status });
  });

  it('application_restricted is an AuthError about the API key', async () => {
    const error = await rejection(answering('get_ticket', 'application_restricted').call('get_ticket', {}));
    expect(isAuthError(error)).toBe(true);
    expect(String(error)).toMatch(/API key/);
  });

  it('maps documented failures to typed errors that carry the status', async () => {
    const notFound = await rejection(
      answering('create_folder', 'e_no_parent_folder').call('create_folder', { parent_id: 1, name: 'x', share: 0 }),
    );
    expect(isNotFoundError(notFound)).toBe(true);
    const conflict = await rejection(
      answering('register_new_user', 'email_already_registered').call('register_new_user', {
        login: 'a',
        password: 'b',
      }),
    );
    expect(isConflictError(conflict)).toBe(true);
    const move = await rejection(
      answering('move', 'e_move_node').call('move', { target: 'file', target_id: 1, destination_id: 2 }),
    );
    expect(move).toBeInstanceOf(BoxnetStatusError);
    expect(move).toMatchObject({ boxnetStatus: 'e_move_node', code: 'e_move_node', operation: 'move' });
  });

  it('an undocumented status is a ProtocolError naming it', async () => {
    const error = await rejection(answering('logout', 'something_new').call('logout', {}));
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toMatch(/undocumented status "something_new"/);
  });

  it('s_folder_exists is an outcome, not an error', async () => {
    const r = await answering('create_folder', 's_folder_exists').call('create_folder', {
      parent_id: 0,
      name: 'x',
      share: 0,
    });
    expect(r.status).toBe('s_folder_exists');
  });

  it('never sends a session call without a token', async () => {
    const { client, requests } = fakeClient(() => '', null);
    expect(isAuthError(await rejection(client.call('logout', {})))).toBe(true);
    expect(requests).toHaveLength(0);
  });
});

describe('the seed samples as scraped (before repair)', () => {
  it.each([
    ['authorization', '<status xsi:ty\'e="xsd:string">logged</status>'],
    ['get_friends', '<status xsi:type="xsd:string">s_get_friends</status><friends>a & b</friends>'],
  ])('%s is refused as malformed XML, naming the operation', async (operation, inner) => {
    const { client } = fakeClient(() => boxResponse(operation, inner));
    const call =
      operation === 'authorization'
        ? client.call('authorization', { login: 'l', password: 'p', method: '' })
        : client.call('get_friends', { params: [] });
    const error = await rejection(call);
    expect(isProtocolError(error)).toBe(true);
    // core's parser words the message (and its redactor may blank the quoted markup); the class and operation matter.
    expect(error).toMatchObject({ provider: 'boxnet', operation });
  });
});

describe('HTTP failures of the SOAP endpoint', () => {
  it('map through core (403 is an AuthError, 503 a TransportError), naming the operation', async () => {
    const forbidden = fakeClient(() => new Response('no', { status: 403 }));
    expect(await rejection(forbidden.client.call('get_ticket', {}))).toMatchObject({
      kind: 'auth',
      status: 403,
      operation: 'get_ticket',
    });
    const down = fakeClient(() => new Response('busy', { status: 503 }));
    expect(await rejection(down.client.call('get_ticket', {}))).toMatchObject({ kind: 'transport', status: 503 });
  });
});
