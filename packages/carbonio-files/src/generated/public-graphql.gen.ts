// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: @graphql-codegen/cli 7.4.3, @graphql-codegen/typescript-operations 6.1.9, @graphql-codegen/typed-document-node 7.1.1
// Spec: 4 files in specs/carbonio-files/public-fragments, specs/carbonio-files/public-operations, specs/carbonio-files sha256:f11ba0464872b3a857e08b9b2c2d4b800071f65eb88d895e4cf6545f58bb39fe

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** As in the authenticated schema, without ROOT. */
export type NodeType =
  | 'APPLICATION'
  | 'AUDIO'
  | 'FOLDER'
  | 'IMAGE'
  | 'MESSAGE'
  | 'OTHER'
  | 'PRESENTATION'
  | 'SPREADSHEET'
  | 'TEXT'
  | 'VIDEO';

type PublicNodeFields_File_Fragment = {
  __typename: 'File';
  extension: string | null;
  mime_type: string;
  size: number;
  id: string;
  name: string;
  type: NodeType;
  created_at: number;
  updated_at: number;
};

type PublicNodeFields_Folder_Fragment = {
  __typename: 'Folder';
  id: string;
  name: string;
  type: NodeType;
  created_at: number;
  updated_at: number;
};

export type PublicNodeFieldsFragment = PublicNodeFields_File_Fragment | PublicNodeFields_Folder_Fragment;

export type PublicFindNodesQueryVariables = Exact<{
  folder_id: string | number;
  limit?: number | null | undefined;
  page_token?: string | null | undefined;
}>;

export type PublicFindNodesQuery = {
  findNodes: {
    page_token: string | null;
    nodes: Array<
      | {
          __typename: 'File';
          extension: string | null;
          mime_type: string;
          size: number;
          id: string;
          name: string;
          type: NodeType;
          created_at: number;
          updated_at: number;
        }
      | { __typename: 'Folder'; id: string; name: string; type: NodeType; created_at: number; updated_at: number }
      | null
    >;
  } | null;
};

export type PublicGetNodeQueryVariables = Exact<{
  node_link_id: string;
}>;

export type PublicGetNodeQuery = {
  getPublicNode:
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        id: string;
        name: string;
        type: NodeType;
        created_at: number;
        updated_at: number;
      }
    | { __typename: 'Folder'; id: string; name: string; type: NodeType; created_at: number; updated_at: number }
    | null;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, unknown> | undefined;

  constructor(value: string, __meta__?: Record<string, unknown> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublicNodeFieldsFragmentDoc = new TypedDocumentString(
  'fragment PublicNodeFields on Node{__typename id name type created_at updated_at ...on File{extension mime_type size}...on Folder{id}}',
  { fragmentName: 'PublicNodeFields' },
) as unknown as TypedDocumentString<PublicNodeFieldsFragment, unknown>;
export const PublicFindNodesDocument = new TypedDocumentString(
  'query PublicFindNodes($folder_id:ID!$limit:Int$page_token:String){findNodes(folder_id:$folder_id limit:$limit page_token:$page_token){nodes{...PublicNodeFields}page_token}}fragment PublicNodeFields on Node{__typename id name type created_at updated_at ...on File{extension mime_type size}...on Folder{id}}',
) as unknown as TypedDocumentString<PublicFindNodesQuery, PublicFindNodesQueryVariables>;
export const PublicGetNodeDocument = new TypedDocumentString(
  'query PublicGetNode($node_link_id:String!){getPublicNode(node_link_id:$node_link_id){...PublicNodeFields}}fragment PublicNodeFields on Node{__typename id name type created_at updated_at ...on File{extension mime_type size}...on Folder{id}}',
) as unknown as TypedDocumentString<PublicGetNodeQuery, PublicGetNodeQueryVariables>;
