/**
 * Issue 14 points 6 and 7: the base64Binary parts through `call()`. The seed's get_friends and get_updates samples
 * carry their document inline (child elements of the part), the others as base64 text; both are decoded to the
 * payload's bytes, and an empty part is an error that says "empty payload", never an empty success.
 */
import { isProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { fakeClient } from './helpers.js';
import { b64, boxResponse, FRIENDS_XML, SEED_RESPONSES, UPDATES_XML } from './seed-fixtures.js';

const status = (s: string) => `<status xsi:type="xsd:string">${s}</status>`;

function clientAnswering(inner: Record<string, string>) {
  return fakeClient((operation) => {
    const body = inner[operation] ?? SEED_RESPONSES[operation];
    if (body === undefined) throw new Error(`no response for ${operation}`);
    return boxResponse(operation, body);
  }).client;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('base64Binary parts through call() (issue 14.6, 14.7)', () => {
  const seed = clientAnswering({});

  it('get_friends, inline as the seed prints it: the document, not ""', async () => {
    const r = await seed.call('get_friends', { params: ['nozip'] });
    expect(r.friends).toBeInstanceOf(Uint8Array);
    expect(text(r.friends)).toMatch(/^<friends><friend><name>email2@example\.com<\/name>/);
    expect(text(r.friends)).toContain('<box_id>14</box_id>');
    expect((await seed.getFriends({ nozip: true }))[0]?.boxes).toEqual([
      { id: 15, url: 'http://box.net/p/email2', status: '0' },
    ]);
  });

  it('get_updates, inline as the seed prints it', async () => {
    const r = await seed.call('get_updates', { begin_timestamp: 0, end_timestamp: 1180341648, params: ['nozip'] });
    expect(text(r.updates)).toContain('<updated>1180341648</updated>');
    expect((await seed.getUpdates({ begin: 0, end: 1180341648 }, { nozip: true }))[0]?.files[0]?.size).toBe('293.5 KB');
  });

  it('the same documents as base64 text decode to the same values', async () => {
    const encoded = clientAnswering({
      get_friends: `${status('s_get_friends')}<friends xsi:type="xsd:base64Binary">${b64(FRIENDS_XML)}</friends>`,
      get_updates: `${status('s_get_updates')}<updates xsi:type="xsd:base64Binary">${b64(UPDATES_XML)}</updates>`,
    });
    expect(await encoded.getFriends()).toEqual(await seed.getFriends());
    expect(await encoded.getUpdates({ begin: 0, end: 1 })).toEqual(await seed.getUpdates({ begin: 0, end: 1 }));
    expect(text((await encoded.call('get_friends', { params: [] })).friends)).toBe(FRIENDS_XML);
  });

  it('tree and tag_xml come back decoded, not as base64 text', async () => {
    const tree = (await seed.call('get_account_tree', { folder_id: 0, params: [] })).tree;
    expect(text(tree)).toMatch(/^<\?xml version="1\.0"\?><folder id="0"/);
    const tags = (await seed.call('export_tags', {})).tag_xml;
    expect(text(tags)).toBe('<?xml version="1.0"?><tags><tag id="37">tag1</tag><tag id="38">tag2</tag></tags>');
  });

  it.each([
    ['get_friends', 'friends', () => empty.getFriends()],
    ['get_updates', 'updates', () => empty.getUpdates({ begin: 0, end: 1 })],
    ['get_account_tree', 'tree', () => empty.getAccountTree()],
    ['export_tags', 'tag_xml', () => empty.exportTags()],
  ] as const)(
    '%s: an empty %s part is an "empty payload" error from call() and the typed method',
    async (op, part, typed) => {
      const error = await failure(typed());
      expect(isProtocolError(error)).toBe(true);
      expect(error.message).toBe(`boxnet ${op}: ${part} is an empty payload`);
    },
  );
});

const emptyOf = (okStatus: string, part: string) =>
  `${status(okStatus)}<${part} xsi:type="xsd:base64Binary"></${part}>`;
const empty = clientAnswering({
  get_friends: emptyOf('s_get_friends', 'friends'),
  get_updates: emptyOf('s_get_updates', 'updates'),
  get_account_tree: emptyOf('listing_ok', 'tree'),
  export_tags: emptyOf('export_tags_ok', 'tag_xml'),
});
