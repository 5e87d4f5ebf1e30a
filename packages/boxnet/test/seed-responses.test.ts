import { describe, expect, it } from 'vitest';
import { fakeClient } from './helpers.js';
import { boxResponse, SEED_RESPONSES } from './seed-fixtures.js';

const { client } = fakeClient((operation) => {
  const inner = SEED_RESPONSES[operation];
  if (inner === undefined) throw new Error(`no seed response for ${operation}`);
  return boxResponse(operation, inner);
});

const seedUser = {
  login: 'login@email.com',
  email: 'login@email.com',
  access_id: 453,
  user_id: 453,
  space_amount: 2147483648,
  space_used: 49927894,
  // Absent from the seed's samples (minOccurs 0): null, never a missing field.
  max_upload_size: null,
};
const registeredUser = (login: string) => ({
  login,
  email: login,
  access_id: null,
  user_id: 398376,
  space_amount: 1073741824,
  space_used: null,
  max_upload_size: null,
});

describe('every sample response of the seed decodes', () => {
  it('has a fixture for each of the 23 documented operations', () => {
    expect(Object.keys(SEED_RESPONSES)).toHaveLength(23);
  });

  it('get_ticket', async () => {
    expect(await client.call('get_ticket', {})).toEqual({
      status: 'get_ticket_ok',
      ticket: '819f55922d47097715b723218176a3a5',
    });
  });
  it('get_auth_token', async () => {
    const r = await client.call('get_auth_token', { ticket: 'bxquuv025arztljze2n438md9zef95e8' });
    expect(r).toEqual({ status: 'get_auth_token_ok', auth_token: '819f55922d47097715b723218176a3a5', user: seedUser });
  });
  it('authorization', async () => {
    const r = await client.call('authorization', { login: 'login@email.com', password: 'password', method: '' });
    expect(r).toEqual({ status: 'logged', auth_token: '819f55922d47097715b723218176a3a5', user: seedUser });
  });
  it('logout', async () => {
    expect(await client.call('logout', {})).toEqual({ status: 'logout_ok' });
  });
  it('register_new_user: sid is read as auth_token, xsi:nil as null', async () => {
    const r = await client.call('register_new_user', { login: 'tapi@email.com', password: 'password' });
    expect(r).toEqual({
      status: 'successful_register',
      auth_token: '70608aca552d69d475e48ec602119d4a',
      user: registeredUser('newuser@email.com'),
    });
  });
  it('register_paid_user', async () => {
    const r = await client.call('register_paid_user', {
      login: 'johndoe@example.com',
      password: 'password',
      name: 'John Doe',
      plan: 'Business',
      period: 'Year',
      credit_card_first_name: 'John',
      credit_card_last_name: 'Doe',
      credit_card_street_address: '100 Main Street',
      credit_card_zip: '12345',
      credit_card_country: 'US',
      credit_card_number: '0000000000000000',
      credit_card_cvv: '111',
      credit_card_exp_date: '1109',
    });
    expect(r).toEqual({
      status: 'successful_register',
      auth_token: '70608aca552d69d475e48ec602119d4a',
      user: registeredUser('johndoe@example.com'),
    });
  });
  it('verify_registration_email', async () => {
    expect(await client.call('verify_registration_email', { login: 'tapi@email.com' })).toEqual({ status: 'email_ok' });
  });
  it('get_account_tree: base64 of plain XML (no zip) becomes a typed tree', async () => {
    const tree = await client.getAccountTree(0);
    expect(tree).toEqual({
      id: 0,
      name: '',
      shared: false,
      shared_link: null,
      description: null,
      tags: [],
      folders: [],
      files: [
        {
          id: 2791,
          file_name: '1.gif',
          keyword: null,
          shared: false,
          shared_link: null,
          size: 505,
          created: 1157538709,
          updated: 1161591315,
          sha1: null,
          description: null,
          tags: [],
        },
      ],
    });
  });
  it('export_tags', async () => {
    expect(await client.exportTags()).toEqual([
      { id: 37, name: 'tag1' },
      { id: 38, name: 'tag2' },
    ]);
  });
  it('create_folder: the empty password stays an empty string', async () => {
    const r = await client.call('create_folder', { parent_id: 428, name: 'New Folder', share: 1 });
    expect(r).toEqual({
      status: 'create_ok',
      folder: {
        folder_id: 541,
        folder_name: 'New Folder',
        folder_type_id: 0,
        user_id: 453,
        path: '/12345wwv',
        shared: false,
        public_name: 'gh23ghjj',
        password: '',
        parent_folder_id: 428,
      },
    });
  });
  it.each([
    ['move', { target: 'file', target_id: 3777, destination_id: 440 }, 's_move_node'],
    ['rename', { target: 'file', target_id: 3778, new_name: '4.jpg' }, 's_rename_node'],
    ['delete', { target: 'file', target_id: 3695 }, 's_delete_node'],
    ['public_unshare', { target: 'file', target_id: 3778 }, 'unshare_ok'],
    [
      'private_share',
      { target: 'file', target_id: 3687, emails: ['some@email.com'], message: 'message here', notify: true },
      'private_share_ok',
    ],
    ['add_to_mybox', { file_id: 0, public_name: 'n3myhu0zif', folder_id: 541, tags: '' }, 'addtomybox_ok'],
    ['add_to_tag', { tags: ['music'], target: 'file', target_id: 224 }, 'addtotag_ok'],
    ['set_description', { target: 'file', target_id: 224, description: '123' }, 's_set_description'],
    [
      'request_friends',
      { emails: ['email1@example.com', 'email2@example.com'], message: '123', params: ['auto_subscribe'] },
      's_request_friends',
    ],
  ] as const)('%s', async (operation, args, status) => {
    expect(await client.callRaw(operation, args)).toEqual({ status });
  });
  it('public_share', async () => {
    const r = await client.call('public_share', {
      target: 'file',
      target_id: 3778,
      password: 'password',
      message: 'hey',
      emails: ['notify1@email.com', 'notify2@email.com'],
    });
    expect(r).toEqual({ status: 'share_ok', public_name: 'a64ebam2dx' });
  });
  it('get_file_info: the <file> alias is read as info, empty strings kept', async () => {
    const r = await client.call('get_file_info', { file_id: 224 });
    expect(r).toEqual({
      status: 's_get_file_info',
      info: {
        file_id: 224,
        file_name: 'Box Press Release.doc',
        folder_id: 0,
        shared: false,
        public_name: '',
        size: 22528,
        description: '',
        sha1: '9a0bc49038c167151c544ac0b5fc9042335a41a3',
        created: 1182159570,
        updated: 1182159571,
      },
    });
  });
  it('get_friends', async () => {
    expect(await client.getFriends({ nozip: true })).toEqual([
      {
        name: 'email2@example.com',
        email: 'email2@example.com',
        accepted: true,
        avatar_url: 'http://box.net/index.php?rm=box_user_avatar&user_id=398396&width=40&height=40&type=large',
        boxes: [{ id: 15, url: 'http://box.net/p/email2', status: '0' }],
        subscriptions: [
          { box_id: 14, user_name: 'email3@example.com', url: 'http://box.net/p/email3', status: 'subscribed' },
        ],
      },
    ]);
  });
  it('get_updates', async () => {
    expect(await client.getUpdates({ begin: 0, end: 1180341648 }, { nozip: true })).toEqual([
      {
        name: '',
        message: '',
        updated: 1180341648,
        user_name: 'email1@example.xom',
        public_url: 'http://box.net/p/email1',
        files: [
          {
            name: '',
            size: '293.5 KB',
            date: 'May 28, 2007',
            thumbnail: 'http://dav1.box.net/large_thumb/2007-05-28/b711d51b95bd888ada7a46999b3d2b70.jpg',
          },
        ],
      },
    ]);
  });
});
