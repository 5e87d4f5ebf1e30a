import { isProtocolError } from '@fileclients/core';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeTree, decodeUploadResponse, unpackPayload } from '../src/index.js';

const TREE = `<?xml version="1.0" ?>
<folder id="0" name="" shared="0">
<tags></tags>
<files></files>
<folders>
<folder id="4384" name="Incoming" shared="1" shared_link="http://box.net/s/x" description="d">
<tags><tag id="34" /></tags>
<files>
<file id="68736" file_name="cows.w3g" keyword="" shared="0" size="232386" created="1129537520" updated="1129537520"><tags></tags></file>
<file id="68737" file_name="silver.html" keyword="" shared="0" size="15805" created="1129537520" updated="1129537520"><tags><tag id="35" /></tags></file>
</files>
<folders></folders>
</folder>
</folders>
</folder>`;

const zipped = (text: string, name = 'tree.xml') => Buffer.from(zipSync({ [name]: strToU8(text) })).toString('base64');

describe('account tree payloads', () => {
  it('unzips the first entry of a PKZIP archive and types the tree (the seed documented tree, closed)', () => {
    const tree = decodeTree(zipped(TREE));
    expect(tree.folders).toHaveLength(1);
    const incoming = tree.folders[0];
    expect(incoming).toMatchObject({
      id: 4384,
      name: 'Incoming',
      shared: true,
      shared_link: 'http://box.net/s/x',
      tags: [34],
    });
    expect(incoming?.files.map((f) => [f.id, f.file_name, f.size, f.tags])).toEqual([
      [68736, 'cows.w3g', 232386, []],
      [68737, 'silver.html', 15805, [35]],
    ]);
    expect(incoming?.files[0]?.keyword).toBe('');
  });

  it('reads plain XML when the bytes are not an archive, whatever the flags said', () => {
    expect(decodeTree(Buffer.from(TREE).toString('base64')).folders[0]?.id).toBe(4384);
  });

  it('refuses an archive that inflates beyond the limit', () => {
    const bomb = zipped(`<folder id="0" name="${'x'.repeat(200_000)}"/>`);
    let error: unknown;
    try {
      decodeTree(bomb, { maxUnzippedBytes: 100_000 });
    } catch (e) {
      error = e;
    }
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toMatch(/boxnet get_account_tree: .*beyond the limit of 100000 bytes/);
  });

  it('refuses text that is not base64', () => {
    expect(() => unpackPayload('<folder/>', 'get_account_tree')).toThrow(/not base64/);
  });
});

describe('upload response', () => {
  it('reads per-file results and errors (the seed sample)', () => {
    const r = decodeUploadResponse(
      `<?xml version='1.0' encoding='UTF-8' ?> <response> <status>upload_ok</status> <files> <file file_name="read_me.txt" id="5996" folder_id="756" shared="0" public_name="" /> <file file_name="Rally.avi" error="filesize_limit_exceeded" /> </files> </response>`,
    );
    expect(r).toEqual({
      status: 'upload_ok',
      files: [
        { file_name: 'read_me.txt', id: 5996, folder_id: 756, shared: false, public_name: '', error: null },
        {
          file_name: 'Rally.avi',
          id: null,
          folder_id: null,
          shared: null,
          public_name: null,
          error: 'filesize_limit_exceeded',
        },
      ],
    });
  });
});
