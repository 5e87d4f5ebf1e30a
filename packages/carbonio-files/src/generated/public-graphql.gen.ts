// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: @graphql-codegen/cli 7.4.3, @graphql-codegen/typescript-operations 6.1.9, @graphql-codegen/typed-document-node 7.1.1
// Spec: 4 files in specs/carbonio-files/public-fragments, specs/carbonio-files/public-operations, specs/carbonio-files sha256:f11ba0464872b3a857e08b9b2c2d4b800071f65eb88d895e4cf6545f58bb39fe

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export const PublicNodeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Folder' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicNodeFieldsFragment, unknown>;
export const PublicFindNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicFindNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'folder_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page_token' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'folder_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'folder_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page_token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page_token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicNodeFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'page_token' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Folder' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicFindNodesQuery, PublicFindNodesQueryVariables>;
export const PublicGetNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicGetNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_link_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getPublicNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_link_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_link_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicNodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicNodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Folder' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicGetNodeQuery, PublicGetNodeQueryVariables>;
