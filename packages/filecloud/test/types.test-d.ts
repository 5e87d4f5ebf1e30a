import { describe, expectTypeOf, it } from 'vitest';
import type {
  components,
  FileCloudAdminClient,
  FileCloudAdminUser,
  FileCloudClient,
  FileCloudEntry,
  FileCloudListPage,
  FileCloudShare,
  paths,
  RawEntry,
  UploadSource,
} from '../src/index.js';

describe('generated wire types', () => {
  it('keeps leaves as strings and flags as "0" | "1" | ""', () => {
    expectTypeOf<RawEntry['fullsize']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RawEntry['isroot']>().toEqualTypeOf<'0' | '1' | '' | undefined>();
    expectTypeOf<RawEntry['isshared']>().toEqualTypeOf<'' | 'public' | 'private' | undefined>();
    expectTypeOf<RawEntry['type']>().toEqualTypeOf<'file' | 'dir' | undefined>();
  });

  it('models repeated elements as arrays, and fileinfo as one entry', () => {
    expectTypeOf<components['schemas']['EntriesResponse']['entry']>().toEqualTypeOf<RawEntry[] | undefined>();
    expectTypeOf<components['schemas']['CommandsResponse']['command']>().toEqualTypeOf<
      components['schemas']['Command'][] | undefined
    >();
    expectTypeOf<components['schemas']['FileInfoResponse']['entry']>().toEqualTypeOf<RawEntry | undefined>();
  });

  it('types form bodies from the spec', () => {
    type ListBody = paths['/core/getfilelist']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
    expectTypeOf<ListBody['path']>().toEqualTypeOf<string>();
    expectTypeOf<ListBody['sortdir']>().toEqualTypeOf<1 | -1 | undefined>();
    expectTypeOf<ListBody['sortby']>().toEqualTypeOf<'name' | 'date' | 'size' | undefined>();
    type UploadPart = paths['/core/upload']['post']['requestBody']['content']['multipart/form-data'];
    expectTypeOf<UploadPart['file_contents']>().toEqualTypeOf<Blob>();
  });

  it('gives typed answers through call', () => {
    type ListResult = Awaited<ReturnType<typeof listRaw>>;
    expectTypeOf<ListResult>().toEqualTypeOf<string | undefined>();
    expectTypeOf(client.call('/core/getfilelist', { path: '/alice' })).resolves.toEqualTypeOf<
      components['schemas']['EntriesResponse']
    >();
    expectTypeOf(admin.call('/admin/getuser', { op: 'getuser', username: 'bob' })).resolves.toEqualTypeOf<
      components['schemas']['AdminUsersResponse']
    >();
    // A call without fields takes no body; one with required fields needs them.
    client.call('/core/getshares');
    client.call('/core/getshares', {}, { signal: AbortSignal.timeout(1000) });
    // @ts-expect-error getfilelist needs a path
    client.call('/core/getfilelist');
    // @ts-expect-error no such field
    client.call('/core/getfilelist', { path: '/alice', nosuchfield: 1 });
    // @ts-expect-error uploads go through client.upload (multipart, plain-text answer)
    client.call('/core/upload', {});
    // @ts-expect-error downloads are GETs (client.download)
    client.call('/core/downloadfile', {});
  });
});

declare const client: FileCloudClient;
declare const admin: FileCloudAdminClient;
async function listRaw() {
  const data = await client.call('/core/getfilelist', { path: '/alice' });
  return data.entry?.[0]?.name;
}

describe('normalised types', () => {
  it('gives numbers, booleans and dates', () => {
    expectTypeOf<FileCloudEntry['size']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FileCloudEntry['modified']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<FileCloudEntry['kind']>().toEqualTypeOf<'file' | 'folder'>();
    expectTypeOf<FileCloudEntry['canRename']>().toEqualTypeOf<boolean>();
    expectTypeOf<FileCloudEntry['raw']>().toEqualTypeOf<RawEntry>();
    expectTypeOf<FileCloudShare['isPublic']>().toEqualTypeOf<boolean>();
    expectTypeOf<FileCloudAdminUser['status']>().toEqualTypeOf<
      'guest' | 'full' | 'disabled' | 'external' | undefined
    >();
  });

  it('types the client methods', () => {
    expectTypeOf(client.list).returns.resolves.toEqualTypeOf<FileCloudListPage>();
    expectTypeOf(client.download).returns.resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(client.exists).returns.resolves.toEqualTypeOf<boolean>();
    expectTypeOf<Blob>().toExtend<UploadSource>();
    // @ts-expect-error sortDir is 1 or -1
    client.list('/alice', { sortDir: 2 });
    // @ts-expect-error updateshare has no such field
    client.updateShare('id', { nosuchfield: 1 });
  });
});

describe('admin client types', () => {
  it('types user management', () => {
    expectTypeOf(admin.getUser).returns.resolves.toEqualTypeOf<FileCloudAdminUser>();
    expectTypeOf(admin.searchUsers).returns.resolves.toEqualTypeOf<{
      users: FileCloudAdminUser[];
      total: number | undefined;
    }>();
    expectTypeOf(admin.listUsers).returns.toEqualTypeOf<AsyncGenerator<FileCloudAdminUser>>();
    // @ts-expect-error email is required by /admin/adduser
    admin.addUser({ username: 'dave', password: 'x' });
    // @ts-expect-error status is 0..3
    admin.addUser({ username: 'dave', password: 'x', email: 'd@example.com', status: 7 });
  });
});
