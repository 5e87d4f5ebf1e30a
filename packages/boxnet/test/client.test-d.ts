import { expectTypeOf, test } from 'vitest';
import type {
  BoxnetArgs,
  BoxnetClient,
  BoxnetResult,
  BoxnetTreeFolder,
  SOAPComment,
  SOAPFileInfo,
  SOAPFolder,
  SOAPUser,
} from '../src/index.js';

declare const box: BoxnetClient;

test('operations are typed from the WSDL: args without the session parts, results with the success literal', async () => {
  expectTypeOf<BoxnetArgs<'get_file_info'>>().toEqualTypeOf<{ file_id: number }>();
  expectTypeOf<BoxnetArgs<'get_account_tree'>>().toEqualTypeOf<{ folder_id: number; params: string[] }>();
  const info = await box.call('get_file_info', { file_id: 1 });
  expectTypeOf(info.status).toEqualTypeOf<'s_get_file_info'>();
  expectTypeOf(info.info).toEqualTypeOf<SOAPFileInfo>();
  // @ts-expect-error api_key is added by the client
  await box.call('get_file_info', { file_id: 1, api_key: 'k' });
  // @ts-expect-error file_id is required
  await box.call('get_file_info', {});
});

test('complex types are real interfaces: nillable is | null, minOccurs 0 is optional, arrays are arrays', () => {
  expectTypeOf<SOAPUser['access_id']>().toEqualTypeOf<number | null>();
  expectTypeOf<SOAPUser['max_upload_size']>().toEqualTypeOf<number | null>();
  expectTypeOf<SOAPComment['reply_comments']>().toEqualTypeOf<SOAPComment[] | null>();
});

test('outcome statuses are part of the result, narrowed by status', async () => {
  const r: BoxnetResult<'create_folder'> = await box.call('create_folder', { parent_id: 0, name: 'x', share: 0 });
  if (r.status === 'create_ok') expectTypeOf(r.folder).toEqualTypeOf<SOAPFolder>();
  else {
    expectTypeOf(r.status).toEqualTypeOf<'s_folder_exists'>();
    expectTypeOf(r.folder).toEqualTypeOf<SOAPFolder | undefined>();
  }
  expectTypeOf(await box.getAccountTree(0)).toEqualTypeOf<BoxnetTreeFolder>();
});
