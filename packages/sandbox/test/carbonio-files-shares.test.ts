import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '../src/carbonio-files/index.js';
import { base64Name, gql, soapLogin, uploadRaw } from './carbonio-files-helpers.js';

describe('carbonio-files sandbox: shares seen from the other side', () => {
  let sandbox: CarbonioFilesSandbox;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    sandbox = await startCarbonioFilesSandbox();
    alice = await soapLogin(sandbox);
    bob = await soapLogin(sandbox, {
      ...sandbox.credentials,
      username: sandbox.credentials.otherUser.email,
      password: sandbox.credentials.otherUser.password,
    });
  });
  afterAll(() => sandbox.stop());

  const createFolder = async (token: string, parent: string, name: string) => {
    const res = await gql(
      sandbox,
      token,
      'mutation M($p: String!, $n: String!) { createFolder(destination_id: $p, name: $n) { id } }',
      {
        p: parent,
        n: name,
      },
    );
    return res;
  };

  it('keeps each account in its own LOCAL_ROOT', async () => {
    await uploadRaw(sandbox, alice, 'private.txt', 'secret');
    const list = await gql(
      sandbox,
      bob,
      'query { getNode(node_id: "LOCAL_ROOT") { ... on Folder { children(limit: 50, sort: NAME_ASC) { nodes { id } } } } }',
    );
    expect(list.body.data?.getNode).toEqual({ children: { nodes: [] } });
  });

  it('shares through a distribution list: READ_ONLY lets bob read, not write', async () => {
    const folder = await createFolder(alice, 'LOCAL_ROOT', 'team');
    const folderId = (folder.body.data?.createFolder as { id: string } | undefined)?.id ?? '';
    const fileId = await uploadRaw(sandbox, alice, 'plan.txt', 'the plan', folderId);
    const share = await gql(
      sandbox,
      alice,
      'mutation M($n: ID!, $t: ID!) { createShare(node_id: $n, share_target_id: $t, permission: READ_ONLY) { share_target { __typename ... on DistributionList { name users(limit: 10) { email } } } } }',
      { n: folderId, t: sandbox.credentials.distributionList.id },
    );
    expect(share.body.data?.createShare).toEqual({
      share_target: { __typename: 'DistributionList', name: 'Team', users: [{ email: 'bob@files.test' }] },
    });

    const found = await gql(
      sandbox,
      bob,
      'query { findNodes(shared_with_me: true) { nodes { id permissions { can_read can_write_folder can_delete } } } }',
    );
    const nodes = (found.body.data?.findNodes as { nodes: Array<{ id: string }> } | undefined)?.nodes ?? [];
    expect(nodes.map((n) => n.id).sort()).toEqual([folderId, fileId].sort());
    expect(nodes[0]).toMatchObject({ permissions: { can_read: true, can_write_folder: false, can_delete: false } });

    const download = await fetch(`${sandbox.url}/services/files/download/${fileId}`, {
      headers: { cookie: `ZM_AUTH_TOKEN=${bob}` },
    });
    expect(await download.text()).toBe('the plan');
    const denied = await createFolder(bob, folderId, 'mine');
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ errorCode: 'NODE_WRITE_ERROR' });
    const upload = await fetch(`${sandbox.url}/services/files/upload`, {
      method: 'POST',
      headers: { cookie: `ZM_AUTH_TOKEN=${bob}`, filename: base64Name('x.txt'), parentid: folderId },
      body: 'x',
    });
    expect(upload.status).toBe(404);
    const deleted = await gql(sandbox, bob, 'mutation M($i: [ID!]) { deleteNodes(node_ids: $i) }', { i: [fileId] });
    expect(deleted.body.data?.deleteNodes).toEqual([]);
    expect(deleted.body.errors?.[0]?.extensions).toMatchObject({ errorCode: 'NODE_WRITE_ERROR', nodeId: fileId });
  });

  it('lets bob write once the share is upgraded, and hides the node again when it is removed', async () => {
    const folder = await createFolder(alice, 'LOCAL_ROOT', 'shared-rw');
    const folderId = (folder.body.data?.createFolder as { id: string } | undefined)?.id ?? '';
    const bobId = sandbox.credentials.otherUser.id;
    await gql(
      sandbox,
      alice,
      'mutation M($n: ID!, $t: ID!) { createShare(node_id: $n, share_target_id: $t, permission: READ_ONLY) { permission } }',
      {
        n: folderId,
        t: bobId,
      },
    );
    await gql(
      sandbox,
      alice,
      'mutation M($n: ID!, $t: ID!) { updateShare(node_id: $n, share_target_id: $t, permission: READ_AND_WRITE) { permission } }',
      {
        n: folderId,
        t: bobId,
      },
    );
    const created = await createFolder(bob, folderId, 'from-bob');
    expect(created.body.errors).toBeUndefined();
    await gql(sandbox, alice, 'mutation M($n: ID!, $t: ID!) { deleteShare(node_id: $n, share_target_id: $t) }', {
      n: folderId,
      t: bobId,
    });
    const gone = await gql(sandbox, bob, 'query Q($n: ID!) { getNode(node_id: $n) { id } }', { n: folderId });
    expect(gone.body.errors?.[0]?.extensions).toMatchObject({ errorCode: 'NODE_NOT_FOUND' });
  });

  it('shares a node with whoever opens its collaboration link', async () => {
    const fileId = await uploadRaw(sandbox, alice, 'invite.txt', 'come in');
    const created = await gql(
      sandbox,
      alice,
      'mutation M($n: ID!) { createCollaborationLink(node_id: $n, permission: READ_AND_SHARE) { url } }',
      { n: fileId },
    );
    const url = (created.body.data?.createCollaborationLink as { url: string } | undefined)?.url ?? '';
    const before = await gql(sandbox, bob, 'query Q($n: ID!) { getNode(node_id: $n) { id } }', { n: fileId });
    expect(before.body.errors?.[0]?.extensions).toMatchObject({ errorCode: 'NODE_NOT_FOUND' });
    const opened = await fetch(url, { redirect: 'manual', headers: { cookie: `ZM_AUTH_TOKEN=${bob}` } });
    expect(opened.status).toBe(307);
    expect(opened.headers.get('location')).toContain(fileId);
    const share = await gql(
      sandbox,
      bob,
      'query Q($n: ID!) { getNode(node_id: $n) { permissions { can_share can_write_file } } }',
      {
        n: fileId,
      },
    );
    expect(share.body.data?.getNode).toEqual({ permissions: { can_share: true, can_write_file: false } });
  });

  it('stops serving a public link once it has expired', async () => {
    const fileId = await uploadRaw(sandbox, alice, 'short-lived.txt', 'soon gone');
    const link = await gql(
      sandbox,
      alice,
      'mutation M($n: ID!, $e: DateTime) { createLink(node_id: $n, expires_at: $e) { id url } }',
      {
        n: fileId,
        e: Date.now() + 60_000,
      },
    );
    const { id, url } = (link.body.data?.createLink as { id: string; url: string } | undefined) ?? { id: '', url: '' };
    expect((await fetch(url)).status).toBe(200);
    await gql(sandbox, alice, 'mutation M($l: ID!, $e: DateTime) { updateLink(link_id: $l, expires_at: $e) { id } }', {
      l: id,
      e: Date.now() - 1,
    });
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${sandbox.url}/services/files/link/${id}`)).status).toBe(404);
  });
});
