import type { FileEntry, FileStore } from '@fileclients/core';
import { createMemoryStore } from '@fileclients/core/memory';
import { describe, expect, it } from 'vitest';
import { metadataTests } from '../src/suite/metadata-tests.js';
import { runConformanceTest } from '../src/suite/run.js';
import { CI_SIZES } from '../src/suite/types.js';

// The metadata tests must be able to fail: run them over stores that lie.
const test = (name: string) => {
  const found = metadataTests.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no test ${name}`);
  return found;
};
const run = (name: string, store: FileStore) =>
  runConformanceTest(test(name), { store, base: '/', secrets: [], close: async () => undefined }, CI_SIZES);

/** The memory store with every file entry passed through `change`, and extra capabilities. */
function lying(change: (entry: FileEntry) => FileEntry, capabilities: Partial<FileStore['capabilities']>): FileStore {
  const inner = createMemoryStore();
  const fix = (entry: FileEntry) => (entry.kind === 'file' ? change(entry) : entry);
  return {
    ...inner,
    capabilities: { ...inner.capabilities, ...capabilities },
    async *list(path, options) {
      for await (const entry of inner.list(path, options)) yield fix(entry);
    },
    stat: async (path) => fix(await inner.stat(path)),
    upload: async (path, body, options) => fix(await inner.upload(path, body, options)),
    mkdir: (path, options) => inner.mkdir(path, options),
    delete: (path, options) => inner.delete(path, options),
  };
}

describe('metadata conformance tests catch lies', () => {
  const name = 'hashes/reported hashes are the content hashes';

  it('passes the honest memory store', async () => {
    expect(await run(name, createMemoryStore())).toBeUndefined();
  });

  it('fails a wrong sha1', async () => {
    const store = lying((e) => ({ ...e, hashes: { sha1: 'a'.repeat(40) } }), {});
    expect(await run(name, store)).toMatch(/sha1 reported by upload/);
  });

  it('fails an uppercase sha1 even when it is the right one', async () => {
    const store = lying((e) => ({ ...e, hashes: { sha1: '9B8C4EC2E4BE2B4E77DBA8A6F8FB4F4AAE0FDD64' } }), {});
    expect(await run(name, store)).toMatch(/not lowercase hex/);
  });

  it('fails a declared hash that is missing', async () => {
    expect(
      await run(
        name,
        lying((e) => e, { hashes: ['md5'] }),
      ),
    ).toMatch(/stat lacks the declared md5/);
  });

  it('fails a store that declares uploadModified and ignores the time', async () => {
    const store = lying((e) => ({ ...e, modified: new Date() }), { uploadModified: true });
    expect(await run('upload/modified time is kept', store)).toMatch(/expected 2021-04-05T06:07:08.000Z/);
    expect(await run('upload/modified time is kept', createMemoryStore())).toBeUndefined();
  });
});
