/**
 * Issue 14.9: one rule across the package (README, "Values"): a yes/no is a boolean wherever it comes from, and a
 * value the answer does not carry is null, never a missing field. Checked on the seed's printed answers.
 */
import { describe, expect, it } from 'vitest';
import { fakeClient } from './helpers.js';
import { boxResponse, SEED_RESPONSES } from './seed-fixtures.js';

const { client } = fakeClient((operation) => boxResponse(operation, SEED_RESPONSES[operation] ?? ''));

describe('boxnet values follow one rule (issue 14.9)', () => {
  it('shared is a boolean from call(), as from the tree', async () => {
    const folder = await client.call('create_folder', { parent_id: 0, name: 'New Folder', share: 0 });
    expect(folder.status === 'create_ok' && folder.folder.shared).toBe(false);
    const info = await client.call('get_file_info', { file_id: 224 });
    expect(info.info.shared).toBe(false);
    const tree = await client.getAccountTree();
    expect(tree.files[0]?.shared).toBe(false);
  });

  it('a member the answer leaves out is null, as a nil one is', async () => {
    const { user } = await client.call('get_auth_token', { ticket: 't' });
    expect(Object.hasOwn(user, 'max_upload_size')).toBe(true);
    expect(user.max_upload_size).toBeNull();
    const registered = await client.call('register_new_user', { login: 'a@b.c', password: 'p' });
    expect(registered.user.space_used).toBeNull();
  });
});
