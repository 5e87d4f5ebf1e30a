import { isConflictError, isFileClientError, isNotFoundError } from '@fileclients/core';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarbonioFilesClient, createCarbonioFilesClient } from '../src/index.js';

let sandbox: CarbonioFilesSandbox;
let client: CarbonioFilesClient;

beforeAll(async () => {
  sandbox = await startCarbonioFilesSandbox();
  client = createCarbonioFilesClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
  });
});
afterAll(() => sandbox.stop());

async function folder(name: string, parent = 'LOCAL_ROOT'): Promise<string> {
  const created = await client.createFolder({ destination_id: parent, name });
  return created.id;
}

async function file(name: string, content: string, parentId?: string): Promise<string> {
  const { nodeId } = await client.upload({ name, source: content, ...(parentId ? { parentId } : {}) });
  return nodeId;
}

describe('carbonio-files client against the sandbox: queries', () => {
  it('lists the roots and configs', async () => {
    expect(await client.getRootsList()).toEqual([
      { __typename: 'Root', id: 'LOCAL_ROOT', name: 'ROOT' },
      { __typename: 'Root', id: 'TRASH_ROOT', name: 'TRASH' },
    ]);
    const configs = await client.getConfigs();
    expect(configs).toContainEqual({ name: 'max-number-of-versions', value: '30' });
  });

  it('gets a root as a Folder of type ROOT, and a file with its fields', async () => {
    const root = await client.getNode({ node_id: 'LOCAL_ROOT' });
    expect(root).toMatchObject({ __typename: 'Folder', type: 'ROOT', name: 'ROOT' });
    const id = await file('report.final.pdf', '%PDF');
    const node = await client.getNode({ node_id: id });
    expect(node).toMatchObject({
      __typename: 'File',
      name: 'report.final',
      extension: 'pdf',
      mime_type: 'application/pdf',
      type: 'APPLICATION',
      size: 4,
      version: 1,
      rootId: 'LOCAL_ROOT',
      owner: { email: sandbox.credentials.username },
      permissions: { can_write_file: true, can_delete: true },
    });
    expect(typeof node?.created_at).toBe('number');
  });

  it('pages through children 50 at a time until the token is null', async () => {
    const parent = await folder('many');
    for (let i = 0; i < 53; i++) await file(`f${String(i).padStart(2, '0')}.txt`, String(i), parent);
    const names: string[] = [];
    for await (const child of client.children(parent)) names.push(child.name);
    expect(names).toHaveLength(53);
    expect(names[0]).toBe('f00');
    const small: string[] = [];
    for await (const child of client.children(parent, { pageSize: 10, sort: 'NAME_DESC' })) small.push(child.name);
    expect(small[0]).toBe('f52');
    expect(small).toHaveLength(53);
  });

  it('clamps a page size above 50 instead of sending it', async () => {
    const page = await client.getChildren({ node_id: 'LOCAL_ROOT', limit: 50, sort: 'NAME_ASC' });
    expect(page?.__typename).toBe('Folder');
    const all: string[] = [];
    for await (const child of client.children('LOCAL_ROOT', { pageSize: 500 })) all.push(child.id);
    expect(all.length).toBeGreaterThan(0);
  });

  it('finds nodes by keyword across pages, and by flag', async () => {
    const parent = await folder('search');
    for (let i = 0; i < 4; i++) await file(`needle-${i}.txt`, 'x', parent);
    const hits: string[] = [];
    for await (const node of client.findNodes({ keywords: ['needle'], pageSize: 3 })) hits.push(node.name);
    expect(hits.sort()).toEqual(['needle-0', 'needle-1', 'needle-2', 'needle-3']);
    const first = await file('flagme.txt', 'x', parent);
    expect((await client.flagNodes({ node_ids: [first], flag: true })).succeeded).toEqual([first]);
    const flagged: string[] = [];
    for await (const node of client.findNodes({ flagged: true })) flagged.push(node.id);
    expect(flagged).toEqual([first]);
  });

  it('returns the path from the root down to a node', async () => {
    const a = await folder('path-a');
    const b = await folder('path-b', a);
    const path = await client.getPath({ node_id: b });
    expect(path.map((n) => n?.name)).toEqual(['ROOT', 'path-a', 'path-b']);
  });

  it('looks up users and distribution lists', async () => {
    const other = sandbox.credentials.otherUser;
    expect(await client.getUserById({ user_id: other.id })).toEqual({
      __typename: 'User',
      id: other.id,
      email: other.email,
      full_name: other.fullName,
    });
    const dl = await client.getAccountByEmail({ email: sandbox.credentials.distributionList.email });
    expect(dl).toMatchObject({ __typename: 'DistributionList', name: 'Team' });
    const many = await client.getAccountsByEmail({ emails: [other.email, 'nobody@files.test'] });
    expect(many.map((a) => a?.__typename ?? null)).toEqual(['User', null]);
    await expect(client.getUserById({ user_id: 'missing' })).rejects.toSatisfy(isNotFoundError);
  });
});

describe('carbonio-files client against the sandbox: mutations', () => {
  it('creates, renames and describes a folder (keeping newlines), and refuses a duplicate', async () => {
    const id = await folder('docs');
    const updated = await client.updateNode({ node_id: id, name: 'documents', description: 'line 1\nline 2' });
    expect(updated).toMatchObject({ name: 'documents', description: 'line 1\nline 2' });
    const error = await client.createFolder({ destination_id: 'LOCAL_ROOT', name: 'documents' }).catch((e) => e);
    expect(isConflictError(error)).toBe(true);
    expect(error.code).toBe('NODE_DUPLICATED');
    expect(error.message).toMatch(/^carbonio-files createFolder: /);
  });

  it('reports a validation error with the operation name', async () => {
    const error = await client.createFolder({ destination_id: 'LOCAL_ROOT', name: '   ' }).catch((e) => e);
    expect(isFileClientError(error)).toBe(true);
    expect(error.code).toBe('ValidationError');
  });

  it('trashes and restores, reporting per node which succeeded', async () => {
    const id = await file('trash-me.txt', 'x');
    const missing = '00000000-0000-0000-0000-000000000000';
    const trashed = await client.trashNodes({ node_ids: [id, missing] });
    expect(trashed.succeeded).toEqual([id]);
    expect(trashed.failed).toHaveLength(1);
    expect(trashed.failed[0]?.id).toBe(missing);
    expect(isNotFoundError(trashed.failed[0]?.error)).toBe(true);
    expect((await client.getNode({ node_id: id }))?.rootId).toBe('TRASH_ROOT');
    const restored = await client.restoreNodes({ node_ids: [id] });
    expect(restored.succeeded.map((n) => n.rootId)).toEqual(['LOCAL_ROOT']);
  });

  it('moves and copies with automatic renaming, then deletes for good', async () => {
    const from = await folder('move-from');
    const to = await folder('move-to');
    const a = await file('same.txt', 'a', from);
    await file('same.txt', 'b', to);
    const moved = await client.moveNodes({ node_ids: [a], destination_id: to });
    expect(moved.succeeded[0]?.name).toBe('same (1)');
    const copied = await client.copyNodes({ node_ids: [a], destination_id: from });
    expect(copied.succeeded[0]?.name).toBe('same (1)');
    const refused = await client.moveNodes({ node_ids: [a], destination_id: 'TRASH_ROOT' }).catch((e) => e);
    expect(isFileClientError(refused)).toBe(true);
    const deleted = await client.deleteNodes({ node_ids: [a] });
    expect(deleted.succeeded).toEqual([a]);
    await expect(client.getNode({ node_id: a })).rejects.toSatisfy(isNotFoundError);
  });

  it('lists, keeps, clones and deletes versions', async () => {
    const id = await file('versions.txt', 'v1');
    await client.uploadVersion({ nodeId: id, name: 'versions.txt', source: 'v2' });
    await client.uploadVersion({ nodeId: id, name: 'versions.txt', source: 'v3' });
    expect((await client.getVersions({ node_id: id })).map((v) => v?.version)).toEqual([3, 2, 1]);
    expect(await client.keepVersions({ node_id: id, versions: [1], keep_forever: true })).toEqual([1]);
    const clone = await client.cloneVersion({ node_id: id, version: 1 });
    expect(clone).toMatchObject({ version: 4, cloned_from_version: 1 });
    expect(await client.deleteVersions({ node_id: id, versions: [1, 2] })).toEqual([2]);
    const old = await client.getNode({ node_id: id, version: 1 });
    expect(old).toMatchObject({ version: 1, keep_forever: true });
  });

  it('shares with a user: create, read, update, delete', async () => {
    const id = await file('shared.txt', 'x');
    const target = sandbox.credentials.otherUser.id;
    const share = await client.createShare({ node_id: id, share_target_id: target, permission: 'READ_ONLY' });
    expect(share).toMatchObject({ permission: 'READ_ONLY', share_target: { __typename: 'User', id: target } });
    const expires = Date.now() + 86_400_000;
    const updated = await client.updateShare({
      node_id: id,
      share_target_id: target,
      permission: 'READ_AND_WRITE',
      expires_at: expires,
    });
    expect(updated).toMatchObject({ permission: 'READ_AND_WRITE', expires_at: expires });
    expect((await client.getShare({ node_id: id, share_target_id: target }))?.permission).toBe('READ_AND_WRITE');
    const again = await client
      .createShare({ node_id: id, share_target_id: target, permission: 'READ_ONLY' })
      .catch((e) => e);
    expect(isConflictError(again)).toBe(true);
    expect(await client.deleteShare({ node_id: id, share_target_id: target })).toBe(true);
    expect(await client.deleteShare({ node_id: id, share_target_id: target })).toBe(false);
    await expect(client.getShare({ node_id: id, share_target_id: target })).rejects.toSatisfy(isNotFoundError);
  });

  it('manages public and collaboration links', async () => {
    const id = await file('linked.txt', 'public');
    const link = await client.createLink({ node_id: id, description: 'for the team' });
    expect(link.url).toMatch(/\/public\/link\/download\/\w{32}$/);
    const updated = await client.updateLink({
      link_id: link.id,
      description: 'changed',
      expires_at: Date.now() + 60_000,
    });
    expect(updated?.description).toBe('changed');
    expect((await client.getLinks({ node_id: id })).map((l) => l?.id)).toEqual([link.id]);
    const collab = await client.createCollaborationLink({ node_id: id, permission: 'READ_AND_SHARE' });
    expect(collab.url).toMatch(/\/services\/files\/invite\/\w{8}$/);
    expect((await client.getCollaborationLinks({ node_id: id })).map((l) => l?.id)).toEqual([collab.id]);
    const removed = await client.deleteCollaborationLinks({ collaboration_link_ids: [collab.id, 'nope'] });
    expect(removed.succeeded).toEqual([collab.id]);
    expect(removed.failed.map((f) => f.id)).toEqual(['nope']);
    expect((await client.deleteLinks({ link_ids: [link.id] })).succeeded).toEqual([link.id]);
    const longDescription = await client.createLink({ node_id: id, description: 'x'.repeat(301) }).catch((e) => e);
    expect(longDescription.code).toBe('ValidationError');
  });

  it('unflags nodes', async () => {
    const id = await file('unflag.txt', 'x');
    await client.flagNodes({ node_ids: [id], flag: true });
    expect((await client.flagNodes({ node_ids: [id], flag: false })).succeeded).toEqual([id]);
    expect((await client.getNode({ node_id: id }))?.flagged).toBe(false);
  });
});
