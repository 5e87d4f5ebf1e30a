import { changeTests } from './change-tests.js';
import {
  check,
  child,
  downloadDigest,
  equal,
  expectContent,
  expectError,
  listAll,
  names,
  needs,
  patternDigest,
  patternStream,
  put,
  text,
} from './helpers.js';
import { metadataTests } from './metadata-tests.js';
import type { ConformanceTest, TestContext } from './types.js';

/** Names that break naive encoders: form encoding (+, %), URL fragments (#), NFC/NFD, surrogate pairs, length. */
export const AWKWARD_NAMES: Readonly<Record<string, string>> = {
  spaces: 'with  two spaces and trailing space .txt',
  plus: 'a+b+c.txt',
  percent: '100% done %20 %zz.txt',
  hash: 'issue #8 #hash.txt',
  unicode: 'Ünïcödé 日本語 ñ.txt',
  emoji: 'emoji 🚀📁✨.txt',
  long: `${'long-name-'.repeat(20)}end.txt`,
};

const basics: ConformanceTest[] = [
  {
    name: 'mkdir/creates a folder that stat and list report',
    async run({ store, dir }) {
      const path = child(dir, 'made');
      const made = await store.mkdir(path);
      equal(made.kind, 'folder', 'kind returned by mkdir');
      equal(made.name, 'made', 'name returned by mkdir');
      const stat = await store.stat(path);
      equal(stat.kind, 'folder', 'kind from stat');
      equal(stat.path, path, 'path from stat');
      equal((await names(store, dir)).join('|'), 'made', 'listing after mkdir');
    },
  },
  {
    name: 'mkdir/nested with recursive creates every level',
    async run({ store, dir }) {
      const path = child(dir, 'a/b/c');
      const made = await store.mkdir(path, { recursive: true });
      equal(made.kind, 'folder', 'kind returned by mkdir');
      equal((await store.stat(child(dir, 'a/b'))).kind, 'folder', 'intermediate folder');
      equal((await store.stat(path)).kind, 'folder', 'leaf folder');
      const again = await store.mkdir(path, { recursive: true });
      equal(again.kind, 'folder', 'recursive mkdir of an existing folder');
    },
  },
  {
    name: 'mkdir/existing folder is ConflictError',
    async run({ store, dir }) {
      const path = child(dir, 'twice');
      await store.mkdir(path);
      await expectError('ConflictError', 'mkdir of an existing folder', () => store.mkdir(path));
    },
  },
  {
    name: 'mkdir/missing parent without recursive is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'mkdir under a missing parent', () => store.mkdir(child(dir, 'no/such')));
    },
  },
  {
    name: 'list/empty folder yields nothing',
    async run({ store, dir }) {
      equal((await listAll(store, dir)).length, 0, 'entries in a new folder');
    },
  },
  {
    name: 'list/files and folders with kinds and sizes',
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'sub'));
      await put(store, child(dir, 'one.txt'), 'hello');
      const entries = await listAll(store, dir);
      equal(entries.length, 2, 'entries listed');
      const folder = entries.find((entry) => entry.name === 'sub');
      const file = entries.find((entry) => entry.name === 'one.txt');
      check(folder !== undefined, 'folder "sub" missing from the listing');
      check(file !== undefined, 'file "one.txt" missing from the listing');
      equal(folder.kind, 'folder', 'kind of sub');
      equal(file.kind, 'file', 'kind of one.txt');
      equal(file.size, 5, 'size of one.txt');
      equal(file.path, child(dir, 'one.txt'), 'path of one.txt');
    },
  },
  {
    name: 'list/more entries than a page',
    async run({ store, dir, options }) {
      const expected: string[] = [];
      // A few at a time: sandboxes and real servers throttle bursts, and the suite must not need parallelism.
      const batch = 8;
      for (let start = 0; start < options.pageEntries; start += batch) {
        const group: Promise<unknown>[] = [];
        for (let i = start; i < Math.min(start + batch, options.pageEntries); i++) {
          const name = `entry-${String(i).padStart(4, '0')}.txt`;
          expected.push(name);
          group.push(put(store, child(dir, name), `#${i}`));
        }
        await Promise.all(group);
      }
      const listed = await names(store, dir);
      equal(listed.length, options.pageEntries, 'entries listed');
      equal(new Set(listed).size, listed.length, 'distinct names listed (no page repeated)');
      equal(listed.join('|'), expected.sort().join('|'), 'names listed');
    },
  },
  {
    name: 'list/missing folder is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'list of a missing folder', () => listAll(store, child(dir, 'absent')));
    },
  },
  {
    name: 'stat/file reports name, path, kind and size',
    async run({ store, dir }) {
      const path = child(dir, 'stat.bin');
      await put(store, path, new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
      const entry = await store.stat(path);
      equal(entry.name, 'stat.bin', 'name');
      equal(entry.path, path, 'path');
      equal(entry.kind, 'file', 'kind');
      equal(entry.size, 7, 'size');
    },
  },
  {
    name: 'stat/modification time is reported',
    requires: needs('modifiedTimes', 'store declares modifiedTimes: false'),
    async run({ store, dir }) {
      const path = child(dir, 'timed.txt');
      await put(store, path, 'x');
      const entry = await store.stat(path);
      check(entry.modified instanceof Date, 'stat gave no modified Date');
      check(!Number.isNaN(entry.modified.getTime()), 'modified is an invalid Date');
      check(
        Math.abs(entry.modified.getTime() - Date.now()) < 24 * 3600_000,
        `modified ${entry.modified.toISOString()} is not recent`,
      );
    },
  },
  {
    name: 'stat/missing path is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'stat of a missing file', () => store.stat(child(dir, 'nope.txt')));
    },
  },
];

const uploads: ConformanceTest[] = [
  {
    name: 'upload/empty file',
    requires: needs('emptyFiles', 'store declares emptyFiles: false'),
    async run({ store, dir }) {
      const path = child(dir, 'empty.txt');
      const entry = await put(store, path, new Uint8Array(0));
      equal(entry.kind, 'file', 'kind');
      equal((await store.stat(path)).size, 0, 'size from stat');
      await expectContent(store, path, new Uint8Array(0));
    },
  },
  {
    name: 'upload/small file downloads byte-exact',
    async run({ store, dir }) {
      const path = child(dir, 'small.bin');
      const data = new Uint8Array(4099);
      for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
      const entry = await put(store, path, data);
      equal(entry.size, data.byteLength, 'size returned by upload');
      await expectContent(store, path, data);
    },
  },
  {
    name: 'upload/large streamed upload downloads byte-exact',
    async run({ store, dir, options }) {
      const path = child(dir, 'large.bin');
      const total = options.largeUploadBytes;
      // A factory of a generator: streamed (never held whole) and replayable if the client retries.
      const size = store.capabilities.requiresUploadSize ? { size: total } : {};
      await store.upload(path, { source: () => patternStream(total), ...size });
      equal((await store.stat(path)).size, total, 'size from stat');
      const got = await downloadDigest(store, path);
      equal(got.bytes, total, 'bytes downloaded');
      equal(got.sha256, patternDigest(total), 'sha256 of the download');
    },
  },
  {
    name: 'upload/existing file without overwrite is ConflictError',
    async run({ store, dir }) {
      const path = child(dir, 'clash.txt');
      await put(store, path, 'first');
      await expectError('ConflictError', 'second upload without overwrite', () => put(store, path, 'second'));
      await expectContent(store, path, text('first'));
    },
  },
  {
    name: 'upload/overwrite replaces the content',
    requires: needs('overwrite', 'store declares overwrite: false'),
    async run({ store, dir }) {
      const path = child(dir, 'over.txt');
      await put(store, path, 'first version');
      const data = text('second');
      await store.upload(path, { source: data, size: data.byteLength }, { overwrite: true });
      await expectContent(store, path, data);
      equal((await names(store, dir)).join('|'), 'over.txt', 'listing after overwrite (no clash copy)');
    },
  },
  {
    name: 'upload/onto a folder is ConflictError',
    async run({ store, dir }) {
      const path = child(dir, 'folder');
      await store.mkdir(path);
      await expectError('ConflictError', 'upload onto a folder', () => put(store, path, 'x'));
    },
  },
  {
    name: 'upload/missing parent is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'upload into a missing folder', () =>
        put(store, child(dir, 'absent/file.txt'), 'x'),
      );
    },
  },
];

const awkwardNames: ConformanceTest[] = Object.entries(AWKWARD_NAMES).map(([label, name]) => ({
  name: `names/${label} survive upload, list, stat and download`,
  async run({ store, dir }: TestContext) {
    const folder = child(dir, `dir ${name.slice(0, 40)}`);
    await store.mkdir(folder);
    const path = child(folder, name);
    const data = text(`content of ${name}`);
    const entry = await put(store, path, data);
    equal(entry.name, name, 'name returned by upload');
    equal((await names(store, folder)).join('|'), name, 'listing');
    equal((await store.stat(path)).name, name, 'name from stat');
    await expectContent(store, path, data);
  },
}));

/** The whole suite, in the order it runs. Test names are stable: known-failure lists refer to them. */
export const CONFORMANCE_TESTS: readonly ConformanceTest[] = [
  ...basics,
  ...uploads,
  ...awkwardNames,
  ...changeTests,
  ...metadataTests,
];
