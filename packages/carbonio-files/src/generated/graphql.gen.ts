// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: @graphql-codegen/cli 7.4.3, @graphql-codegen/typescript-operations 6.1.9, @graphql-codegen/typed-document-node 7.1.1
// Spec: 40 files in specs/carbonio-files/fragments, specs/carbonio-files/operations, specs/carbonio-files sha256:3909360b4ac1fdb165d57f68f1c315982c135870783e193c856092191def9b62

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Order of a node listing (children, findNodes). Folders always come before files. */
export type NodeSort =
  | 'LAST_EDITOR_ASC'
  | 'LAST_EDITOR_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'OWNER_ASC'
  | 'OWNER_DESC'
  | 'SIZE_ASC'
  | 'SIZE_DESC'
  | 'TYPE_ASC'
  | 'TYPE_DESC'
  | 'UPDATED_AT_ASC'
  | 'UPDATED_AT_DESC';

/** What kind of node this is. The server derives it from the MIME type of the file name; ROOT marks the top folders. */
export type NodeType =
  | 'APPLICATION'
  | 'AUDIO'
  | 'FOLDER'
  | 'IMAGE'
  | 'MESSAGE'
  | 'OTHER'
  | 'PRESENTATION'
  | 'ROOT'
  | 'SPREADSHEET'
  | 'TEXT'
  | 'VIDEO';

/** What a share grants its target. */
export type SharePermission = 'READ_AND_SHARE' | 'READ_AND_WRITE' | 'READ_ONLY' | 'READ_WRITE_AND_SHARE';

type AccountFields_DistributionList_Fragment = { __typename: 'DistributionList'; id: string; name: string };

type AccountFields_User_Fragment = { __typename: 'User'; id: string; email: string; full_name: string };

export type AccountFieldsFragment = AccountFields_DistributionList_Fragment | AccountFields_User_Fragment;

export type CollaborationLinkFieldsFragment = {
  __typename: 'CollaborationLink';
  id: string;
  url: string;
  permission: SharePermission;
  created_at: number;
  node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
};

export type LinkFieldsFragment = {
  __typename: 'Link';
  id: string;
  url: string | null;
  description: string | null;
  created_at: number;
  expires_at: number | null;
  node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
};

type NodeFields_File_Fragment = {
  __typename: 'File';
  extension: string | null;
  mime_type: string;
  size: number;
  version: number;
  keep_forever: boolean;
  cloned_from_version: number | null;
  id: string;
  name: string;
  description: string;
  type: NodeType;
  flagged: boolean;
  rootId: string | null;
  created_at: number;
  updated_at: number;
  owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
  creator: { __typename: 'User'; id: string; email: string; full_name: string };
  last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
  permissions: {
    can_read: boolean;
    can_write_file: boolean;
    can_write_folder: boolean;
    can_delete: boolean;
    can_add_version: boolean;
    can_read_link: boolean;
    can_change_link: boolean;
    can_share: boolean;
    can_read_share: boolean;
    can_change_share: boolean;
  };
  parent: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string } | null;
};

type NodeFields_Folder_Fragment = {
  __typename: 'Folder';
  id: string;
  name: string;
  description: string;
  type: NodeType;
  flagged: boolean;
  rootId: string | null;
  created_at: number;
  updated_at: number;
  owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
  creator: { __typename: 'User'; id: string; email: string; full_name: string };
  last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
  permissions: {
    can_read: boolean;
    can_write_file: boolean;
    can_write_folder: boolean;
    can_delete: boolean;
    can_add_version: boolean;
    can_read_link: boolean;
    can_change_link: boolean;
    can_share: boolean;
    can_read_share: boolean;
    can_change_share: boolean;
  };
  parent: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string } | null;
};

export type NodeFieldsFragment = NodeFields_File_Fragment | NodeFields_Folder_Fragment;

export type PermissionFieldsFragment = {
  can_read: boolean;
  can_write_file: boolean;
  can_write_folder: boolean;
  can_delete: boolean;
  can_add_version: boolean;
  can_read_link: boolean;
  can_change_link: boolean;
  can_share: boolean;
  can_read_share: boolean;
  can_change_share: boolean;
};

export type ShareFieldsFragment = {
  __typename: 'Share';
  created_at: number;
  expires_at: number | null;
  permission: SharePermission;
  node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  share_target:
    | { __typename: 'DistributionList'; id: string; name: string }
    | { __typename: 'User'; id: string; email: string; full_name: string }
    | null;
};

export type UserFieldsFragment = { __typename: 'User'; id: string; email: string; full_name: string };

export type CloneVersionMutationVariables = Exact<{
  node_id: string | number;
  version: number;
}>;

export type CloneVersionMutation = {
  cloneVersion: {
    __typename: 'File';
    extension: string | null;
    mime_type: string;
    size: number;
    version: number;
    keep_forever: boolean;
    cloned_from_version: number | null;
    id: string;
    name: string;
    description: string;
    type: NodeType;
    flagged: boolean;
    rootId: string | null;
    created_at: number;
    updated_at: number;
    owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
    creator: { __typename: 'User'; id: string; email: string; full_name: string };
    last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
    permissions: {
      can_read: boolean;
      can_write_file: boolean;
      can_write_folder: boolean;
      can_delete: boolean;
      can_add_version: boolean;
      can_read_link: boolean;
      can_change_link: boolean;
      can_share: boolean;
      can_read_share: boolean;
      can_change_share: boolean;
    };
    parent:
      | { __typename: 'File'; id: string; name: string }
      | { __typename: 'Folder'; id: string; name: string }
      | null;
  };
};

export type CopyNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
  destination_id: string | number;
}>;

export type CopyNodesMutation = {
  copyNodes: Array<
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
  > | null;
};

export type CreateCollaborationLinkMutationVariables = Exact<{
  node_id: string | number;
  permission: SharePermission;
}>;

export type CreateCollaborationLinkMutation = {
  createCollaborationLink: {
    __typename: 'CollaborationLink';
    id: string;
    url: string;
    permission: SharePermission;
    created_at: number;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  };
};

export type CreateFolderMutationVariables = Exact<{
  destination_id: string;
  name: string;
}>;

export type CreateFolderMutation = {
  createFolder:
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      };
};

export type CreateLinkMutationVariables = Exact<{
  node_id: string | number;
  expires_at?: number | null | undefined;
  description?: string | null | undefined;
}>;

export type CreateLinkMutation = {
  createLink: {
    __typename: 'Link';
    id: string;
    url: string | null;
    description: string | null;
    created_at: number;
    expires_at: number | null;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  };
};

export type CreateShareMutationVariables = Exact<{
  node_id: string | number;
  share_target_id: string | number;
  permission: SharePermission;
  expires_at?: number | null | undefined;
  custom_message?: string | null | undefined;
}>;

export type CreateShareMutation = {
  createShare: {
    __typename: 'Share';
    created_at: number;
    expires_at: number | null;
    permission: SharePermission;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
    share_target:
      | { __typename: 'DistributionList'; id: string; name: string }
      | { __typename: 'User'; id: string; email: string; full_name: string }
      | null;
  };
};

export type DeleteCollaborationLinksMutationVariables = Exact<{
  collaboration_link_ids: Array<string | number> | string | number;
}>;

export type DeleteCollaborationLinksMutation = { deleteCollaborationLinks: Array<string | null> };

export type DeleteLinksMutationVariables = Exact<{
  link_ids: Array<string | number> | string | number;
}>;

export type DeleteLinksMutation = { deleteLinks: Array<string | null> };

export type DeleteNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
}>;

export type DeleteNodesMutation = { deleteNodes: Array<string> | null };

export type DeleteShareMutationVariables = Exact<{
  node_id: string | number;
  share_target_id: string | number;
}>;

export type DeleteShareMutation = { deleteShare: boolean };

export type DeleteVersionsMutationVariables = Exact<{
  node_id: string | number;
  versions?: Array<number> | number | null | undefined;
}>;

export type DeleteVersionsMutation = { deleteVersions: Array<number | null> };

export type FindNodesQueryVariables = Exact<{
  keywords?: Array<string> | string | null | undefined;
  flagged?: boolean | null | undefined;
  shared_by_me?: boolean | null | undefined;
  shared_with_me?: boolean | null | undefined;
  direct_share?: boolean | null | undefined;
  folder_id?: string | null | undefined;
  cascade?: boolean | null | undefined;
  type?: NodeType | null | undefined;
  owner_id?: string | null | undefined;
  limit?: number | null | undefined;
  page_token?: string | null | undefined;
  sort?: NodeSort | null | undefined;
}>;

export type FindNodesQuery = {
  findNodes: {
    page_token: string | null;
    nodes: Array<
      | {
          __typename: 'File';
          extension: string | null;
          mime_type: string;
          size: number;
          version: number;
          keep_forever: boolean;
          cloned_from_version: number | null;
          id: string;
          name: string;
          description: string;
          type: NodeType;
          flagged: boolean;
          rootId: string | null;
          created_at: number;
          updated_at: number;
          owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
          creator: { __typename: 'User'; id: string; email: string; full_name: string };
          last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
          permissions: {
            can_read: boolean;
            can_write_file: boolean;
            can_write_folder: boolean;
            can_delete: boolean;
            can_add_version: boolean;
            can_read_link: boolean;
            can_change_link: boolean;
            can_share: boolean;
            can_read_share: boolean;
            can_change_share: boolean;
          };
          parent:
            | { __typename: 'File'; id: string; name: string }
            | { __typename: 'Folder'; id: string; name: string }
            | null;
        }
      | {
          __typename: 'Folder';
          id: string;
          name: string;
          description: string;
          type: NodeType;
          flagged: boolean;
          rootId: string | null;
          created_at: number;
          updated_at: number;
          owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
          creator: { __typename: 'User'; id: string; email: string; full_name: string };
          last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
          permissions: {
            can_read: boolean;
            can_write_file: boolean;
            can_write_folder: boolean;
            can_delete: boolean;
            can_add_version: boolean;
            can_read_link: boolean;
            can_change_link: boolean;
            can_share: boolean;
            can_read_share: boolean;
            can_change_share: boolean;
          };
          parent:
            | { __typename: 'File'; id: string; name: string }
            | { __typename: 'Folder'; id: string; name: string }
            | null;
        }
      | null
    >;
  } | null;
};

export type FlagNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
  flag: boolean;
}>;

export type FlagNodesMutation = { flagNodes: Array<string> | null };

export type GetAccountByEmailQueryVariables = Exact<{
  email: string;
}>;

export type GetAccountByEmailQuery = {
  getAccountByEmail:
    | { __typename: 'DistributionList'; id: string; name: string }
    | { __typename: 'User'; id: string; email: string; full_name: string }
    | null;
};

export type GetAccountsByEmailQueryVariables = Exact<{
  emails: Array<string> | string;
}>;

export type GetAccountsByEmailQuery = {
  getAccountsByEmail: Array<
    | { __typename: 'DistributionList'; id: string; name: string }
    | { __typename: 'User'; id: string; email: string; full_name: string }
    | null
  >;
};

export type GetChildrenQueryVariables = Exact<{
  node_id: string | number;
  limit: number;
  sort: NodeSort;
  page_token?: string | null | undefined;
}>;

export type GetChildrenQuery = {
  getNode:
    | { __typename: 'File'; id: string }
    | {
        __typename: 'Folder';
        id: string;
        children: {
          page_token: string | null;
          nodes: Array<
            | {
                __typename: 'File';
                extension: string | null;
                mime_type: string;
                size: number;
                version: number;
                keep_forever: boolean;
                cloned_from_version: number | null;
                id: string;
                name: string;
                description: string;
                type: NodeType;
                flagged: boolean;
                rootId: string | null;
                created_at: number;
                updated_at: number;
                owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
                creator: { __typename: 'User'; id: string; email: string; full_name: string };
                last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
                permissions: {
                  can_read: boolean;
                  can_write_file: boolean;
                  can_write_folder: boolean;
                  can_delete: boolean;
                  can_add_version: boolean;
                  can_read_link: boolean;
                  can_change_link: boolean;
                  can_share: boolean;
                  can_read_share: boolean;
                  can_change_share: boolean;
                };
                parent:
                  | { __typename: 'File'; id: string; name: string }
                  | { __typename: 'Folder'; id: string; name: string }
                  | null;
              }
            | {
                __typename: 'Folder';
                id: string;
                name: string;
                description: string;
                type: NodeType;
                flagged: boolean;
                rootId: string | null;
                created_at: number;
                updated_at: number;
                owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
                creator: { __typename: 'User'; id: string; email: string; full_name: string };
                last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
                permissions: {
                  can_read: boolean;
                  can_write_file: boolean;
                  can_write_folder: boolean;
                  can_delete: boolean;
                  can_add_version: boolean;
                  can_read_link: boolean;
                  can_change_link: boolean;
                  can_share: boolean;
                  can_read_share: boolean;
                  can_change_share: boolean;
                };
                parent:
                  | { __typename: 'File'; id: string; name: string }
                  | { __typename: 'Folder'; id: string; name: string }
                  | null;
              }
            | null
          >;
        };
      }
    | null;
};

export type GetCollaborationLinksQueryVariables = Exact<{
  node_id: string | number;
}>;

export type GetCollaborationLinksQuery = {
  getCollaborationLinks: Array<{
    __typename: 'CollaborationLink';
    id: string;
    url: string;
    permission: SharePermission;
    created_at: number;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  } | null>;
};

export type GetConfigsQueryVariables = Exact<{ [key: string]: never }>;

export type GetConfigsQuery = { getConfigs: Array<{ name: string; value: string } | null> };

export type GetLinksQueryVariables = Exact<{
  node_id: string | number;
}>;

export type GetLinksQuery = {
  getLinks: Array<{
    __typename: 'Link';
    id: string;
    url: string | null;
    description: string | null;
    created_at: number;
    expires_at: number | null;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  } | null>;
};

export type GetNodeQueryVariables = Exact<{
  node_id: string | number;
  version?: number | null | undefined;
}>;

export type GetNodeQuery = {
  getNode:
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | null;
};

export type GetPathQueryVariables = Exact<{
  node_id: string | number;
}>;

export type GetPathQuery = {
  getPath: Array<
    | { __typename: 'File'; id: string; name: string; type: NodeType }
    | { __typename: 'Folder'; id: string; name: string; type: NodeType }
    | null
  >;
};

export type GetRootsListQueryVariables = Exact<{ [key: string]: never }>;

export type GetRootsListQuery = { getRootsList: Array<{ __typename: 'Root'; id: string; name: string } | null> };

export type GetShareQueryVariables = Exact<{
  node_id: string | number;
  share_target_id: string | number;
}>;

export type GetShareQuery = {
  getShare: {
    __typename: 'Share';
    created_at: number;
    expires_at: number | null;
    permission: SharePermission;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
    share_target:
      | { __typename: 'DistributionList'; id: string; name: string }
      | { __typename: 'User'; id: string; email: string; full_name: string }
      | null;
  } | null;
};

export type GetUserByIdQueryVariables = Exact<{
  user_id: string | number;
}>;

export type GetUserByIdQuery = {
  getUserById: { __typename: 'User'; id: string; email: string; full_name: string } | null;
};

export type GetVersionsQueryVariables = Exact<{
  node_id: string | number;
  versions?: Array<number> | number | null | undefined;
}>;

export type GetVersionsQuery = {
  getVersions: Array<{
    __typename: 'File';
    extension: string | null;
    mime_type: string;
    size: number;
    version: number;
    keep_forever: boolean;
    cloned_from_version: number | null;
    id: string;
    name: string;
    description: string;
    type: NodeType;
    flagged: boolean;
    rootId: string | null;
    created_at: number;
    updated_at: number;
    owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
    creator: { __typename: 'User'; id: string; email: string; full_name: string };
    last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
    permissions: {
      can_read: boolean;
      can_write_file: boolean;
      can_write_folder: boolean;
      can_delete: boolean;
      can_add_version: boolean;
      can_read_link: boolean;
      can_change_link: boolean;
      can_share: boolean;
      can_read_share: boolean;
      can_change_share: boolean;
    };
    parent:
      | { __typename: 'File'; id: string; name: string }
      | { __typename: 'Folder'; id: string; name: string }
      | null;
  } | null>;
};

export type KeepVersionsMutationVariables = Exact<{
  node_id: string | number;
  versions: Array<number> | number;
  keep_forever: boolean;
}>;

export type KeepVersionsMutation = { keepVersions: Array<number | null> };

export type MoveNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
  destination_id: string | number;
}>;

export type MoveNodesMutation = {
  moveNodes: Array<
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
  > | null;
};

export type RestoreNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
}>;

export type RestoreNodesMutation = {
  restoreNodes: Array<
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | null
  > | null;
};

export type TrashNodesMutationVariables = Exact<{
  node_ids?: Array<string | number> | string | number | null | undefined;
}>;

export type TrashNodesMutation = { trashNodes: Array<string> | null };

export type UpdateLinkMutationVariables = Exact<{
  link_id: string | number;
  expires_at?: number | null | undefined;
  description?: string | null | undefined;
}>;

export type UpdateLinkMutation = {
  updateLink: {
    __typename: 'Link';
    id: string;
    url: string | null;
    description: string | null;
    created_at: number;
    expires_at: number | null;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
  } | null;
};

export type UpdateNodeMutationVariables = Exact<{
  node_id: string;
  name?: string | null | undefined;
  description?: string | null | undefined;
  flagged?: boolean | null | undefined;
}>;

export type UpdateNodeMutation = {
  updateNode:
    | {
        __typename: 'File';
        extension: string | null;
        mime_type: string;
        size: number;
        version: number;
        keep_forever: boolean;
        cloned_from_version: number | null;
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      }
    | {
        __typename: 'Folder';
        id: string;
        name: string;
        description: string;
        type: NodeType;
        flagged: boolean;
        rootId: string | null;
        created_at: number;
        updated_at: number;
        owner: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        creator: { __typename: 'User'; id: string; email: string; full_name: string };
        last_editor: { __typename: 'User'; id: string; email: string; full_name: string } | null;
        permissions: {
          can_read: boolean;
          can_write_file: boolean;
          can_write_folder: boolean;
          can_delete: boolean;
          can_add_version: boolean;
          can_read_link: boolean;
          can_change_link: boolean;
          can_share: boolean;
          can_read_share: boolean;
          can_change_share: boolean;
        };
        parent:
          | { __typename: 'File'; id: string; name: string }
          | { __typename: 'Folder'; id: string; name: string }
          | null;
      };
};

export type UpdateShareMutationVariables = Exact<{
  node_id: string | number;
  share_target_id: string | number;
  permission?: SharePermission | null | undefined;
  expires_at?: number | null | undefined;
}>;

export type UpdateShareMutation = {
  updateShare: {
    __typename: 'Share';
    created_at: number;
    expires_at: number | null;
    permission: SharePermission;
    node: { __typename: 'File'; id: string; name: string } | { __typename: 'Folder'; id: string; name: string };
    share_target:
      | { __typename: 'DistributionList'; id: string; name: string }
      | { __typename: 'User'; id: string; email: string; full_name: string }
      | null;
  } | null;
};

export const AccountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const CollaborationLinkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollaborationLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CollaborationLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CollaborationLinkFieldsFragment, unknown>;
export const LinkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Link' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const PermissionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PermissionFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Share' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'share_target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareFieldsFragment, unknown>;
export const CloneVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloneVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cloneVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<CloneVersionMutation, CloneVersionMutationVariables>;
export const CopyNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CopyNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'copyNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'destination_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<CopyNodesMutation, CopyNodesMutationVariables>;
export const CreateCollaborationLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCollaborationLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SharePermission' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCollaborationLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'permission' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CollaborationLinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollaborationLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CollaborationLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCollaborationLinkMutation, CreateCollaborationLinkMutationVariables>;
export const CreateFolderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFolder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFolder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'destination_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<CreateFolderMutation, CreateFolderMutationVariables>;
export const CreateLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expires_at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'description' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Link' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLinkMutation, CreateLinkMutationVariables>;
export const CreateShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SharePermission' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'custom_message' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShare' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'share_target_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'permission' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expires_at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'custom_message' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'custom_message' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShareFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Share' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'share_target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateShareMutation, CreateShareMutationVariables>;
export const DeleteCollaborationLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCollaborationLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'collaboration_link_ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCollaborationLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'collaboration_link_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'collaboration_link_ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCollaborationLinksMutation, DeleteCollaborationLinksMutationVariables>;
export const DeleteLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'link_ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'link_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'link_ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteLinksMutation, DeleteLinksMutationVariables>;
export const DeleteNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteNodesMutation, DeleteNodesMutationVariables>;
export const DeleteShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteShare' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'share_target_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteShareMutation, DeleteShareMutationVariables>;
export const DeleteVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteVersionsMutation, DeleteVersionsMutationVariables>;
export const FindNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'flagged' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shared_by_me' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shared_with_me' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'direct_share' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'folder_id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cascade' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'owner_id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeSort' } },
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
                name: { kind: 'Name', value: 'keywords' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'flagged' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'flagged' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shared_by_me' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'shared_by_me' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shared_with_me' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'shared_with_me' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'direct_share' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'direct_share' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'folder_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'folder_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cascade' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cascade' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'type' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'owner_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'owner_id' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
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
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<FindNodesQuery, FindNodesQueryVariables>;
export const FlagNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FlagNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'flag' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flagNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'flag' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'flag' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlagNodesMutation, FlagNodesMutationVariables>;
export const GetAccountByEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetAccountByEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getAccountByEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetAccountByEmailQuery, GetAccountByEmailQueryVariables>;
export const GetAccountsByEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetAccountsByEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'emails' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getAccountsByEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'emails' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'emails' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetAccountsByEmailQuery, GetAccountsByEmailQueryVariables>;
export const GetChildrenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetChildren' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeSort' } } },
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
            name: { kind: 'Name', value: 'getNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Folder' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'limit' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'sort' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
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
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'page_token' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<GetChildrenQuery, GetChildrenQueryVariables>;
export const GetCollaborationLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetCollaborationLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getCollaborationLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CollaborationLinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollaborationLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CollaborationLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetCollaborationLinksQuery, GetCollaborationLinksQueryVariables>;
export const GetConfigsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetConfigs' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getConfigs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetConfigsQuery, GetConfigsQueryVariables>;
export const GetLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Link' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetLinksQuery, GetLinksQueryVariables>;
export const GetNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<GetNodeQuery, GetNodeQueryVariables>;
export const GetPathDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetPath' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getPath' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetPathQuery, GetPathQueryVariables>;
export const GetRootsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetRootsList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getRootsList' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetRootsListQuery, GetRootsListQueryVariables>;
export const GetShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getShare' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'share_target_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShareFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Share' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'share_target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetShareQuery, GetShareQueryVariables>;
export const GetUserByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetUserById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'user_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getUserById' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'user_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'user_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetUserByIdQuery, GetUserByIdQueryVariables>;
export const GetVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'getVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<GetVersionsQuery, GetVersionsQueryVariables>;
export const KeepVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'KeepVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keep_forever' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keepVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'versions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'versions' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keep_forever' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keep_forever' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KeepVersionsMutation, KeepVersionsMutationVariables>;
export const MoveNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'destination_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'destination_id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<MoveNodesMutation, MoveNodesMutationVariables>;
export const RestoreNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<RestoreNodesMutation, RestoreNodesMutationVariables>;
export const TrashNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TrashNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trashNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrashNodesMutation, TrashNodesMutationVariables>;
export const UpdateLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'link_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'link_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'link_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expires_at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'description' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Link' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLinkMutation, UpdateLinkMutationVariables>;
export const UpdateNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'flagged' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'description' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'flagged' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'flagged' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PermissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Permissions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'can_read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_file' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_write_folder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_delete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_add_version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_read_share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'can_change_share' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rootId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated_at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'last_editor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PermissionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'File' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'extension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime_type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keep_forever' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cloned_from_version' } },
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
} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const UpdateShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SharePermission' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateShare' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'share_target_id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'share_target_id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'permission' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expires_at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expires_at' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShareFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Share' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expires_at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permission' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'share_target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'full_name' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DistributionList' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateShareMutation, UpdateShareMutationVariables>;
