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

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** A copy of the archive with the first local header's general-purpose flags set to `flags`. */
function withFlags(archive: Uint8Array, flags: number): Uint8Array {
  const copy = archive.slice();
  new DataView(copy.buffer).setUint16(6, flags, true);
  return copy;
}

describe('account tree payloads', () => {
  it('unzips the first entry of a PKZIP archive and types the tree (the seed documented tree, closed)', async () => {
    const tree = await decodeTree(zipped(TREE));
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

  it('reads plain XML when the bytes are not an archive, whatever the flags said', async () => {
    expect((await decodeTree(Buffer.from(TREE).toString('base64'))).folders[0]?.id).toBe(4384);
  });

  it('refuses an archive that inflates beyond the limit', async () => {
    const bomb = zipped(`<folder id="0" name="${'x'.repeat(200_000)}"/>`);
    const error = await rejection(decodeTree(bomb, { maxUnzippedBytes: 100_000 }));
    expect(isProtocolError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'boxnet', operation: 'get_account_tree' });
    expect(String(error)).toMatch(/boxnet get_account_tree: .*beyond the limit of 100000 bytes/);
  });

  it('refuses a bomb whose header gives no sizes (streamed archive): the stream itself is limited', async () => {
    const bomb = zipSync({ 'tree.xml': new Uint8Array(8 * 1024 * 1024) });
    const lying = withFlags(bomb, 0x08); // bit 3: "the sizes follow the data", so only the stream says how much
    const error = await rejection(unpackPayload(lying, 'get_account_tree', { maxUnzippedBytes: 1_000_000 }));
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toMatch(/beyond the limit of 1000000 bytes/);
  });

  it('inflates exactly up to the limit', async () => {
    const text = 'y'.repeat(100_000);
    expect(await unpackPayload(zipped(text), 'export_tags', { maxUnzippedBytes: 100_000 })).toBe(text);
  });

  it('types corrupt deflate data as a ProtocolError (rejected, never an unhandled rejection)', async () => {
    const archive = zipSync({ 'tree.xml': strToU8(TREE) });
    const start = 30 + 'tree.xml'.length;
    const corrupt = archive.slice();
    corrupt.fill(0xff, start, start + 16); // 0b111: a reserved block type
    const error = await rejection(decodeTree(corrupt));
    expect(isProtocolError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'boxnet', operation: 'get_account_tree' });
    expect(String(error)).toMatch(/boxnet get_account_tree: the archive is damaged/);
  });

  it('types a truncated deflate stream as a ProtocolError', async () => {
    const archive = zipSync({ 'tree.xml': strToU8(TREE.repeat(20)) });
    const cut = withFlags(archive.subarray(0, 30 + 'tree.xml'.length + 40), 0x08);
    const error = await rejection(unpackPayload(cut, 'get_friends'));
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toMatch(/boxnet get_friends: the archive is damaged/);
  });

  it('refuses text that is not base64', async () => {
    await expect(unpackPayload('<folder/>', 'get_account_tree')).rejects.toThrow(/not base64/);
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
