import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type BoxnetSandboxCredentials, type Sandbox, startBoxnetSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoxnetClient, createBoxnetClient } from '../src/index.js';

// PHP's ext/soap is an independent rpc/encoded implementation: it checks our WSDL, our sandbox's answers and our
// client's requests from the outside. CI installs Debian's php-cli and php-soap; without them these tests skip.
const php = spawnSync('php', ['-r', 'echo extension_loaded("soap") ? "yes" : "no";'], { encoding: 'utf8' });
const phpReady = php.status === 0 && php.stdout === 'yes';
if (!phpReady) {
  console.warn(
    'boxnet PHP interop tests skipped: `php` with the soap extension is not installed (apt-get install php-cli php-soap)',
  );
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WSDL = fileURLToPath(new URL('../../../specs/boxnet/boxnet.wsdl', import.meta.url));

describe.skipIf(!phpReady)('PHP SoapClient (WSDL mode) drives the sandbox', () => {
  let sandbox: Sandbox<BoxnetSandboxCredentials>;
  beforeAll(async () => {
    sandbox = await startBoxnetSandbox();
  });
  afterAll(() => sandbox.stop());

  it('runs a session: ticket, login, folder, tree (plain and zipped), rename, share, tags, search, delete, logout', async () => {
    const { stdout } = await promisify(execFile)(
      'php',
      [
        here('./interop/sandbox-client.php'),
        `${sandbox.url}/api/1.0/soap?wsdl`,
        sandbox.credentials.apiKey,
        sandbox.credentials.login,
        sandbox.credentials.password,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(JSON.parse(stdout)).toEqual({
      get_ticket: 'get_ticket_ok',
      authorization: 'logged',
      user_login: sandbox.credentials.login,
      space_amount: 1073741824,
      get_account_info: 'get_account_info_ok',
      create_folder: 'create_ok',
      folder_name: 'From PHP',
      folder_id_is_int: true,
      get_account_tree: 'listing_ok',
      tree_has_folder: true,
      tree_zipped: true,
      rename: 's_rename_node',
      public_share: 'share_ok',
      add_to_tag: 'addtotag_ok',
      tags: expect.stringMatching(/^<\?xml version="1.0"\?><tags><tag id="\d+">php<\/tag><\/tags>$/),
      search: 'search_ok',
      search_folders: ['Renamed by PHP'],
      delete: 's_delete_node',
      logout: 'logout_ok',
      after_logout: 'not_logged_in',
    });
  });
});

/** `php -S 127.0.0.1:0` picks a free port and prints it; resolve with the base URL once it does. */
function startPhpServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn('php', ['-S', '127.0.0.1:0', here('./interop/seed-server.php')], {
      env: { ...process.env, BOXNET_WSDL: WSDL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Development Server \((http:\/\/127\.0\.0\.1:\d+)\) started/);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`php -S exited with ${code}: ${output}`)));
  });
}

describe.skipIf(!phpReady)('our client drives a PHP SoapServer serving our WSDL with the seed values', () => {
  let server: { url: string; child: ChildProcess };
  let client: BoxnetClient;
  beforeAll(async () => {
    server = await startPhpServer();
    client = createBoxnetClient({
      apiKey: 'rrc1d3n4b53tt6b2vh1il6tdtrsxov3v',
      authToken: '819f55922d47097715b723218176a3a5',
      baseUrl: server.url,
    });
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill();
    await exited;
  });

  const seedUser = {
    login: 'login@email.com',
    email: 'login@email.com',
    access_id: 453,
    user_id: 453,
    space_amount: 2147483648,
    space_used: 49927894,
    max_upload_size: null,
  };

  it('authentication and registration', async () => {
    expect(await client.call('get_ticket', {})).toEqual({
      status: 'get_ticket_ok',
      ticket: '819f55922d47097715b723218176a3a5',
    });
    expect(await client.call('get_auth_token', { ticket: 'bxquuv025arztljze2n438md9zef95e8' })).toEqual({
      status: 'get_auth_token_ok',
      auth_token: '819f55922d47097715b723218176a3a5',
      user: seedUser,
    });
    expect(await client.call('authorization', { login: 'login@email.com', password: 'password', method: '' })).toEqual({
      status: 'logged',
      auth_token: '819f55922d47097715b723218176a3a5',
      user: seedUser,
    });
    // PHP writes null as xsi:nil="true": it must come back as null.
    expect(await client.call('register_new_user', { login: 'tapi@email.com', password: 'password' })).toEqual({
      status: 'successful_register',
      auth_token: '70608aca552d69d475e48ec602119d4a',
      user: {
        login: 'newuser@email.com',
        email: 'newuser@email.com',
        access_id: null,
        user_id: 398376,
        space_amount: 1073741824,
        space_used: null,
        max_upload_size: null,
      },
    });
    const paid = await client.call('register_paid_user', {
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
    expect(paid.status).toBe('successful_register');
    expect((await client.call('verify_registration_email', { login: 'tapi@email.com' })).status).toBe('email_ok');
    expect((await client.call('get_account_info', {})).user).toEqual({ ...seedUser, max_upload_size: 104857600 });
  });

  it('tree, tags, friends and updates (base64 written by ext/soap)', async () => {
    const tree = await client.getAccountTree(0);
    expect(tree.files.map((f) => [f.id, f.file_name, f.size, f.created])).toEqual([[2791, '1.gif', 505, 1157538709]]);
    expect(await client.exportTags()).toEqual([
      { id: 37, name: 'tag1' },
      { id: 38, name: 'tag2' },
    ]);
    const [friend] = await client.getFriends({ nozip: true });
    expect(friend?.avatar_url).toBe(
      'http://box.net/index.php?rm=box_user_avatar&user_id=398396&width=40&height=40&type=large',
    );
    const [update] = await client.getUpdates({ begin: 0, end: 1180341648 }, { nozip: true });
    expect(update).toMatchObject({ updated: 1180341648, user_name: 'email1@example.xom' });
  });

  it('files and folders: PHP receives our ints, strings, booleans and arrays as the seed sent them', async () => {
    const folder = await client.call('create_folder', { parent_id: 428, name: 'New Folder', share: 1 });
    expect(folder).toMatchObject({
      status: 'create_ok',
      folder: { folder_id: 541, password: '', parent_folder_id: 428 },
    });
    expect((await client.call('move', { target: 'file', target_id: 3777, destination_id: 440 })).status).toBe(
      's_move_node',
    );
    expect(await client.call('copy', { target: 'file', target_id: 3777, destination_id: 440 })).toEqual({
      status: 's_copy_node',
      new_id: 3780,
    });
    expect((await client.call('rename', { target: 'file', target_id: 3778, new_name: '4.jpg' })).status).toBe(
      's_rename_node',
    );
    expect((await client.call('delete', { target: 'file', target_id: 3695 })).status).toBe('s_delete_node');
    const info = await client.call('get_file_info', { file_id: 224 });
    expect(info.info).toMatchObject({
      file_id: 224,
      file_name: 'Box Press Release.doc',
      public_name: '',
      description: '',
      size: 22528,
    });
    expect((await client.call('set_description', { target: 'file', target_id: 224, description: '123' })).status).toBe(
      's_set_description',
    );
    const share = await client.call('public_share', {
      target: 'file',
      target_id: 3778,
      password: 'password',
      message: 'hey',
      emails: ['notify1@email.com', 'notify2@email.com'],
    });
    expect(share).toEqual({ status: 'share_ok', public_name: 'a64ebam2dx' });
    expect((await client.call('public_unshare', { target: 'file', target_id: 3778 })).status).toBe('unshare_ok');
    const priv = await client.call('private_share', {
      target: 'file',
      target_id: 3687,
      emails: ['some@email.com'],
      message: 'message here',
      notify: true,
    });
    expect(priv.status).toBe('private_share_ok');
    const mybox = await client.call('add_to_mybox', {
      file_id: 0,
      public_name: 'n3myhu0zif',
      folder_id: 541,
      tags: '',
    });
    expect(mybox.status).toBe('addtomybox_ok');
    expect((await client.call('add_to_tag', { tags: ['music', 'mp3'], target: 'file', target_id: 224 })).status).toBe(
      'addtotag_ok',
    );
    const friends = await client.call('request_friends', {
      emails: ['email1@example.com', 'email2@example.com'],
      message: '123',
      params: ['auto_subscribe'],
    });
    expect(friends.status).toBe('s_request_friends');
  });

  it('comments and search: arrays of structs as ext/soap encodes them', async () => {
    const comments = await client.call('get_comments', { target_id: 224, target: 'file' });
    expect(comments.comments.map((c) => c.message)).toEqual(['first', 'second']);
    expect(comments.comments[0]?.reply_comments?.map((c) => c.comment_id)).toEqual([2]);
    const added = await client.call('add_comment', { target_id: 224, target: 'file', message: 'hello' });
    expect(added.comment).toMatchObject({ comment_id: 4, message: 'hello' });
    expect((await client.call('delete_comment', { target_id: 4 })).status).toBe('delete_comment_ok');
    const search = await client.call('search', {
      query: 'Box',
      page: 1,
      per_page: 10,
      sort: 'name',
      direction: 'asc',
      params: [],
    });
    expect(search.files[0]).toMatchObject({ id: 224, parent_id: '0', match_type: { name: 'Box' } });
    expect(search.folders).toEqual([]);
  });

  it('logout', async () => {
    expect((await client.call('logout', {})).status).toBe('logout_ok');
  });
});
