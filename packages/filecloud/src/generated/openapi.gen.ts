// Generated code, do not edit: change the spec and run `pnpm generate filecloud`.
// Tool: openapi-typescript 7.13.0
// Spec: specs/filecloud/openapi.yaml sha256:fb57858c53bac0786f0844964edb2058d6de21d4ce13ad6e5fb859b35d36130a

export interface paths {
  '/core/loginguest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log a user in; the session comes back as cookies.
     * @description result 1 = logged in, 0 = refused, 3 = a second factor is needed and `message` holds the token for /core/2falogin.
     */
    post: operations['loginguest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/2falogin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a login that answered result 3 (user or admin). */
    post: operations['twofalogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/locksession': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log the user out (ends the session). */
    post: operations['locksession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getauthenticationinfo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Who is logged in; `authenticated` is "0" when the session is gone. */
    post: operations['getauthenticationinfo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getfilelist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One page of a folder listing. Page with start/limit against meta.total. */
    post: operations['getfilelist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/fileinfo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One entry by full path; a missing file answers with no `entry`. */
    post: operations['fileinfo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/fileexists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether a path exists (result 1 = exists; docs also put 0/1 in message). */
    post: operations['fileexists'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/createfolder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create folder `name` inside `path`.
     * @description Older docs use /app/explorer/createfolder with the same fields (x-alternate-path).
     */
    post: operations['createfolder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/renamefile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename `name` inside `path` to `newname`. */
    post: operations['renamefile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/deletefile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete `name` inside `path` (to the recycle bin when one is enabled). */
    post: operations['deletefile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/copyfile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy `name` inside `path` into the folder `copyto`. */
    post: operations['copyfile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/renameormove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move (or rename) between full paths. */
    post: operations['renameormove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/app/explorer/copyfile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy `name` inside `path` into the folder `copyto` (the path current servers and the Python SDK use). */
    post: operations['explorercopyfile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/app/explorer/renameormove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move (or rename) between full paths (the path current servers and the Python SDK use). */
    post: operations['explorerrenameormove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getdiskusagedetails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Storage usage; the values are human-readable ("755.53 MB"). */
    post: operations['getdiskusagedetails'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getfolderproperties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File, folder and size totals below a folder. */
    post: operations['getfolderproperties'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Synchronous search below a location.
     * @description The vendor doc example names the root `fileinfo`; the client never depends on the root name.
     */
    post: operations['search'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/dosearch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search with status and paging in meta. */
    post: operations['dosearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload one slice of a file; the body is the text `OK` on success.
     * @description Chunked: each slice is one POST with `offset` at the slice start, `complete=0` except on the last slice
     *     (`complete=1`), `filesize` the total. An empty file is one POST with offset 0, complete 1, filesize 0 and an
     *     empty part. Any body other than `OK` is an error message.
     */
    post: operations['upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/downloadfile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The file bytes; an XML `commands` body with result 0 on failure.
     * @description With redirect=1 an object-storage backed server answers a redirect to a storage URL that must be fetched without the session cookies.
     */
    get: operations['downloadfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/downloadfilemulti': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A zip of `count` files fn1..fnN from the folder `filepath`. */
    get: operations['downloadfilemulti'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getversions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Earlier versions of a file. */
    post: operations['getversions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/downloadversionedfile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bytes of one earlier version (by fileid); XML `commands` on failure. */
    get: operations['downloadversionedfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/deleteversion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete one earlier version. */
    post: operations['deleteversion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/addshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Share a path under a name (FileCloud's Python SDK `add_share`); answers the share.
     * @description A client may send `sharename` more than once in one request; FileCloud (PHP) keeps the last value.
     */
    post: operations['addshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/quickshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create (or return) the public share of a path; `shareurl` is the link. */
    post: operations['quickshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getshareforpath': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The share of a path, if any (no `share` element when none). */
    post: operations['getshareforpath'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getshares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Every share the user owns. */
    post: operations['getshares'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/updateshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change share settings; answers the updated share. */
    post: operations['updateshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/setallowpublicaccess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a share public or private. */
    post: operations['setallowpublicaccess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/deleteshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete a share. */
    post: operations['deleteshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/addusertoshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a user (email or user id) access to a private share. */
    post: operations['addusertoshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/deleteuserfromshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove a user's access to a share. */
    post: operations['deleteuserfromshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/getusersforshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The users a share is given to, with their permissions. */
    post: operations['getusersforshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/core/setuseraccessforshare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set one user's permissions on a share (each flag true/false or 1/0). */
    post: operations['setuseraccessforshare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/adminlogin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log an administrator in (result 3 = 2FA, completed through /core/2falogin). */
    post: operations['adminlogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the admin session. */
    post: operations['adminlogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Users matching filters, a page between start and end. */
    post: operations['adminsearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/getuser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One user by name (no `user` element, or an empty body, for an unknown name). */
    post: operations['admingetuser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/adduser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a user. */
    post: operations['adminadduser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/deleteuser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete a user (by profile, the user name). */
    post: operations['admindeleteuser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @enum {integer} */
    FlagParam: 0 | 1;
    /** @description In an admin session, act on this user's files. */
    AdminProxyUserId: string;
    /**
     * @description "1" true, "0" false; some servers leave it empty (read as false).
     * @enum {string}
     */
    Flag: '0' | '1' | '';
    Digits: string;
    CommandsResponse: {
      command?: components['schemas']['Command'][];
    };
    Command: {
      /** @description The operation name, sometimes padded with spaces. */
      type?: string;
      /** @description 1 done, 0 failed, 3 second factor needed (login); PHP also treats 2 as a successful login. */
      result?: string;
      /** @description Error text (may contain CLFC-nnnn), the 2FA token, or fileexists' 0/1. */
      message?: string;
    };
    ListMeta: {
      parentpath?: string;
      total?: components['schemas']['Digits'];
      realpath?: string;
      isroot?: components['schemas']['Flag'];
      canupload?: components['schemas']['Flag'];
      candownload?: components['schemas']['Flag'];
      isshareable?: components['schemas']['Flag'];
      cansetacls?: components['schemas']['Flag'];
      showshareoption?: components['schemas']['Flag'];
      teamfolder?: components['schemas']['Flag'];
      /** @description 1 = ok; anything else is a failure described by message. */
      result?: string;
      message?: string;
      defaultfile?: string;
    };
    Entry: {
      path?: string;
      dirpath?: string;
      name?: string;
      ext?: string;
      fullsize?: components['schemas']['Digits'];
      /** @description Human-readable ("1 KB"); use fullsize. */
      size?: string;
      /** @enum {string} */
      type?: 'file' | 'dir';
      fullfilename?: string;
      /** @description Server locale string. */
      modified?: string;
      modifiedepoch?: components['schemas']['Digits'];
      modifiedepochutc?: components['schemas']['Digits'];
      /** @description e.g. "2018-01-31T13:12:21+0000". */
      modifiediso?: string;
      isroot?: components['schemas']['Flag'];
      isshareable?: components['schemas']['Flag'];
      issyncable?: components['schemas']['Flag'];
      isdatasyncable?: components['schemas']['Flag'];
      /** @enum {string} */
      isshared?: '' | 'public' | 'private';
      canrename?: components['schemas']['Flag'];
      canupload?: components['schemas']['Flag'];
      candownload?: components['schemas']['Flag'];
      canfavorite?: components['schemas']['Flag'];
      cansetacls?: components['schemas']['Flag'];
      showprev?: components['schemas']['Flag'];
      showquickedit?: components['schemas']['Flag'];
      showlockunlock?: components['schemas']['Flag'];
      showshareoption?: components['schemas']['Flag'];
      disallowpreviewdownload?: components['schemas']['Flag'];
      locked?: components['schemas']['Flag'];
      favoritelistid?: string;
      favoriteid?: string;
      order?: string;
      etag?: string;
      validity?: string;
      userfullpath?: string;
    };
    EntriesResponse: {
      meta?: components['schemas']['ListMeta'];
      entry?: components['schemas']['Entry'][];
    };
    FileInfoResponse: {
      entry?: components['schemas']['Entry'];
    };
    SearchMeta: {
      id?: string;
      /** @description e.g. COMPLETE. */
      status?: string;
      statusmessage?: string;
      totalmatch?: components['schemas']['Digits'];
      total?: components['schemas']['Digits'];
      completedtime?: components['schemas']['Digits'];
      location?: string;
      searchstring?: string;
      minsize?: string;
      maxsize?: string;
      modifiedstart?: string;
      modifiedend?: string;
      result?: string;
      message?: string;
    };
    SearchResponse: {
      meta?: components['schemas']['SearchMeta'];
      entry?: components['schemas']['Entry'][];
    };
    /** @description Human-readable sizes ("755.53 MB") and counts. */
    UsageResponse: {
      storageusage?: string;
      sizelimit?: string;
      usagepercent?: string;
      totalfolders?: components['schemas']['Digits'];
      totalfiles?: components['schemas']['Digits'];
      totalsize?: string;
      versionedsize?: string;
      versionedfiles?: components['schemas']['Digits'];
      livefiles?: components['schemas']['Digits'];
      livefolders?: components['schemas']['Digits'];
      livesize?: string;
      recyclefolders?: components['schemas']['Digits'];
      recyclefiles?: components['schemas']['Digits'];
      recyclesize?: string;
    };
    FolderPropertiesResponse: {
      usage?: {
        totalfolders?: components['schemas']['Digits'];
        totalfiles?: components['schemas']['Digits'];
        totalsize?: string;
        versionedsize?: string;
        versionedfiles?: components['schemas']['Digits'];
        livefiles?: components['schemas']['Digits'];
        livefolders?: components['schemas']['Digits'];
        livesize?: string;
      };
    };
    AuthenticationInfoResponse: {
      info?: {
        profile?: string;
        displayname?: string;
        peerid?: string;
        authenticated?: components['schemas']['Flag'];
        isguestauthenticated?: components['schemas']['Flag'];
        isremote?: components['schemas']['Flag'];
        reasoncode?: string;
        OS?: string;
        authtype?: string;
        userlevel?: string;
        userauthtype?: string;
      };
    };
    Version: {
      versionnumber?: string;
      /** @description Human-readable. */
      size?: string;
      how?: string;
      createdon?: string;
      createdby?: string;
      filename?: string;
      sizeinbytes?: components['schemas']['Digits'];
      fileid?: string;
    };
    VersionsResponse: {
      total?: components['schemas']['Digits'];
      version?: components['schemas']['Version'][];
    };
    ShareMeta: {
      total?: components['schemas']['Digits'];
      result?: string;
      message?: string;
    };
    Share: {
      shareid?: string;
      sharename?: string;
      sharelocation?: string;
      shareurl?: string;
      viewmode?: string;
      validityperiod?: string;
      sharesizelimit?: components['schemas']['Digits'];
      maxdownloads?: components['schemas']['Digits'];
      downloadcount?: components['schemas']['Digits'];
      viewsize?: string;
      thumbsize?: string;
      allowpublicaccess?: components['schemas']['Flag'];
      allowpublicupload?: components['schemas']['Flag'];
      allowpublicviewonly?: components['schemas']['Flag'];
      allowpublicuploadonly?: components['schemas']['Flag'];
      isdir?: components['schemas']['Flag'];
      isvalid?: components['schemas']['Flag'];
      createddate?: string;
      allowedit?: components['schemas']['Flag'];
      allowdelete?: components['schemas']['Flag'];
      allowsync?: components['schemas']['Flag'];
      allowshare?: components['schemas']['Flag'];
      shareowner?: string;
      hidenotifications?: components['schemas']['Flag'];
      ispublicsecure?: components['schemas']['Flag'];
    };
    /** @description The users of a share; permissions are "0"/"1" strings (APIDOC lists userid and username). */
    ShareUsersResponse: {
      user?: {
        userid?: string;
        username?: string;
        read?: string;
        write?: string;
        download?: string;
        share?: string;
        sync?: string;
        disallowdelete?: string;
      }[];
    };
    SharesResponse: {
      meta?: components['schemas']['ShareMeta'];
      share?: components['schemas']['Share'][];
    };
    AdminUser: {
      username?: string;
      displayname?: string;
      email?: string;
      created?: string;
      /**
       * @description 0 guest, 1 full, 2 disabled, 3 external.
       * @enum {string}
       */
      status?: '0' | '1' | '2' | '3';
      adminstatus?: components['schemas']['Flag'];
      authtype?: string;
      lastlogindate?: string;
      expirationdate?: string;
      size?: string;
    };
    AdminUsersMeta: {
      total?: components['schemas']['Digits'];
      result?: string;
      message?: string;
    };
    /** @description The official Python SDK reads `user` children of the root; the root name is not documented. */
    AdminUsersResponse: {
      meta?: components['schemas']['AdminUsersMeta'];
      user?: components['schemas']['AdminUser'][];
    };
  };
  responses: {
    /** @description The bytes (octet-stream or the file's type); on failure an XML `commands` body with result 0 instead. */
    Binary: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/octet-stream': Blob;
      };
    };
    /** @description With redirect=1, the storage host URL in Location. Follow it without session cookies. */
    StorageRedirect: {
      headers: {
        Location?: string;
        [name: string]: unknown;
      };
      content?: never;
    };
  };
  parameters: never;
  requestBodies: {
    /** @description No parameters; an empty form body. */
    Empty: {
      content: {
        'application/x-www-form-urlencoded': Record<string, never>;
      };
    };
  };
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  loginguest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description User name or email. */
          userid: string;
          password: string;
          /** @description Device id for remote-management (RMC) clients. */
          remote_client_id?: string;
          remote_client_disp_name?: string;
          remote_client_api_level?: number;
          remote_client_os_type?: string;
          remote_client_app_version?: string;
          remote_client_os_version?: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  twofalogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          userid: string;
          /** @description The one-time code. */
          code: string;
          /** @description The `message` of the result-3 login answer. */
          token: string;
          /** @description Sent by the official Python SDK; harmless when ignored. */
          password?: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  locksession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Empty'];
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  getauthenticationinfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Empty'];
    responses: {
      /** @description Authentication info. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['AuthenticationInfoResponse'];
        };
      };
    };
  };
  getfilelist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description Folder path; "/<username>" is My Files. */
          path: string;
          /** @description 0-based index of the first entry (default 0). */
          start?: number;
          /** @description Page size (server default 10; -1 = all). */
          limit?: number;
          /** @enum {string} */
          sortby?: 'name' | 'date' | 'size';
          /** @enum {integer} */
          sortdir?: 1 | -1;
          sendcommentinfo?: components['schemas']['FlagParam'];
          sendmetadatasetinfo?: components['schemas']['FlagParam'];
          sendfavinfo?: components['schemas']['FlagParam'];
          sendaboutinfo?: components['schemas']['FlagParam'];
          includeextrafields?: components['schemas']['FlagParam'];
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description The page; an empty folder has no `entry` element at all. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['EntriesResponse'];
        };
      };
    };
  };
  fileinfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description Full path. */
          file: string;
          includeextrafields?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description The entry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['FileInfoResponse'];
        };
      };
    };
  };
  fileexists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          file: string;
          caseinsensitive?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  createfolder: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1: answer with an `ETag` header (FileCloud's Python SDK 0.5; presumably recent servers only). */
        'X-FC-Send-ETag'?: '1';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description Parent folder. */
          path: string;
          name: string;
          /** @description Extra levels to create below name (official Python SDK). */
          subpath?: string;
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          /** @description The created item's ETag, when the request sent `X-FC-Send-ETag: 1`. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  renamefile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
          name: string;
          newname: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  deletefile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
          name: string;
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  copyfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
          name: string;
          /** @description Destination folder. */
          copyto: string;
          /** @description New name for the copy (newer servers). */
          copytoname?: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  renameormove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          fromname: string;
          toname: string;
          overwrite?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  explorercopyfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
          name: string;
          /** @description Destination folder. */
          copyto: string;
          /** @description New name for the copy (newer servers). */
          copytoname?: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  explorerrenameormove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          fromname: string;
          toname: string;
          overwrite?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  getdiskusagedetails: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          username: string;
          /**
           * @description 1 = summary, 0 or 2 = details.
           * @enum {integer}
           */
          level?: 0 | 1 | 2;
        };
      };
    };
    responses: {
      /** @description Usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['UsageResponse'];
        };
      };
    };
  };
  getfolderproperties: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
        };
      };
    };
    responses: {
      /** @description Folder properties. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['FolderPropertiesResponse'];
        };
      };
    };
  };
  search: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          keyword: string;
          location: string;
          /** @description KB; 0 = no bound. */
          minsize?: number;
          /** @description KB; 0 = no bound. */
          maxsize?: number;
          modifiedstart?: string;
          modifiedend?: string;
        };
      };
    };
    responses: {
      /** @description Matches. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['EntriesResponse'];
        };
      };
    };
  };
  dosearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          searchstring: string;
          searchloc: string;
          minsize?: number;
          maxsize?: number;
          modifiedstart?: string;
          modifiedend?: string;
          /** @description 0 = names, 1 = content, 2 = metadata (server specific). */
          searchscope?: number;
          start?: number;
          /** @description Page size. */
          size?: number;
          maxsearchentries?: number;
        };
      };
    };
    responses: {
      /** @description Search status and a page of matches. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SearchResponse'];
        };
      };
    };
  };
  upload: {
    parameters: {
      query: {
        appname: 'explorer';
        /** @description Target folder. */
        path: string;
        filename: string;
        offset: number;
        complete: 0 | 1;
        filesize: number;
        /** @description Modification time, UTC "YYYY-MM-DD HH:MM:SS". */
        date?: string;
        /** @description 1 = fail when the file exists. */
        nofileoverwrite?: 0 | 1;
        /** @description Upload only if the existing file has this modification time. */
        iflastmodified?: string;
        adminproxyuserid?: string;
      };
      header?: {
        /** @description 1 on the last slice: answer with an `ETag` header (FileCloud's Python SDK 0.5; presumably recent servers only). */
        'X-FC-Send-ETag'?: '1';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file_contents: Blob;
        };
      };
    };
    responses: {
      /** @description `OK`, or an error message. */
      200: {
        headers: {
          /** @description On the last slice, the file's ETag, when the request sent `X-FC-Send-ETag: 1`. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
    };
  };
  downloadfile: {
    parameters: {
      query: {
        /** @description Full path. */
        filepath: string;
        /** @description The base name. */
        filename: string;
        redirect?: 0 | 1;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Binary'];
      302: components['responses']['StorageRedirect'];
    };
  };
  downloadfilemulti: {
    parameters: {
      query: {
        count: number;
        filepath: string;
        /** @description The first file name; the request continues with fn2, fn3, … up to fn<count> (built by the client). */
        fn1: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Binary'];
    };
  };
  getversions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description Folder holding the file. */
          filepath: string;
          filename: string;
          checksum?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description Versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['VersionsResponse'];
        };
      };
    };
  };
  downloadversionedfile: {
    parameters: {
      query: {
        filepath: string;
        filename: string;
        fileid: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Binary'];
    };
  };
  deleteversion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          filepath: string;
          filename: string;
          fileid: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  addshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          sharelocation: string;
          /** @description The share's name; default the item's name. */
          sharename?: string;
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description Shares. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SharesResponse'];
        };
      };
    };
  };
  quickshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          sharelocation: string;
          showadvancedsharedialog?: components['schemas']['FlagParam'];
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description Shares. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SharesResponse'];
        };
      };
    };
  };
  getshareforpath: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          path: string;
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description Shares. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SharesResponse'];
        };
      };
    };
  };
  getshares: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Empty'];
    responses: {
      /** @description Shares. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SharesResponse'];
        };
      };
    };
  };
  updateshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          shareid: string;
          sharename?: string;
          sharelocation?: string;
          viewmode?: string;
          /** @description Expiry, e.g. "2014-11-07 23:36:00"; empty = never. */
          validityperiod?: string;
          sharesizelimit?: number;
          maxdownloads?: number;
          hidenotification?: components['schemas']['FlagParam'];
          sharepassword?: string;
          allowpublicaccess?: components['schemas']['FlagParam'];
          allowpublicupload?: components['schemas']['FlagParam'];
          allowpublicviewonly?: components['schemas']['FlagParam'];
          allowpublicuploadonly?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description Shares. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['SharesResponse'];
        };
      };
    };
  };
  setallowpublicaccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          shareid: string;
          allowpublicaccess: components['schemas']['FlagParam'];
          allowpublicupload?: components['schemas']['FlagParam'];
          allowpublicviewonly?: components['schemas']['FlagParam'];
          allowpublicuploadonly?: components['schemas']['FlagParam'];
          sharepassword?: string;
          adminproxyuserid?: components['schemas']['AdminProxyUserId'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  deleteshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          shareid: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  addusertoshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          userid: string;
          shareid: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  deleteuserfromshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          userid: string;
          shareid: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  getusersforshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          shareid: string;
        };
      };
    };
    responses: {
      /** @description The users of the share, each with its permissions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['ShareUsersResponse'];
        };
      };
    };
  };
  setuseraccessforshare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          shareid: string;
          userid: string;
          /** @enum {string} */
          download?: '0' | '1' | 'true' | 'false';
          /** @enum {string} */
          write?: '0' | '1' | 'true' | 'false';
          /** @enum {string} */
          share?: '0' | '1' | 'true' | 'false';
          /** @enum {string} */
          sync?: '0' | '1' | 'true' | 'false';
          /** @enum {string} */
          disallowdelete?: '0' | '1' | 'true' | 'false';
          /** @enum {string} */
          allowmanage?: '0' | '1' | 'true' | 'false';
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  adminlogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'adminlogin';
          adminuser: string;
          adminpassword: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  adminlogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'logout';
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  adminsearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'search';
          keyword?: string;
          groupidnin?: string;
          externalin?: string;
          /** @description User status filter: 0 guest, 1 full, 2 disabled, 3 external. */
          status?: string;
          statusnin?: string;
          source?: string;
          start?: number;
          /** @description Index after the last user of the page. */
          end?: number;
          admin?: string;
          policyidnin?: string;
        };
      };
    };
    responses: {
      /** @description Users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['AdminUsersResponse'];
        };
      };
    };
  };
  admingetuser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'getuser';
          username: string;
        };
      };
    };
    responses: {
      /** @description Users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['AdminUsersResponse'];
        };
      };
    };
  };
  adminadduser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'adduser';
          username: string;
          displayname?: string;
          email: string;
          password: string;
          /**
           * @description 0 = default, 1 = Active Directory.
           * @enum {integer}
           */
          authtype?: 0 | 1;
          /**
           * @description 0 guest, 1 full, 2 disabled, 3 external.
           * @enum {integer}
           */
          status?: 0 | 1 | 2 | 3;
          isteamfolderuser?: components['schemas']['FlagParam'];
          sendpwdasplaintext?: components['schemas']['FlagParam'];
          sendapprovalemail?: components['schemas']['FlagParam'];
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
  admindeleteuser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @constant */
          op?: 'deleteuser';
          profile: string;
        };
      };
    };
    responses: {
      /** @description The `commands` envelope; result 1 = done, 0 = failed (message says why). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': components['schemas']['CommandsResponse'];
        };
      };
    };
  };
}
