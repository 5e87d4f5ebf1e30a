import { describe, expectTypeOf, it } from 'vitest';
import {
  type AjaxPath,
  createPro7Client,
  type DeleteReport,
  type FileStorageItem,
  type ParamsOf,
  type Quota,
  type ResultOf,
  type StorageType,
  type TransferReport,
  type UploadResult,
} from '../src/index.js';

const client = createPro7Client({ baseUrl: 'https://mail.example.com/webmail/' });

describe('generated types', () => {
  it('every action of the spec is a path', () => {
    expectTypeOf<AjaxPath>().toEqualTypeOf<
      | '/Ajax/SystemGetAppData'
      | '/Ajax/SystemLogin'
      | '/Ajax/SystemLogout'
      | '/Ajax/Files'
      | '/Ajax/FileInfo'
      | '/Ajax/FilesQuota'
      | '/Ajax/FilesFolderCreate'
      | '/Ajax/FilesRename'
      | '/Ajax/FilesDelete'
      | '/Ajax/FilesCopy'
      | '/Ajax/FilesMove'
      | '/Ajax/FilesCreatePublicLink'
      | '/Ajax/FilesPublicLinkDelete'
      | '/Ajax/FilesPub'
      | '/Ajax/FilesLinkCreate'
    >();
  });

  it('the shared schemas', () => {
    expectTypeOf<StorageType>().toEqualTypeOf<'personal' | 'corporate' | 'shared'>();
    expectTypeOf<Quota>().toEqualTypeOf<[number, number]>();
    expectTypeOf<FileStorageItem['Hash']>().toEqualTypeOf<string>();
    expectTypeOf<FileStorageItem['LinkType']>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5>();
    expectTypeOf<FileStorageItem['@Object']>().toEqualTypeOf<'Object/CFileStorageItem'>();
  });

  it('params leave Action, AuthToken and Token to the client', () => {
    expectTypeOf<ParamsOf<'/Ajax/Files'>>().not.toHaveProperty('Action');
    expectTypeOf<ParamsOf<'/Ajax/Files'>>().not.toHaveProperty('AuthToken');
    expectTypeOf<ParamsOf<'/Ajax/Files'>>().toHaveProperty('Type').toEqualTypeOf<StorageType>();
    expectTypeOf<ParamsOf<'/Ajax/FilesRename'>['IsLink']>().toEqualTypeOf<'0' | '1' | undefined>();
  });

  it('results exclude the soft failures false and null', () => {
    expectTypeOf<ResultOf<'/Ajax/FilesCopy'>>().toEqualTypeOf<true>();
    expectTypeOf<ResultOf<'/Ajax/FilesRename'>>().toEqualTypeOf<true>();
    expectTypeOf<ResultOf<'/Ajax/FilesCreatePublicLink'>>().toEqualTypeOf<string>();
    expectTypeOf<ResultOf<'/Ajax/Files'>['Items']>().toEqualTypeOf<FileStorageItem[]>();
    expectTypeOf<ResultOf<'/Ajax/SystemLogin'>['AuthToken']>().toEqualTypeOf<string>();
  });
});

describe('client surface', () => {
  it('call() is typed per action', () => {
    expectTypeOf(client.call('/Ajax/FilesQuota', {})).resolves.toEqualTypeOf<{ Quota: Quota }>();
    // @ts-expect-error Type is required for Files
    void client.call('/Ajax/Files', { Path: '' });
    // @ts-expect-error flags are '0' or '1', not booleans
    void client.call('/Ajax/FilesRename', { Type: 'personal', Path: '', Name: 'a', NewName: 'b', IsLink: true });
    // @ts-expect-error no such action in the spec
    void client.call('/Ajax/FilesCheckUrl', {});
  });

  it('helpers return reports and final names', () => {
    expectTypeOf(client.delete(['/a'])).resolves.toEqualTypeOf<DeleteReport[]>();
    expectTypeOf(client.copy('/a', '/b')).resolves.toEqualTypeOf<TransferReport[]>();
    expectTypeOf(client.rename('/a', 'b')).resolves.toHaveProperty('name').toEqualTypeOf<string>();
    expectTypeOf(client.upload('/a', { source: 'x' })).resolves.toEqualTypeOf<UploadResult>();
    expectTypeOf(client.download('/a')).resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(client.list()).resolves.toHaveProperty('items').toEqualTypeOf<FileStorageItem[]>();
  });
});
