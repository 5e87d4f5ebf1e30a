import { isAuthError, isNotFoundError, isQuotaError, readAll } from '@fileclients/core';
import { type BoxnetSandboxCredentials, type Sandbox, startBoxnetSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoxnetClient, createBoxnetClient } from '../src/index.js';
import { rejection } from './helpers.js';

let sandbox: Sandbox<BoxnetSandboxCredentials>;
let client: BoxnetClient;

beforeAll(async () => {
  sandbox = await startBoxnetSandbox({ maxUploadBytes: 64 * 1024 });
  client = createBoxnetClient({ apiKey: sandbox.credentials.apiKey, baseUrl: sandbox.url, uploadUrl: sandbox.url });
});
afterAll(() => sandbox.stop());

/** Every operation of the WSDL against the sandbox, in an order that builds on itself. */
describe('every operation against the sandbox', () => {
  let folderId = 0;
  let fileId = 0;

  it('get_ticket + auth page + get_auth_token', async () => {
    const { ticket, authUrl } = await client.getTicket();
    expect(authUrl).toBe(`${sandbox.url}/api/1.0/auth/${ticket}`);
    expect(isAuthError(await rejection(client.getAuthToken(ticket)))).toBe(true); // not approved yet
    const { ticket: second, authUrl: page } = await client.getTicket();
    expect((await fetch(page)).status).toBe(200);
    const { authToken, user } = await client.getAuthToken(second);
    expect(authToken).toMatch(/^[0-9a-f]{32}$/);
    expect(user.login).toBe(sandbox.credentials.login);
  });

  it('authorization (login) and logout', async () => {
    const other = createBoxnetClient({ apiKey: sandbox.credentials.apiKey, baseUrl: sandbox.url });
    expect(isAuthError(await rejection(other.login(sandbox.credentials.login, 'wrong')))).toBe(true);
    const { user } = await other.login(sandbox.credentials.login, sandbox.credentials.password);
    expect(user.user_id).toBe(453);
    await other.logout();
    expect(other.authToken).toBeUndefined();
  });

  it('application_restricted for a wrong API key', async () => {
    const wrong = createBoxnetClient({ apiKey: 'nope', baseUrl: sandbox.url });
    const error = await rejection(wrong.getTicket());
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'application_restricted' });
  });

  it('register_new_user, register_paid_user, verify_registration_email', async () => {
    const r = await client.call('register_new_user', { login: 'new@example.com', password: 'pw' });
    expect(r.status).toBe('successful_register');
    expect(r.auth_token).toMatch(/^[0-9a-f]{32}$/);
    const paid = await client.call('register_paid_user', {
      login: 'paid@example.com',
      password: 'pw',
      name: 'P',
      plan: 'Business',
      period: 'Year',
      credit_card_first_name: 'J',
      credit_card_last_name: 'D',
      credit_card_street_address: 's',
      credit_card_zip: '1',
      credit_card_country: 'US',
      credit_card_number: '0',
      credit_card_cvv: '1',
      credit_card_exp_date: '1109',
    });
    expect(paid.status).toBe('successful_register');
    expect((await client.call('verify_registration_email', { login: 'x@example.com' })).status).toBe('email_ok');
    const taken = await rejection(client.call('verify_registration_email', { login: sandbox.credentials.login }));
    expect(taken).toMatchObject({ code: 'email_already_registered' });
  });

  it('get_account_info', async () => {
    const r = await client.call('get_account_info', {});
    expect(r.user.max_upload_size).toBe(64 * 1024);
  });

  it('create_folder, and s_folder_exists as an outcome', async () => {
    const r = await client.call('create_folder', { parent_id: 0, name: 'Docs', share: 0 });
    expect(r.status).toBe('create_ok');
    folderId = r.folder?.folder_id ?? 0;
    expect(folderId).toBeGreaterThan(0);
    const again = await client.call('create_folder', { parent_id: 0, name: 'Docs', share: 0 });
    expect(again.status).toBe('s_folder_exists');
    expect(
      isNotFoundError(await rejection(client.call('create_folder', { parent_id: 999999, name: 'x', share: 0 }))),
    ).toBe(true);
  });

  it('upload with progress, and per-file errors', async () => {
    const seen: number[] = [];
    const uploaded = await client.uploadFile(
      { folderId },
      { name: 'hello.txt', body: { source: 'hello box', onProgress: (p) => seen.push(p.bytes) } },
    );
    expect(uploaded).toMatchObject({ file_name: 'hello.txt', folder_id: folderId, error: null });
    fileId = uploaded.id ?? 0;
    expect(seen.at(-1)).toBe(9);
    const big = await rejection(
      client.uploadFile({ folderId }, { name: 'big.bin', body: { source: new Uint8Array(65 * 1024) } }),
    );
    expect(isQuotaError(big)).toBe(true);
    expect(big).toMatchObject({ code: 'filesize_limit_exceeded' });
    const mixed = await client.uploadFiles({ folderId }, [
      { name: 'a.txt', body: { source: 'a' } },
      { name: 'b.bin', body: { source: new Uint8Array(65 * 1024) } },
    ]);
    expect(mixed.status).toBe('upload_some_files_failed');
    expect(mixed.files.map((f) => f.error)).toEqual([null, 'filesize_limit_exceeded']);
  });

  it('overwrite and new_copy uploads', async () => {
    const over = await client.uploadFile({ overwrite: fileId }, { name: 'hello.txt', body: { source: 'hello again' } });
    expect(over.id).toBe(fileId);
    const copy = await client.uploadFile({ newCopy: fileId }, { name: 'hello copy.txt', body: { source: 'copy' } });
    expect(copy.id).not.toBe(fileId);
  });

  it('download streams the bytes with progress; the token never shows in errors', async () => {
    const seen: number[] = [];
    const stream = await client.download(fileId, { onProgress: (p) => seen.push(p.bytes) });
    expect(new TextDecoder().decode(await readAll(stream))).toBe('hello again');
    expect(seen.at(-1)).toBe(11);
    const missing = await rejection(client.download(123456789));
    expect(isNotFoundError(missing)).toBe(true);
    expect(String(missing)).not.toContain(client.authToken ?? 'no-token');
  });

  it('get_account_tree: zipped by default, nozip, onelevel, nofiles', async () => {
    const tree = await client.getAccountTree(0);
    const docs = tree.folders.find((f) => f.id === folderId);
    expect(docs?.files.map((f) => f.file_name).sort()).toEqual(['a.txt', 'hello copy.txt', 'hello.txt']);
    const plain = await client.getAccountTree(0, { nozip: true, nofiles: true });
    expect(plain.folders.find((f) => f.id === folderId)?.files).toEqual([]);
    const sub = await client.getAccountTree(folderId, { onelevel: true });
    expect(sub.id).toBe(folderId);
  });

  it('get_file_info', async () => {
    const r = await client.call('get_file_info', { file_id: fileId });
    expect(r.info).toMatchObject({ file_id: fileId, file_name: 'hello.txt', size: 11, folder_id: folderId });
    expect(r.info.sha1).toMatch(/^[0-9a-f]{40}$/);
  });

  it('set_description, add_to_tag, export_tags', async () => {
    await client.call('set_description', { target: 'file', target_id: fileId, description: 'greeting' });
    expect((await client.call('get_file_info', { file_id: fileId })).info.description).toBe('greeting');
    await client.call('add_to_tag', { tags: ['music', 'mp3'], target: 'file', target_id: fileId });
    expect((await client.exportTags()).map((t) => t.name)).toEqual(['music', 'mp3']);
  });

  it('public_share, add_to_mybox, public_unshare, private_share', async () => {
    const shared = await client.call('public_share', {
      target: 'file',
      target_id: fileId,
      password: '',
      message: 'hi',
      emails: [],
    });
    expect(shared.public_name).toMatch(/^[0-9a-f]{10}$/);
    const mine = await client.call('create_folder', { parent_id: 0, name: 'Mine', share: 0 });
    const args = { file_id: fileId, public_name: shared.public_name, folder_id: mine.folder?.folder_id ?? 0, tags: '' };
    expect((await client.call('add_to_mybox', args)).status).toBe('addtomybox_ok');
    expect((await client.call('add_to_mybox', args)).status).toBe('s_link_exists');
    expect((await client.call('public_unshare', { target: 'file', target_id: fileId })).status).toBe('unshare_ok');
    const priv = await client.call('private_share', {
      target: 'file',
      target_id: fileId,
      emails: ['friend@example.com'],
      message: 'look',
      notify: true,
    });
    expect(priv.status).toBe('private_share_ok');
    expect(isNotFoundError(await rejection(client.call('public_unshare', { target: 'file', target_id: 1 })))).toBe(
      true,
    );
  });

  it('get_friends, request_friends, get_updates', async () => {
    expect((await client.getFriends())[0]?.email).toBe('friend@example.com');
    const r = await client.call('request_friends', {
      emails: ['a@example.com'],
      message: 'join',
      params: ['no_email'],
    });
    expect(r.status).toBe('s_request_friends');
    const updates = await client.getUpdates({ begin: 0, end: 2 ** 31 }, { nozip: true });
    expect(updates.map((u) => u.name)).toContain('hello.txt');
    expect(await rejection(client.getUpdates({ begin: 10, end: 1 }))).toMatchObject({ code: 'e_invalid_timestamp' });
  });

  it('add_comment, get_comments, delete_comment', async () => {
    const added = await client.call('add_comment', { target_id: fileId, target: 'file', message: 'nice' });
    expect(added.comment.message).toBe('nice');
    const list = await client.call('get_comments', { target_id: fileId, target: 'file' });
    expect(list.comments.map((c) => c.comment_id)).toEqual([added.comment.comment_id]);
    await client.call('delete_comment', { target_id: added.comment.comment_id });
    expect((await client.call('get_comments', { target_id: fileId, target: 'file' })).comments).toEqual([]);
  });

  it('search', async () => {
    const r = await client.call('search', {
      query: 'hello',
      page: 1,
      per_page: 20,
      sort: 'relevance',
      direction: 'asc',
      params: [],
    });
    // hello.txt twice: the original and the add_to_mybox copy in Mine.
    expect(r.files.map((f) => f.name).sort()).toEqual(['hello copy.txt', 'hello.txt', 'hello.txt']);
    expect(r.folders).toEqual([]);
  });

  it('copy, move, rename, delete', async () => {
    const copied = await client.call('copy', { target: 'file', target_id: fileId, destination_id: 0 });
    expect(copied.new_id).toBeGreaterThan(0);
    await client.call('move', { target: 'file', target_id: copied.new_id, destination_id: folderId });
    await client.call('rename', { target: 'folder', target_id: folderId, new_name: 'Documents' });
    expect((await client.call('get_file_info', { file_id: copied.new_id })).info.folder_id).toBe(folderId);
    await client.call('delete', { target: 'folder', target_id: folderId });
    expect(isAuthError(await rejection(client.call('get_file_info', { file_id: copied.new_id })))).toBe(true);
    const tree = await client.getAccountTree(0);
    expect(tree.folders.map((f) => f.name)).toEqual(['Mine']);
  });

  it('a logged-out token gets not_logged_in / not_logged_id as AuthError', async () => {
    const token = client.authToken;
    await client.logout();
    client.setAuthToken(token);
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ code: 'not_logged_in' });
    expect(await rejection(client.getAccountTree(0))).toMatchObject({ code: 'not_logged_id' });
  });
});
