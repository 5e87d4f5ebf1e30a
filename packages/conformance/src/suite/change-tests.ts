import {
  check,
  child,
  equal,
  exists,
  expectContent,
  expectError,
  listAll,
  names,
  needs,
  put,
  sha256,
  text,
} from './helpers.js';
import type { ConformanceTest } from './types.js';

/** Renames, moves, deletes and downloads: what changes a tree, and reading it back. */
export const changeTests: ConformanceTest[] = [
  {
    name: 'rename/file',
    requires: needs('rename', 'store declares rename: false'),
    async run({ store, dir }) {
      const data = text('rename me');
      await put(store, child(dir, 'old.txt'), data);
      const renamed = await store.rename(child(dir, 'old.txt'), 'new name #1.txt');
      equal(renamed.name, 'new name #1.txt', 'name returned by rename');
      equal((await names(store, dir)).join('|'), 'new name #1.txt', 'listing after rename');
      await expectContent(store, child(dir, 'new name #1.txt'), data);
    },
  },
  {
    name: 'rename/folder keeps its content',
    requires: needs('rename', 'store declares rename: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'before'));
      await put(store, child(dir, 'before/inside.txt'), 'inside');
      await store.rename(child(dir, 'before'), 'after');
      equal((await names(store, dir)).join('|'), 'after', 'listing after rename');
      await expectContent(store, child(dir, 'after/inside.txt'), text('inside'));
    },
  },
  {
    name: 'rename/onto an existing name is ConflictError',
    requires: needs('rename', 'store declares rename: false'),
    async run({ store, dir }) {
      await put(store, child(dir, 'a.txt'), 'a');
      await put(store, child(dir, 'b.txt'), 'b');
      await expectError('ConflictError', 'rename onto an existing name', () =>
        store.rename(child(dir, 'a.txt'), 'b.txt'),
      );
      await expectContent(store, child(dir, 'b.txt'), text('b'));
    },
  },
  {
    name: 'rename/missing path is NotFoundError',
    requires: needs('rename', 'store declares rename: false'),
    async run({ store, dir }) {
      await expectError('NotFoundError', 'rename of a missing file', () =>
        store.rename(child(dir, 'ghost.txt'), 'x.txt'),
      );
    },
  },
  {
    name: 'move/file into a folder',
    requires: needs('move', 'store declares move: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await put(store, child(dir, 'mover.txt'), 'moving');
      const moved = await store.move(child(dir, 'mover.txt'), child(dir, 'target'));
      equal(moved.path, child(dir, 'target/mover.txt'), 'path returned by move');
      equal((await names(store, dir)).join('|'), 'target', 'source folder after move');
      await expectContent(store, child(dir, 'target/mover.txt'), text('moving'));
    },
  },
  {
    name: 'move/folder with content',
    requires: needs('move', 'store declares move: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await store.mkdir(child(dir, 'box/inner'), { recursive: true });
      await put(store, child(dir, 'box/inner/deep.txt'), 'deep');
      await store.move(child(dir, 'box'), child(dir, 'target'));
      check(!(await exists(store, child(dir, 'box'))), 'moved folder still at its old path');
      await expectContent(store, child(dir, 'target/box/inner/deep.txt'), text('deep'));
    },
  },
  {
    name: 'move/onto an existing name is ConflictError',
    requires: needs('move', 'store declares move: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await put(store, child(dir, 'same.txt'), 'outer');
      await put(store, child(dir, 'target/same.txt'), 'inner');
      await expectError('ConflictError', 'move onto an existing name', () =>
        store.move(child(dir, 'same.txt'), child(dir, 'target')),
      );
      await expectContent(store, child(dir, 'target/same.txt'), text('inner'));
    },
  },
  {
    name: 'move/missing path is NotFoundError',
    requires: needs('move', 'store declares move: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await expectError('NotFoundError', 'move of a missing file', () =>
        store.move(child(dir, 'ghost.txt'), child(dir, 'target')),
      );
    },
  },
  {
    name: 'copy/file',
    requires: needs('copy', 'store declares copy: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      const data = text('copy me');
      await put(store, child(dir, 'orig.txt'), data);
      const copied = await store.copy(child(dir, 'orig.txt'), child(dir, 'target'));
      equal(copied.path, child(dir, 'target/orig.txt'), 'path returned by copy');
      await expectContent(store, child(dir, 'orig.txt'), data);
      await expectContent(store, child(dir, 'target/orig.txt'), data);
    },
  },
  {
    name: 'copy/folder recursively',
    requires: needs('copy', 'store declares copy: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await store.mkdir(child(dir, 'tree/leaf'), { recursive: true });
      await put(store, child(dir, 'tree/leaf/f.txt'), 'leaf');
      await store.copy(child(dir, 'tree'), child(dir, 'target'));
      await expectContent(store, child(dir, 'tree/leaf/f.txt'), text('leaf'));
      await expectContent(store, child(dir, 'target/tree/leaf/f.txt'), text('leaf'));
    },
  },
  {
    name: 'copy/onto an existing name is ConflictError',
    requires: needs('copy', 'store declares copy: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'target'));
      await put(store, child(dir, 'dup.txt'), 'outer');
      await put(store, child(dir, 'target/dup.txt'), 'inner');
      await expectError('ConflictError', 'copy onto an existing name', () =>
        store.copy(child(dir, 'dup.txt'), child(dir, 'target')),
      );
      await expectContent(store, child(dir, 'target/dup.txt'), text('inner'));
    },
  },
  {
    name: 'delete/file',
    async run({ store, dir }) {
      await put(store, child(dir, 'gone.txt'), 'bye');
      await store.delete(child(dir, 'gone.txt'));
      check(!(await exists(store, child(dir, 'gone.txt'))), 'deleted file still stats');
      equal((await listAll(store, dir)).length, 0, 'entries after delete');
    },
  },
  {
    name: 'delete/empty folder',
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'hollow'));
      await store.delete(child(dir, 'hollow'));
      check(!(await exists(store, child(dir, 'hollow'))), 'deleted folder still stats');
    },
  },
  {
    name: 'delete/non-empty folder with recursive',
    requires: needs('recursiveDelete', 'store declares recursiveDelete: false'),
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'full/sub'), { recursive: true });
      await put(store, child(dir, 'full/sub/a.txt'), 'a');
      await put(store, child(dir, 'full/b.txt'), 'b');
      await store.delete(child(dir, 'full'), { recursive: true });
      check(!(await exists(store, child(dir, 'full'))), 'deleted folder still stats');
    },
  },
  {
    name: 'delete/non-empty folder without recursive is ConflictError',
    async run({ store, dir }) {
      await store.mkdir(child(dir, 'keep'));
      await put(store, child(dir, 'keep/a.txt'), 'a');
      await expectError('ConflictError', 'delete of a non-empty folder without recursive', () =>
        store.delete(child(dir, 'keep')),
      );
      await expectContent(store, child(dir, 'keep/a.txt'), text('a'));
    },
  },
  {
    name: 'delete/missing path is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'delete of a missing file', () => store.delete(child(dir, 'ghost.txt')));
    },
  },
  {
    name: 'download/missing file is NotFoundError',
    async run({ store, dir }) {
      await expectError('NotFoundError', 'download of a missing file', async () => {
        const stream = await store.download(child(dir, 'ghost.bin'));
        return sha256(new Uint8Array(await new Response(stream).arrayBuffer()));
      });
    },
  },
];
