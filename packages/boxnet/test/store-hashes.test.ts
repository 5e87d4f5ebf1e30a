import type { FileEntry } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import type { BoxnetClient } from '../src/client.js';
import type { BoxnetTreeFolder, File as TreeFile } from '../src/generated/tree.gen.js';
import { createBoxnetStore } from '../src/store.js';

// The account tree as decoded from the wire, with the sha1 forms a server may send: the seed's get_file_info value,
// the same uppercased, an empty attribute (the seed's tree sample has none at all), and junk.
const file = (id: number, file_name: string, sha1: string | null): TreeFile => ({
  id,
  file_name,
  keyword: null,
  shared: false,
  shared_link: null,
  size: 22528,
  created: 1182159570,
  updated: 1182159571,
  sha1,
  description: null,
  tags: [],
});
const tree: BoxnetTreeFolder = {
  id: 0,
  name: '',
  shared: false,
  shared_link: null,
  description: null,
  tags: [],
  folders: [],
  files: [
    file(1, 'lower.doc', '9a0bc49038c167151c544ac0b5fc9042335a41a3'),
    file(2, 'upper.doc', '9A0BC49038C167151C544AC0B5FC9042335A41A3'),
    file(3, 'empty.doc', ''),
    file(4, 'absent.doc', null),
    file(5, 'junk.doc', 'not-a-sha1'),
  ],
};
const client = { getAccountTree: async () => tree } as unknown as BoxnetClient;

describe('Box.net store: sha1 from the tree', () => {
  it('reports 40 hex digits as lowercase sha1 and leaves anything else out', async () => {
    const out: Record<string, FileEntry['hashes']> = {};
    for await (const entry of createBoxnetStore(client).list('/')) out[entry.name] = entry.hashes;
    expect(out).toEqual({
      'lower.doc': { sha1: '9a0bc49038c167151c544ac0b5fc9042335a41a3' },
      'upper.doc': { sha1: '9a0bc49038c167151c544ac0b5fc9042335a41a3' },
      'empty.doc': undefined,
      'absent.doc': undefined,
      'junk.doc': undefined,
    });
  });
});
