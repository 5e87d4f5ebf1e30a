// Generated code, do not edit: change the spec and run `pnpm generate carbonio-files`.
// Tool: @graphql-codegen/cli 7.4.3, @graphql-codegen/typescript-operations 6.1.9, @graphql-codegen/typed-document-node 7.1.1
// Spec: 40 files in specs/carbonio-files/fragments, specs/carbonio-files/operations, specs/carbonio-files sha256:3909360b4ac1fdb165d57f68f1c315982c135870783e193c856092191def9b62

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
export const AccountFieldsFragmentDoc = new TypedDocumentString(
  'fragment AccountFields on Account{__typename ...on User{id email full_name}...on DistributionList{id name}}',
  { fragmentName: 'AccountFields' },
) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const CollaborationLinkFieldsFragmentDoc = new TypedDocumentString(
  'fragment CollaborationLinkFields on CollaborationLink{__typename id url permission created_at node{__typename id name}}',
  { fragmentName: 'CollaborationLinkFields' },
) as unknown as TypedDocumentString<CollaborationLinkFieldsFragment, unknown>;
export const LinkFieldsFragmentDoc = new TypedDocumentString(
  'fragment LinkFields on Link{__typename id url description created_at expires_at node{__typename id name}}',
  { fragmentName: 'LinkFields' },
) as unknown as TypedDocumentString<LinkFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(
  'fragment UserFields on User{__typename id email full_name}',
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const PermissionFieldsFragmentDoc = new TypedDocumentString(
  'fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}',
  { fragmentName: 'PermissionFields' },
) as unknown as TypedDocumentString<PermissionFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(
  'fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
  { fragmentName: 'NodeFields' },
) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = new TypedDocumentString(
  'fragment ShareFields on Share{__typename created_at expires_at permission node{__typename id name}share_target{__typename ...on User{id email full_name}...on DistributionList{id name}}}',
  { fragmentName: 'ShareFields' },
) as unknown as TypedDocumentString<ShareFieldsFragment, unknown>;
export const CloneVersionDocument = new TypedDocumentString(
  'mutation CloneVersion($node_id:ID!$version:Int!){cloneVersion(node_id:$node_id version:$version){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<CloneVersionMutation, CloneVersionMutationVariables>;
export const CopyNodesDocument = new TypedDocumentString(
  'mutation CopyNodes($node_ids:[ID!]$destination_id:ID!){copyNodes(node_ids:$node_ids destination_id:$destination_id){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<CopyNodesMutation, CopyNodesMutationVariables>;
export const CreateCollaborationLinkDocument = new TypedDocumentString(
  'mutation CreateCollaborationLink($node_id:ID!$permission:SharePermission!){createCollaborationLink(node_id:$node_id permission:$permission){...CollaborationLinkFields}}fragment CollaborationLinkFields on CollaborationLink{__typename id url permission created_at node{__typename id name}}',
) as unknown as TypedDocumentString<CreateCollaborationLinkMutation, CreateCollaborationLinkMutationVariables>;
export const CreateFolderDocument = new TypedDocumentString(
  'mutation CreateFolder($destination_id:String!$name:String!){createFolder(destination_id:$destination_id name:$name){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<CreateFolderMutation, CreateFolderMutationVariables>;
export const CreateLinkDocument = new TypedDocumentString(
  'mutation CreateLink($node_id:ID!$expires_at:DateTime$description:String){createLink(node_id:$node_id expires_at:$expires_at description:$description){...LinkFields}}fragment LinkFields on Link{__typename id url description created_at expires_at node{__typename id name}}',
) as unknown as TypedDocumentString<CreateLinkMutation, CreateLinkMutationVariables>;
export const CreateShareDocument = new TypedDocumentString(
  'mutation CreateShare($node_id:ID!$share_target_id:ID!$permission:SharePermission!$expires_at:DateTime$custom_message:String){createShare(node_id:$node_id share_target_id:$share_target_id permission:$permission expires_at:$expires_at custom_message:$custom_message){...ShareFields}}fragment ShareFields on Share{__typename created_at expires_at permission node{__typename id name}share_target{__typename ...on User{id email full_name}...on DistributionList{id name}}}',
) as unknown as TypedDocumentString<CreateShareMutation, CreateShareMutationVariables>;
export const DeleteCollaborationLinksDocument = new TypedDocumentString(
  'mutation DeleteCollaborationLinks($collaboration_link_ids:[ID!]!){deleteCollaborationLinks(collaboration_link_ids:$collaboration_link_ids)}',
) as unknown as TypedDocumentString<DeleteCollaborationLinksMutation, DeleteCollaborationLinksMutationVariables>;
export const DeleteLinksDocument = new TypedDocumentString(
  'mutation DeleteLinks($link_ids:[ID!]!){deleteLinks(link_ids:$link_ids)}',
) as unknown as TypedDocumentString<DeleteLinksMutation, DeleteLinksMutationVariables>;
export const DeleteNodesDocument = new TypedDocumentString(
  'mutation DeleteNodes($node_ids:[ID!]){deleteNodes(node_ids:$node_ids)}',
) as unknown as TypedDocumentString<DeleteNodesMutation, DeleteNodesMutationVariables>;
export const DeleteShareDocument = new TypedDocumentString(
  'mutation DeleteShare($node_id:ID!$share_target_id:ID!){deleteShare(node_id:$node_id share_target_id:$share_target_id)}',
) as unknown as TypedDocumentString<DeleteShareMutation, DeleteShareMutationVariables>;
export const DeleteVersionsDocument = new TypedDocumentString(
  'mutation DeleteVersions($node_id:ID!$versions:[Int!]){deleteVersions(node_id:$node_id versions:$versions)}',
) as unknown as TypedDocumentString<DeleteVersionsMutation, DeleteVersionsMutationVariables>;
export const FindNodesDocument = new TypedDocumentString(
  'query FindNodes($keywords:[String!]$flagged:Boolean$shared_by_me:Boolean$shared_with_me:Boolean$direct_share:Boolean$folder_id:String$cascade:Boolean$type:NodeType$owner_id:String$limit:Int$page_token:String$sort:NodeSort){findNodes(keywords:$keywords flagged:$flagged shared_by_me:$shared_by_me shared_with_me:$shared_with_me direct_share:$direct_share folder_id:$folder_id cascade:$cascade type:$type owner_id:$owner_id limit:$limit page_token:$page_token sort:$sort){nodes{...NodeFields}page_token}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<FindNodesQuery, FindNodesQueryVariables>;
export const FlagNodesDocument = new TypedDocumentString(
  'mutation FlagNodes($node_ids:[ID!]$flag:Boolean!){flagNodes(node_ids:$node_ids flag:$flag)}',
) as unknown as TypedDocumentString<FlagNodesMutation, FlagNodesMutationVariables>;
export const GetAccountByEmailDocument = new TypedDocumentString(
  'query GetAccountByEmail($email:String!){getAccountByEmail(email:$email){...AccountFields}}fragment AccountFields on Account{__typename ...on User{id email full_name}...on DistributionList{id name}}',
) as unknown as TypedDocumentString<GetAccountByEmailQuery, GetAccountByEmailQueryVariables>;
export const GetAccountsByEmailDocument = new TypedDocumentString(
  'query GetAccountsByEmail($emails:[String!]!){getAccountsByEmail(emails:$emails){...AccountFields}}fragment AccountFields on Account{__typename ...on User{id email full_name}...on DistributionList{id name}}',
) as unknown as TypedDocumentString<GetAccountsByEmailQuery, GetAccountsByEmailQueryVariables>;
export const GetChildrenDocument = new TypedDocumentString(
  'query GetChildren($node_id:ID!$limit:Int!$sort:NodeSort!$page_token:String){getNode(node_id:$node_id){__typename id ...on Folder{children(limit:$limit sort:$sort page_token:$page_token){nodes{...NodeFields}page_token}}}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<GetChildrenQuery, GetChildrenQueryVariables>;
export const GetCollaborationLinksDocument = new TypedDocumentString(
  'query GetCollaborationLinks($node_id:ID!){getCollaborationLinks(node_id:$node_id){...CollaborationLinkFields}}fragment CollaborationLinkFields on CollaborationLink{__typename id url permission created_at node{__typename id name}}',
) as unknown as TypedDocumentString<GetCollaborationLinksQuery, GetCollaborationLinksQueryVariables>;
export const GetConfigsDocument = new TypedDocumentString(
  'query GetConfigs{getConfigs{name value}}',
) as unknown as TypedDocumentString<GetConfigsQuery, GetConfigsQueryVariables>;
export const GetLinksDocument = new TypedDocumentString(
  'query GetLinks($node_id:ID!){getLinks(node_id:$node_id){...LinkFields}}fragment LinkFields on Link{__typename id url description created_at expires_at node{__typename id name}}',
) as unknown as TypedDocumentString<GetLinksQuery, GetLinksQueryVariables>;
export const GetNodeDocument = new TypedDocumentString(
  'query GetNode($node_id:ID!$version:Int){getNode(node_id:$node_id version:$version){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<GetNodeQuery, GetNodeQueryVariables>;
export const GetPathDocument = new TypedDocumentString(
  'query GetPath($node_id:ID!){getPath(node_id:$node_id){__typename id name type}}',
) as unknown as TypedDocumentString<GetPathQuery, GetPathQueryVariables>;
export const GetRootsListDocument = new TypedDocumentString(
  'query GetRootsList{getRootsList{__typename id name}}',
) as unknown as TypedDocumentString<GetRootsListQuery, GetRootsListQueryVariables>;
export const GetShareDocument = new TypedDocumentString(
  'query GetShare($node_id:ID!$share_target_id:ID!){getShare(node_id:$node_id share_target_id:$share_target_id){...ShareFields}}fragment ShareFields on Share{__typename created_at expires_at permission node{__typename id name}share_target{__typename ...on User{id email full_name}...on DistributionList{id name}}}',
) as unknown as TypedDocumentString<GetShareQuery, GetShareQueryVariables>;
export const GetUserByIdDocument = new TypedDocumentString(
  'query GetUserById($user_id:ID!){getUserById(user_id:$user_id){...UserFields}}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<GetUserByIdQuery, GetUserByIdQueryVariables>;
export const GetVersionsDocument = new TypedDocumentString(
  'query GetVersions($node_id:ID!$versions:[Int!]){getVersions(node_id:$node_id versions:$versions){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<GetVersionsQuery, GetVersionsQueryVariables>;
export const KeepVersionsDocument = new TypedDocumentString(
  'mutation KeepVersions($node_id:ID!$versions:[Int!]!$keep_forever:Boolean!){keepVersions(node_id:$node_id versions:$versions keep_forever:$keep_forever)}',
) as unknown as TypedDocumentString<KeepVersionsMutation, KeepVersionsMutationVariables>;
export const MoveNodesDocument = new TypedDocumentString(
  'mutation MoveNodes($node_ids:[ID!]$destination_id:ID!){moveNodes(node_ids:$node_ids destination_id:$destination_id){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<MoveNodesMutation, MoveNodesMutationVariables>;
export const RestoreNodesDocument = new TypedDocumentString(
  'mutation RestoreNodes($node_ids:[ID!]){restoreNodes(node_ids:$node_ids){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<RestoreNodesMutation, RestoreNodesMutationVariables>;
export const TrashNodesDocument = new TypedDocumentString(
  'mutation TrashNodes($node_ids:[ID!]){trashNodes(node_ids:$node_ids)}',
) as unknown as TypedDocumentString<TrashNodesMutation, TrashNodesMutationVariables>;
export const UpdateLinkDocument = new TypedDocumentString(
  'mutation UpdateLink($link_id:ID!$expires_at:DateTime$description:String){updateLink(link_id:$link_id expires_at:$expires_at description:$description){...LinkFields}}fragment LinkFields on Link{__typename id url description created_at expires_at node{__typename id name}}',
) as unknown as TypedDocumentString<UpdateLinkMutation, UpdateLinkMutationVariables>;
export const UpdateNodeDocument = new TypedDocumentString(
  'mutation UpdateNode($node_id:String!$name:String$description:String$flagged:Boolean){updateNode(node_id:$node_id name:$name description:$description flagged:$flagged){...NodeFields}}fragment NodeFields on Node{__typename id name description type flagged rootId created_at updated_at owner{...UserFields}creator{...UserFields}last_editor{...UserFields}permissions{...PermissionFields}parent{__typename id name}...on File{extension mime_type size version keep_forever cloned_from_version}...on Folder{id}}fragment PermissionFields on Permissions{can_read can_write_file can_write_folder can_delete can_add_version can_read_link can_change_link can_share can_read_share can_change_share}fragment UserFields on User{__typename id email full_name}',
) as unknown as TypedDocumentString<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const UpdateShareDocument = new TypedDocumentString(
  'mutation UpdateShare($node_id:ID!$share_target_id:ID!$permission:SharePermission$expires_at:DateTime){updateShare(node_id:$node_id share_target_id:$share_target_id permission:$permission expires_at:$expires_at){...ShareFields}}fragment ShareFields on Share{__typename created_at expires_at permission node{__typename id name}share_target{__typename ...on User{id email full_name}...on DistributionList{id name}}}',
) as unknown as TypedDocumentString<UpdateShareMutation, UpdateShareMutationVariables>;
