import { describe, expectTypeOf, it } from 'vitest';
import type { BulkResult, CarbonioFilesClient, CarbonioGraphql, CarbonioNode, PublicNode } from '../src/index.js';

declare const client: CarbonioFilesClient;

describe('carbonio-files operation types', () => {
  it('types getNode: variables required, a File | Folder union or null, DateTime as number', () => {
    expectTypeOf(client.getNode).parameter(0).toEqualTypeOf<CarbonioGraphql.GetNodeQueryVariables>();
    type Node = NonNullable<Awaited<ReturnType<CarbonioFilesClient['getNode']>>>;
    expectTypeOf<Node['__typename']>().toEqualTypeOf<'File' | 'Folder'>();
    expectTypeOf<Node['created_at']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Node, { __typename: 'File' }>['size']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Node, { __typename: 'File' }>['extension']>().toEqualTypeOf<string | null>();
    // @ts-expect-error node_id is required
    client.getNode({});
  });

  it('lets queries without variables be called without arguments', () => {
    expectTypeOf(client.getRootsList).toBeCallableWith();
    expectTypeOf(client.getConfigs).returns.resolves.toEqualTypeOf<Array<{ name: string; value: string } | null>>();
  });

  it('types enums as string unions', () => {
    expectTypeOf<CarbonioGraphql.NodeSort>().toExtend<string>();
    // @ts-expect-error not a NodeSort
    client.children('LOCAL_ROOT', { sort: 'NAME' });
    // @ts-expect-error not a SharePermission
    client.createShare({ node_id: 'n', share_target_id: 'u', permission: 'ALL' });
  });

  it('returns per-node results from bulk mutations', () => {
    expectTypeOf(client.trashNodes).returns.resolves.toEqualTypeOf<BulkResult<string>>();
    expectTypeOf(client.moveNodes).returns.resolves.toEqualTypeOf<BulkResult<CarbonioNode>>();
  });

  it('iterates children and public nodes with their own types', () => {
    expectTypeOf(client.children('LOCAL_ROOT')).toEqualTypeOf<AsyncGenerator<CarbonioNode>>();
    expectTypeOf(client.public.findNodes('f')).toEqualTypeOf<AsyncGenerator<PublicNode>>();
    expectTypeOf<PublicNode['type']>().toEqualTypeOf<
      | 'APPLICATION'
      | 'AUDIO'
      | 'FOLDER'
      | 'IMAGE'
      | 'MESSAGE'
      | 'OTHER'
      | 'PRESENTATION'
      | 'SPREADSHEET'
      | 'TEXT'
      | 'VIDEO'
    >();
  });

  it('types union members of accounts and share targets', () => {
    type Account = NonNullable<Awaited<ReturnType<CarbonioFilesClient['getAccountByEmail']>>>;
    expectTypeOf<Account['__typename']>().toEqualTypeOf<'User' | 'DistributionList'>();
  });
});
