// Generated code, do not edit: change the spec and run `pnpm generate afterlogic-pro7`.
// Tool: openapi-typescript 7.13.0
// Spec: specs/afterlogic-pro7/openapi.yaml sha256:c4047b904733cc383110472ca52c361e2251c7006cf36c0b4965242dc900d2be

export interface paths {
  '/Ajax/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Any Ajax action, selected by the Action field of the body (the generic form of the per-action paths). */
    post: operations['Ajax'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/SystemGetAppData': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Application data, including the CSRF Token; with a valid AuthToken also the accounts and the user.
     * @description Takes no parameters besides the optional AuthToken. Sets the `p7token` cookie (30 days) whose value is the
     *     returned `Token`. Exempt from the CSRF check.
     */
    post: operations['SystemGetAppData'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/SystemLogin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in against the mail (IMAP) server; returns the AuthToken and sets the `p7auth` cookie.
     * @description Errors: 102 wrong credentials or disabled account; 103 empty password (or empty Email and IncLogin);
     *     901 IMAP server unreachable; 104 database; 105 licence. The AuthToken is a 32-character hex string with no
     *     server-side expiry; it dies on SystemLogout or when the mail password changes.
     */
    post: operations['SystemLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/SystemLogout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session; the AuthToken stops working and `p7auth` is expired.
     * @description Needs a numeric `AccountID` (else 103). Repeating it with a dead token still answers `true` (without
     *     `AccountID` in the envelope); afterwards the old token gets 102.
     */
    post: operations['SystemLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/Files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * List a folder, or search below it recursively when `Pattern` is set.
     * @description `Result: false` with no ErrorCode when the storage type is not available (corporate storage without
     *     collaboration support, as on WebMail Lite). A missing folder answers 999; Files switched off answers 802.
     *     Items come in the storage's order, byte order of the names (`a.txt`, `a_0.txt`, `b.txt`, `b_0.txt`).
     */
    post: operations['Files'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FileInfo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One item by folder and name.
     * @description Only Owner, Path, Type, Name, FullPath and, for files, Size, LastModified, Iframed and Hash are filled;
     *     `Id` and `ContentType` stay `""`. A missing item answers 999.
     */
    post: operations['FileInfo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesQuota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The personal storage quota. */
    post: operations['FilesQuota'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesFolderCreate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a folder.
     * @description `Path` and `FolderName` are URL-decoded a second time by the server (see the top-level quirks). An existing
     *     folder still answers `true`. A missing parent answers 999.
     */
    post: operations['FilesFolderCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesRename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rename a file or folder in place.
     * @description `Path`, `Name` and `NewName` are URL-decoded a second time. `NewName` is cleaned of characters the server
     *     does not allow and, when taken, suffixed `_0`, `_1`, ... before the extension; the final name is not
     *     returned. A missing item answers 999.
     */
    post: operations['FilesRename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesDelete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete files and folders (not atomic).
     * @description Items are deleted in order; `Result` is the outcome of the last one. A missing item answers 999 after the
     *     earlier items were already deleted, so a caller that needs per-item outcomes sends one item per call.
     *     `Items[].Path` and `Items[].Name` are URL-decoded a second time. Deleting a folder also drops its public
     *     links.
     */
    post: operations['FilesDelete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesCopy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Copy items between folders (and storage types).
     * @description `Result` is the outcome of the last item; `null` when nothing was copied (an empty list, or only a folder
     *     into itself: a folder is skipped when `ToPath === FromPath + "/" + Name`). Clashes in the target are
     *     suffixed `_0`, `_1`, ... silently.
     */
    post: operations['FilesCopy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesMove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move items between folders (and storage types).
     * @description `false` with no ErrorCode when a source item does not exist. 812 (FilesQuotaLimit) when moving into
     *     personal storage from another type and an item's `Size` exceeds the free quota. Clashes are suffixed
     *     silently, as for FilesCopy.
     */
    post: operations['FilesMove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesCreatePublicLink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create (or return the existing) public link of an item.
     * @description All of Type, Path, Name, Size and IsFolder are required, else 999. A file link is
     *     `{AppUrl}?/Min/Share/{hash}` (a page; `?/Min/Download/{hash}` streams the file without auth); a folder link
     *     is `{AppUrl}?files-pub={hash}` (list it with FilesPub). `AppUrl` is derived from the request and may lack a
     *     trailing slash (`http://localhost?/Min/Share/...`). The same item returns the same hash. While a link
     *     exists the item lists with `Shared: true`.
     */
    post: operations['FilesCreatePublicLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesPublicLinkDelete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove the public link of an item.
     * @description `Result: true` also when the item has no link or does not exist (a real 7.7.9 server answered so).
     */
    post: operations['FilesPublicLinkDelete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesPub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * List a publicly shared folder (no authentication).
     * @description `Hash` is the value of `files-pub=` in a folder link; `Path` is a sub path below the shared folder (`""` for
     *     its root), appended verbatim. The envelope's AccountID is the owner's.
     */
    post: operations['FilesPub'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Ajax/FilesLinkCreate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an internet-shortcut item `{Name}.url` pointing at `Link`.
     * @description The item then lists with `IsLink: true`, its `LinkType` and `LinkUrl`. Rename such items with `IsLink=1`.
     */
    post: operations['FilesLinkCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Upload/File/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload one file as multipart/form-data (the file part must be named `jua-uploader`).
     * @description `AdditionalData` is a JSON string `{"Type","Path","Overwrite"}`; its `Path` is URL-decoded a second time.
     *     With `Overwrite: false` (the default) a clash is stored as `name_0.ext` while the answer still echoes the
     *     original `Name`. The answer's `Hash` is a temporary-file hash, not the storage item's Hash. Over the
     *     personal quota the answer is `Result: {"Error": "quota"}`. Bad auth answers
     *     `{"Action":"Upload","Result":false,"ErrorCode":102,"Error":"exception"}`; a request without the file part
     *     answers the bare `{"Error":"size"}`.
     */
    post: operations['UploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Upload/File/{Type}/{FilePath}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload one file as the raw request body (since 7.6.3); an existing file is replaced.
     * @description The segments after `{Type}` are joined with `/`, URL-decoded once and split into folder and file name, so
     *     the whole path can travel in one segment with `/` encoded as `%2F` (and `&` as `%26`: the router cuts the
     *     query at the first literal `&`). The folder part is then URL-decoded a second time, the name not: encode
     *     the folder twice and the name once (`encodeURIComponent(encodeURIComponent(folder) + "/" + name)`), or a
     *     folder holding `%` or `+` fails with ErrorCode 999. `Overwrite` is forced to true. The session is the
     *     `Auth-Token` header or the `p7auth` cookie alone: with the `p7token` cookie present the CSRF check runs,
     *     and this route has no Token, so it answers ErrorCode 101. PHP's `upload_max_filesize` and `post_max_size`
     *     do not apply to this body (they do to the multipart form, which answers `{"Error":"size"}` over them). Afterlogic's own page writes the pattern
     *     without the Type segment; taken literally, the first folder is read as the Type and nothing is stored.
     */
    put: operations['UploadFilePut'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesDownload/{AccountID}/{Hash}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file with the session cookie (`Content-Disposition attachment`). */
    get: operations['RawFilesDownloadCookie'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesDownload/{AccountID}/{Hash}/{IsExt}/{TenantHash}/{AuthToken}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a file with the AuthToken in the URL (cookie-less form).
     * @description The documented form is `.../{Hash}/0/hash/{AuthToken}`; `hash` is a placeholder that is ignored.
     */
    get: operations['RawFilesDownload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesView/{AccountID}/{Hash}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** View a file inline with the session cookie (`Content-Disposition inline`; HTML is sanitized). */
    get: operations['RawFilesViewCookie'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesView/{AccountID}/{Hash}/{IsExt}/{TenantHash}/{AuthToken}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** View a file inline with the AuthToken in the URL. */
    get: operations['RawFilesView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesThumbnail/{AccountID}/{Hash}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thumbnail of an image file (items with `Thumb` true) with the session cookie. */
    get: operations['RawFilesThumbnailCookie'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Raw/FilesThumbnail/{AccountID}/{Hash}/{IsExt}/{TenantHash}/{AuthToken}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thumbnail of an image file with the AuthToken in the URL. */
    get: operations['RawFilesThumbnail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/Min/Download/{PublicHash}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a publicly linked file without authentication.
     * @description `PublicHash` is the last segment of a file link `{AppUrl}?/Min/Share/{hash}`.
     */
    get: operations['MinDownload'];
    put?: never;
    post?: never;
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
    /**
     * @description `personal` is the user's own storage; `corporate` needs Pro collaboration support (elsewhere Files answers
     *     `Result: false`); `shared` marks items shared with the user.
     * @enum {string}
     */
    StorageType: 'personal' | 'corporate' | 'shared';
    /** @description `[usedBytes, freeBytes]`. With tenants `freeBytes` can be negative; with no limit both are 0. */
    Quota: [number, number];
    /**
     * @description A boolean sent as a string. `IsLink` uses PHP truthiness, so only `"0"` and `"1"` are safe.
     * @enum {string}
     */
    Flag: '0' | '1';
    /**
     * @description 0 Unknown, 1 GoogleDrive, 2 DropBox, 3 YouTube, 4 Vimeo, 5 SoundCloud.
     * @enum {integer}
     */
    LinkType: 0 | 1 | 2 | 3 | 4 | 5;
    /** @description The resolved account's id. Present only when the server resolved an account. */
    AccountId: number;
    /** @description Server time spent on the request, in seconds. */
    ElapsedTime: number;
    /**
     * @description Upstream `Notifications` constants. 101 InvalidToken (CSRF Token mismatch while the `p7token` cookie is
     *     sent), 102 AuthError (not logged in, dead AuthToken, wrong credentials), 103 InvalidInputParameter, 104
     *     DataBaseError, 105 LicenseProblem, 106 DemoAccount, 107 CaptchaError, 108 AccessDenied, 109 UnknownEmail,
     *     110 MaxPathLen and HttpsApiAccess (one value upstream), 201-207 mail messages, 301-305 sending, 401-404 mail
     *     folders, 501-503 settings, 601-607 contacts, 701-704 accounts and fetchers, 710-719 REST API, 801
     *     CalendarsNotAllowed, 802 FilesNotAllowed, 803 ContactsNotAllowed, 804-808 helpdesk, 810 VoiceNotAllowed,
     *     811 IncorrectFileExtension, 812 FilesQuotaLimit, 901 MailServerError, 999 UnknownError (any other exception:
     *     for Files actions usually a missing file or folder, or a missing parameter).
     * @enum {integer}
     */
    ErrorCode:
      | 101
      | 102
      | 103
      | 104
      | 105
      | 106
      | 107
      | 108
      | 109
      | 110
      | 201
      | 202
      | 203
      | 204
      | 205
      | 206
      | 207
      | 301
      | 302
      | 303
      | 304
      | 305
      | 401
      | 402
      | 403
      | 404
      | 501
      | 502
      | 503
      | 601
      | 602
      | 603
      | 604
      | 605
      | 607
      | 701
      | 702
      | 703
      | 704
      | 710
      | 711
      | 712
      | 713
      | 714
      | 715
      | 716
      | 717
      | 718
      | 719
      | 801
      | 802
      | 803
      | 804
      | 805
      | 806
      | 807
      | 808
      | 810
      | 811
      | 812
      | 901
      | 999;
    /**
     * @description `Object/CFileStorageItem`. All 22 fields are always present. `Path` is the parent folder (`""` for the root,
     *     otherwise starting with `/`), `FullPath` is `Path + "/" + Name` and is what `Path` parameters take to
     *     address the folder's contents. Folders have `Size: 0`, `LastModified: 0`, `ContentType: ""` and
     *     `Hash: ""`. `Shared` is true while a public link exists. `Content` is filled only for `*.asc` files.
     */
    FileStorageItem: {
      /** @constant */
      '@Object': 'Object/CFileStorageItem';
      /** @description The item name in listings; `""` from FileInfo. */
      Id: string;
      Type: components['schemas']['StorageType'];
      Path: string;
      FullPath: string;
      Name: string;
      Size: number;
      IsFolder: boolean;
      /** @description An internet-shortcut (`.url`) item. */
      IsLink: boolean;
      LinkType: components['schemas']['LinkType'];
      LinkUrl: string;
      /** @description Unix seconds; 0 for folders. */
      LastModified: number;
      ContentType: string;
      Iframed: boolean;
      /** @description A thumbnail is available through FilesThumbnail. */
      Thumb: boolean;
      ThumbnailLink: string;
      OembedHtml: string;
      /** @description Opaque key for Raw links; `""` for folders. */
      Hash: string;
      /** @description True while a public link exists, in Files listings; FileInfo always says false. */
      Shared: boolean;
      Owner: string;
      Content: string;
      IsExternal: boolean;
    };
    FileListing: {
      Items: components['schemas']['FileStorageItem'][];
      Quota: components['schemas']['Quota'];
    };
    /**
     * @description The action failed without an ErrorCode; never a success.
     * @constant
     */
    SoftFailure: false;
    /**
     * @description Any failure with an ErrorCode. `Action` echoes the posted action (`Unknown` when none was posted). Extra
     *     keys from the server's exception may appear.
     */
    ErrorEnvelope: {
      Action: string;
      AccountID?: components['schemas']['AccountId'];
      /** @constant */
      Result: false;
      ErrorCode: components['schemas']['ErrorCode'];
      /** @description Only when the server displays error details. */
      ErrorMessage?: string;
      '@Time': components['schemas']['ElapsedTime'];
    };
    /** @description Fields every Ajax action accepts besides `Action`. */
    CommonParams: {
      /** @description From SystemLogin; not needed when the `p7auth` cookie is sent. Wins over the cookie. */
      AuthToken?: string;
      /** @description The CSRF token from SystemGetAppData; checked only when the `p7token` cookie is sent. */
      Token?: string;
      /** @description Ignored by Files actions (they use the default account); required by SystemLogout. */
      AccountID?: number;
    };
    SystemGetAppDataRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'SystemGetAppData';
    };
    SystemLoginRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'SystemLogin';
      /** @description The mail address. */
      Email: string;
      /** @description The IMAP login when it differs from Email. */
      IncLogin?: string;
      /** @description The mail password; empty answers 103. */
      IncPassword: string;
      Language?: string;
      /** @description `1` makes `p7auth` persistent (30 days). */
      SignMe?: components['schemas']['Flag'];
    };
    SystemLogoutRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'SystemLogout';
      /** @description Required here: missing or non-numeric answers 103. */
      AccountID: number;
      LastErrorCode?: number;
    };
    FilesRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'Files';
      Type: components['schemas']['StorageType'];
      /** @description `""` for the root, else a folder FullPath such as `/my folder`. */
      Path: string;
      /** @description When non-empty, a recursive name search below Path. */
      Pattern?: string;
    };
    FileInfoRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FileInfo';
      Type: components['schemas']['StorageType'];
      /** @description The folder FullPath (`""` for the root). */
      Path: string;
      Name: string;
    };
    FilesQuotaRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesQuota';
    };
    FilesFolderCreateRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesFolderCreate';
      Type: components['schemas']['StorageType'];
      /** @description Parent FullPath (`""` for the root). URL-decoded a second time. */
      Path: string;
      /** @description URL-decoded a second time. */
      FolderName: string;
    };
    FilesRenameRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesRename';
      Type: components['schemas']['StorageType'];
      /** @description Folder FullPath. URL-decoded a second time. */
      Path: string;
      /** @description Current name. URL-decoded a second time. */
      Name: string;
      /** @description New name. URL-decoded a second time. */
      NewName: string;
      /** @description `1` renames a `.url` link item. */
      IsLink?: components['schemas']['Flag'];
    };
    DeleteItem: {
      /** @description Folder FullPath. URL-decoded a second time. */
      Path: string;
      /** @description URL-decoded a second time. */
      Name: string;
    };
    FilesDeleteRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesDelete';
      Type: components['schemas']['StorageType'];
      /** @description A JSON array of `{"Path","Name"}` objects, e.g. `[{"Path":"/docs","Name":"a.txt"}]`. */
      Items: string;
      /** @description Documented upstream but never read by the server. */
      Path?: string;
    };
    TransferItem: {
      Name: string;
      IsFolder: boolean;
      /** @description Used for the quota check of FilesMove into personal. */
      Size: number;
    };
    TransferParams: {
      FromType: components['schemas']['StorageType'];
      ToType: components['schemas']['StorageType'];
      /** @description Source folder FullPath. */
      FromPath: string;
      /** @description Target folder FullPath. */
      ToPath: string;
      /** @description A JSON array of `{"Name","IsFolder","Size"}` objects. */
      Files: string;
    };
    FilesCopyRequest: components['schemas']['CommonParams'] &
      components['schemas']['TransferParams'] & {
        /** @constant */
        Action: 'FilesCopy';
      };
    FilesMoveRequest: components['schemas']['CommonParams'] &
      components['schemas']['TransferParams'] & {
        /** @constant */
        Action: 'FilesMove';
      };
    FilesCreatePublicLinkRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesCreatePublicLink';
      Type: components['schemas']['StorageType'];
      Path: string;
      Name: string;
      /** @description Required although only stored. */
      Size: number;
      IsFolder: components['schemas']['Flag'];
    };
    FilesPublicLinkDeleteRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesPublicLinkDelete';
      Type: components['schemas']['StorageType'];
      Path: string;
      Name: string;
    };
    FilesPubRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesPub';
      /** @description The `files-pub=` value of a folder link. */
      Hash: string;
      /** @description Sub path below the shared folder (`""` for its root). */
      Path: string;
    };
    FilesLinkCreateRequest: components['schemas']['CommonParams'] & {
      /** @constant */
      Action: 'FilesLinkCreate';
      Type: components['schemas']['StorageType'];
      Path: string;
      /** Format: uri */
      Link: string;
      /** @description Stored as `{Name}.url`. */
      Name: string;
    };
    UploadAdditionalData: {
      Type: components['schemas']['StorageType'];
      /** @description Target folder FullPath. URL-decoded a second time. */
      Path: string;
      /** @description false (default): clashes get `_0`, `_1`, ... suffixes. */
      Overwrite?: boolean;
      /** @description Sent by the web client for folder uploads. */
      SubPath?: string;
    };
    UploadFileRequest: {
      /**
       * Format: binary
       * @description The file; the part's filename is the stored name.
       */
      'jua-uploader': Blob;
      AuthToken?: string;
      /** @description Checked only when the `p7token` cookie is sent. */
      Token?: string;
      /** @description Ignored. */
      AccountID?: number;
      AdditionalData: string;
      IsExt?: components['schemas']['Flag'];
      TenantHash?: string;
      /**
       * @description Not read by the server.
       * @enum {string}
       */
      'jua-post-type'?: 'ajax' | 'iframe';
    };
    AppDataAccount: {
      AccountID: number;
      Email: string;
      FriendlyName?: string;
      IsPasswordSpecified?: boolean;
      AllowMail?: boolean;
    };
    /** @description The logged-in user's settings (many more fields than listed). */
    AppDataUser: {
      IdUser: number;
      IsFilesSupported: boolean;
      FilesEnable?: boolean;
      IsCollaborationSupported?: boolean;
      AllowFilesSharing?: boolean;
    };
    /** @description Installation settings (many more fields than listed). */
    AppDataApp: {
      SiteName?: string;
      /** @description Upload size limit in bytes; 0 means none. */
      FileSizeLimit?: number;
    };
    /**
     * @description Only the fields a Files client needs are listed; the object carries many more. `Accounts`, `Default` and a
     *     non-null `User` appear when `Auth` is true.
     */
    AppData: {
      Auth: boolean;
      /** @description The CSRF token, also the value of the `p7token` cookie. */
      Token: string;
      User?: components['schemas']['AppDataUser'] | null;
      /** @description The default AccountID. */
      Default?: number;
      Accounts?: components['schemas']['AppDataAccount'][];
      App?: components['schemas']['AppDataApp'];
      LastErrorCode?: number;
      TenantHash?: string;
      /** @description true on MailSuite Pro. */
      IsMailsuite?: boolean;
    };
    SystemGetAppDataSuccess: {
      /** @constant */
      Action: 'SystemGetAppData';
      AccountID?: components['schemas']['AccountId'];
      Result: components['schemas']['AppData'];
      '@Time': components['schemas']['ElapsedTime'];
    };
    SystemLoginSuccess: {
      /** @constant */
      Action: 'SystemLogin';
      AccountID: components['schemas']['AccountId'];
      Result: {
        /** @description 32 hex characters. */
        AuthToken: string;
      };
      '@Time': components['schemas']['ElapsedTime'];
    };
    SystemLogoutSuccess: {
      /** @constant */
      Action: 'SystemLogout';
      AccountID?: components['schemas']['AccountId'];
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesSuccess: {
      /** @constant */
      Action: 'Files';
      AccountID?: components['schemas']['AccountId'];
      Result: components['schemas']['FileListing'] | components['schemas']['SoftFailure'];
      '@Time': components['schemas']['ElapsedTime'];
    };
    FileInfoSuccess: {
      /** @constant */
      Action: 'FileInfo';
      AccountID?: components['schemas']['AccountId'];
      Result: components['schemas']['FileStorageItem'] | components['schemas']['SoftFailure'];
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesQuotaSuccess: {
      /** @constant */
      Action: 'FilesQuota';
      AccountID?: components['schemas']['AccountId'];
      Result: {
        Quota: components['schemas']['Quota'];
      };
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesFolderCreateSuccess: {
      /** @constant */
      Action: 'FilesFolderCreate';
      AccountID?: components['schemas']['AccountId'];
      /** @description `false` is a soft failure. */
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesRenameSuccess: {
      /** @constant */
      Action: 'FilesRename';
      AccountID?: components['schemas']['AccountId'];
      /** @description `false` is a soft failure. The final name is not returned. */
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesDeleteSuccess: {
      /** @constant */
      Action: 'FilesDelete';
      AccountID?: components['schemas']['AccountId'];
      /** @description The outcome of the last item. */
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesCopySuccess: {
      /** @constant */
      Action: 'FilesCopy';
      AccountID?: components['schemas']['AccountId'];
      /** @description The outcome of the last item; `null` when nothing was copied. Both `false` and `null` fail. */
      Result: boolean | null;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesMoveSuccess: {
      /** @constant */
      Action: 'FilesMove';
      AccountID?: components['schemas']['AccountId'];
      /** @description `false` (e.g. a missing source item) is a soft failure. */
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesCreatePublicLinkSuccess: {
      /** @constant */
      Action: 'FilesCreatePublicLink';
      AccountID?: components['schemas']['AccountId'];
      Result: string | components['schemas']['SoftFailure'];
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesPublicLinkDeleteSuccess: {
      /** @constant */
      Action: 'FilesPublicLinkDelete';
      AccountID?: components['schemas']['AccountId'];
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesPubSuccess: {
      /** @constant */
      Action: 'FilesPub';
      AccountID?: components['schemas']['AccountId'];
      Result: components['schemas']['FileListing'] | components['schemas']['SoftFailure'];
      '@Time': components['schemas']['ElapsedTime'];
    };
    FilesLinkCreateSuccess: {
      /** @constant */
      Action: 'FilesLinkCreate';
      AccountID?: components['schemas']['AccountId'];
      Result: boolean;
      '@Time': components['schemas']['ElapsedTime'];
    };
    UploadedFile: {
      /** @description The name as sent, even when a clash stored it under another name. */
      Name: string;
      TempName: string;
      MimeType: string;
      Size: number;
      /** @description A temporary-file hash, not the storage item Hash. */
      Hash: string;
    };
    UploadFileSuccess: {
      /** @constant */
      Action: 'UploadFile';
      AccountID?: components['schemas']['AccountId'];
      Result:
        | {
            File: components['schemas']['UploadedFile'];
          }
        | {
            Error: string;
          };
      '@Time': components['schemas']['ElapsedTime'];
    };
    UploadError: {
      /** @constant */
      Action: 'Upload';
      /** @constant */
      Result: false;
      ErrorCode: components['schemas']['ErrorCode'];
      /** @description 'exception', 'size', 'unknown' or PHP's upload error text. */
      Error?: string;
      '@Time'?: components['schemas']['ElapsedTime'];
    };
    /**
     * @description The bare `{"Error":"size"}` answered when PHP gives the handler no `jua-uploader` part: none was sent, the
     *     file is over `upload_max_filesize`, or the body is over `post_max_size` (2M each on a stock PHP install).
     */
    UploadBareError: {
      Error: string;
    };
  };
  responses: {
    /** @description The file bytes with `Content-Disposition attachment`. */
    RawAttachment: {
      headers: {
        'Content-Disposition': components['headers']['ContentDisposition'];
        [name: string]: unknown;
      };
      content: {
        'application/octet-stream': Blob;
      };
    };
    /** @description The file bytes with `Content-Disposition inline`. */
    RawInline: {
      headers: {
        'Content-Disposition': components['headers']['ContentDisposition'];
        [name: string]: unknown;
      };
      content: {
        'application/octet-stream': Blob;
      };
    };
    /** @description A thumbnail image. */
    RawThumbnail: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'image/*': Blob;
      };
    };
    /** @description Any failure (unknown hash, no or bad authentication) answers 404 with an empty body. */
    RawNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
  };
  parameters: {
    /** @description The AccountID from SystemLogin (`0` is read as empty). */
    RawAccountID: number;
    /** @description The item's `Hash` from a listing (files only; folders have none). */
    RawHash: string;
    /** @description `0` for this API (`1` serves the helpdesk). */
    RawIsExt: '0' | '1';
    /** @description A public-link hash for FilesPub; any other value (the documented placeholder is `hash`) is ignored. */
    RawTenantHash: string;
    /** @description The AuthToken from SystemLogin. */
    RawAuthToken: string;
  };
  requestBodies: never;
  headers: {
    /** @description `p7token` (CSRF, from SystemGetAppData) or `p7auth` (session, from SystemLogin). */
    SetCookie: string;
    /** @description `attachment; filename="..."` for downloads, `inline; filename="..."` for views. */
    ContentDisposition: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Ajax: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded':
          | components['schemas']['SystemGetAppDataRequest']
          | components['schemas']['SystemLoginRequest']
          | components['schemas']['SystemLogoutRequest']
          | components['schemas']['FilesRequest']
          | components['schemas']['FileInfoRequest']
          | components['schemas']['FilesQuotaRequest']
          | components['schemas']['FilesFolderCreateRequest']
          | components['schemas']['FilesRenameRequest']
          | components['schemas']['FilesDeleteRequest']
          | components['schemas']['FilesCopyRequest']
          | components['schemas']['FilesMoveRequest']
          | components['schemas']['FilesCreatePublicLinkRequest']
          | components['schemas']['FilesPublicLinkDeleteRequest']
          | components['schemas']['FilesPubRequest']
          | components['schemas']['FilesLinkCreateRequest'];
      };
    };
    responses: {
      /** @description The success envelope of the action, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['SystemGetAppDataSuccess']
            | components['schemas']['SystemLoginSuccess']
            | components['schemas']['SystemLogoutSuccess']
            | components['schemas']['FilesSuccess']
            | components['schemas']['FileInfoSuccess']
            | components['schemas']['FilesQuotaSuccess']
            | components['schemas']['FilesFolderCreateSuccess']
            | components['schemas']['FilesRenameSuccess']
            | components['schemas']['FilesDeleteSuccess']
            | components['schemas']['FilesCopySuccess']
            | components['schemas']['FilesMoveSuccess']
            | components['schemas']['FilesCreatePublicLinkSuccess']
            | components['schemas']['FilesPublicLinkDeleteSuccess']
            | components['schemas']['FilesPubSuccess']
            | components['schemas']['FilesLinkCreateSuccess']
            | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  SystemGetAppData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['SystemGetAppDataRequest'];
      };
    };
    responses: {
      /** @description AppData, or an error envelope. */
      200: {
        headers: {
          'Set-Cookie': components['headers']['SetCookie'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SystemGetAppDataSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  SystemLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['SystemLoginRequest'];
      };
    };
    responses: {
      /** @description The AuthToken, or an error envelope. */
      200: {
        headers: {
          'Set-Cookie': components['headers']['SetCookie'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SystemLoginSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  SystemLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['SystemLogoutRequest'];
      };
    };
    responses: {
      /** @description `true`, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SystemLogoutSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  Files: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesRequest'];
      };
    };
    responses: {
      /** @description The listing and quota, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FileInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FileInfoRequest'];
      };
    };
    responses: {
      /** @description The item, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileInfoSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesQuota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesQuotaRequest'];
      };
    };
    responses: {
      /** @description The quota, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesQuotaSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesFolderCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesFolderCreateRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['FilesFolderCreateSuccess']
            | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesRename: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesRenameRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesRenameSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesDeleteRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesDeleteSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesCopy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesCopyRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure (`false` or `null`), or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesCopySuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesMove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesMoveRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesMoveSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesCreatePublicLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesCreatePublicLinkRequest'];
      };
    };
    responses: {
      /** @description The public URL, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['FilesCreatePublicLinkSuccess']
            | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesPublicLinkDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesPublicLinkDeleteRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['FilesPublicLinkDeleteSuccess']
            | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesPub: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesPubRequest'];
      };
    };
    responses: {
      /** @description The listing, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesPubSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FilesLinkCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['FilesLinkCreateRequest'];
      };
    };
    responses: {
      /** @description `true`, a soft failure, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilesLinkCreateSuccess'] | components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  UploadFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadFileRequest'];
      };
    };
    responses: {
      /** @description The stored file, a quota answer, or an upload error. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['UploadFileSuccess']
            | components['schemas']['UploadError']
            | components['schemas']['UploadBareError'];
        };
      };
    };
  };
  UploadFilePut: {
    parameters: {
      query?: never;
      header: {
        /** @description The AuthToken from SystemLogin. */
        'Auth-Token': string;
      };
      path: {
        Type: components['schemas']['StorageType'];
        /** @description Full path of the file, e.g. `/my folder/a.txt`, percent-encoded as one segment. */
        FilePath: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': Blob;
      };
    };
    responses: {
      /** @description The stored file, or an upload error. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadFileSuccess'] | components['schemas']['UploadError'];
        };
      };
    };
  };
  RawFilesDownloadCookie: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawAttachment'];
      404: components['responses']['RawNotFound'];
    };
  };
  RawFilesDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
        /** @description `0` for this API (`1` serves the helpdesk). */
        IsExt: components['parameters']['RawIsExt'];
        /** @description A public-link hash for FilesPub; any other value (the documented placeholder is `hash`) is ignored. */
        TenantHash: components['parameters']['RawTenantHash'];
        /** @description The AuthToken from SystemLogin. */
        AuthToken: components['parameters']['RawAuthToken'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawAttachment'];
      404: components['responses']['RawNotFound'];
    };
  };
  RawFilesViewCookie: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawInline'];
      404: components['responses']['RawNotFound'];
    };
  };
  RawFilesView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
        /** @description `0` for this API (`1` serves the helpdesk). */
        IsExt: components['parameters']['RawIsExt'];
        /** @description A public-link hash for FilesPub; any other value (the documented placeholder is `hash`) is ignored. */
        TenantHash: components['parameters']['RawTenantHash'];
        /** @description The AuthToken from SystemLogin. */
        AuthToken: components['parameters']['RawAuthToken'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawInline'];
      404: components['responses']['RawNotFound'];
    };
  };
  RawFilesThumbnailCookie: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawThumbnail'];
      404: components['responses']['RawNotFound'];
    };
  };
  RawFilesThumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The AccountID from SystemLogin (`0` is read as empty). */
        AccountID: components['parameters']['RawAccountID'];
        /** @description The item's `Hash` from a listing (files only; folders have none). */
        Hash: components['parameters']['RawHash'];
        /** @description `0` for this API (`1` serves the helpdesk). */
        IsExt: components['parameters']['RawIsExt'];
        /** @description A public-link hash for FilesPub; any other value (the documented placeholder is `hash`) is ignored. */
        TenantHash: components['parameters']['RawTenantHash'];
        /** @description The AuthToken from SystemLogin. */
        AuthToken: components['parameters']['RawAuthToken'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawThumbnail'];
      404: components['responses']['RawNotFound'];
    };
  };
  MinDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        PublicHash: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['RawAttachment'];
      404: components['responses']['RawNotFound'];
    };
  };
}
