import { createHash } from 'node:crypto';
import type { FileEntry, HashAlgorithm } from '@fileclients/core';
import { check, child, equal, listAll, put, text } from './helpers.js';
import type { ConformanceTest } from './types.js';

const HEX_LENGTH: Readonly<Record<HashAlgorithm, number>> = { md5: 32, sha1: 40, sha256: 64 };

/** Every hash an entry carries must be the content's real one, lowercase hex; declared ones must be present. */
function checkHashes(entry: FileEntry, data: Uint8Array, declared: readonly HashAlgorithm[], where: string): void {
  for (const algorithm of declared) {
    check(entry.hashes?.[algorithm] !== undefined, `${where} lacks the declared ${algorithm} hash`);
  }
  for (const [algorithm, value] of Object.entries(entry.hashes ?? {})) {
    check(algorithm in HEX_LENGTH, `${where} reports an unknown hash algorithm ${algorithm}`);
    const expected = createHash(algorithm).update(data).digest('hex');
    check(
      typeof value === 'string' && value.length === HEX_LENGTH[algorithm as HashAlgorithm] && /^[0-9a-f]+$/.test(value),
      `${where}: ${algorithm} ${JSON.stringify(value)} is not lowercase hex of the right length`,
    );
    equal(value, expected, `${algorithm} reported by ${where}`);
  }
}

/** An old time in whole seconds: every provider that keeps times keeps at least seconds. */
const KEPT_TIME = new Date('2021-04-05T06:07:08.000Z');

function checkTime(entry: FileEntry, where: string): void {
  check(entry.modified instanceof Date, `${where} gave no modified Date`);
  const drift = Math.abs(entry.modified.getTime() - KEPT_TIME.getTime());
  check(drift < 1000, `${where} reports ${entry.modified.toISOString()}, expected ${KEPT_TIME.toISOString()}`);
}

export const metadataTests: ConformanceTest[] = [
  {
    // Runs everywhere: a store that reports no hashes passes, one that reports a wrong hash fails.
    name: 'hashes/reported hashes are the content hashes',
    async run({ store, dir }) {
      const data = text('hash me: fileclients conformance\n');
      const path = child(dir, 'hashed.txt');
      const declared = store.capabilities.hashes ?? [];
      checkHashes(await put(store, path, data), data, [], 'upload');
      checkHashes(await store.stat(path), data, declared, 'stat');
      const listed = (await listAll(store, dir)).find((entry) => entry.name === 'hashed.txt');
      check(listed !== undefined, 'the uploaded file is not listed');
      checkHashes(listed, data, declared, 'list');
      const empty = child(dir, 'empty.txt');
      if (store.capabilities.emptyFiles)
        checkHashes(await store.stat((await put(store, empty, '')).path), text(''), declared, 'stat of an empty file');
    },
  },
  {
    name: 'upload/modified time is kept',
    requires: (caps) => (caps.uploadModified ? undefined : 'store does not declare uploadModified'),
    async run({ store, dir }) {
      const path = child(dir, 'old.txt');
      const data = text('from 2021');
      await store.upload(path, { source: data, size: data.byteLength }, { modified: KEPT_TIME });
      checkTime(await store.stat(path), 'stat');
      const listed = (await listAll(store, dir)).find((entry) => entry.name === 'old.txt');
      check(listed !== undefined, 'the uploaded file is not listed');
      checkTime(listed, 'list');
    },
  },
  {
    name: 'setModified/changes the time of an existing file',
    requires: (caps) => (caps.setModified ? undefined : 'store does not declare setModified'),
    async run({ store, dir }) {
      check(store.setModified !== undefined, 'capabilities.setModified is true but the store has no setModified()');
      const path = child(dir, 'touched.txt');
      await put(store, path, 'x');
      checkTime(await store.setModified(path, KEPT_TIME), 'setModified');
      checkTime(await store.stat(path), 'stat after setModified');
    },
  },
];
