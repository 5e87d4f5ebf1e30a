/**
 * What specs/filecloud/openapi.yaml allows, per path: method, body kind and fields (true = required). The sandbox
 * answers 400 to anything else on these paths, so a client that drifts from the contract fails its tests; a path not
 * listed here is a 404.
 */
export interface Rule {
  readonly method: 'POST' | 'GET';
  readonly body: 'form' | 'multipart' | 'none';
  readonly fields: Readonly<Record<string, boolean>>;
  /** Extra names allowed by pattern (downloadfilemulti's fn1..fnN). */
  readonly pattern?: RegExp;
}

const ADMIN = { adminproxyuserid: false } as const;
const FLAGS = (...names: string[]): Record<string, boolean> => Object.fromEntries(names.map((n) => [n, false]));

export const RULES: Readonly<Record<string, Rule>> = {
  '/core/loginguest': {
    method: 'POST',
    body: 'form',
    fields: {
      userid: true,
      password: true,
      ...FLAGS(
        'remote_client_id',
        'remote_client_disp_name',
        'remote_client_api_level',
        'remote_client_os_type',
        'remote_client_app_version',
        'remote_client_os_version',
      ),
    },
  },
  '/core/2falogin': {
    method: 'POST',
    body: 'form',
    fields: { userid: true, code: true, token: true, password: false },
  },
  '/core/locksession': { method: 'POST', body: 'form', fields: {} },
  '/core/getauthenticationinfo': { method: 'POST', body: 'form', fields: {} },
  '/core/getfilelist': {
    method: 'POST',
    body: 'form',
    fields: {
      path: true,
      ...FLAGS('start', 'limit', 'sortby', 'sortdir', 'sendcommentinfo', 'sendmetadatasetinfo', 'sendfavinfo'),
      ...FLAGS('sendaboutinfo', 'includeextrafields'),
      ...ADMIN,
    },
  },
  '/core/fileinfo': { method: 'POST', body: 'form', fields: { file: true, includeextrafields: false } },
  '/core/fileexists': { method: 'POST', body: 'form', fields: { file: true, caseinsensitive: false } },
  '/core/createfolder': { method: 'POST', body: 'form', fields: { path: true, name: true, subpath: false, ...ADMIN } },
  '/core/renamefile': { method: 'POST', body: 'form', fields: { path: true, name: true, newname: true } },
  '/core/deletefile': { method: 'POST', body: 'form', fields: { path: true, name: true, ...ADMIN } },
  '/core/copyfile': {
    method: 'POST',
    body: 'form',
    fields: { path: true, name: true, copyto: true, copytoname: false },
  },
  '/core/renameormove': { method: 'POST', body: 'form', fields: { fromname: true, toname: true, overwrite: false } },
  '/app/explorer/copyfile': {
    method: 'POST',
    body: 'form',
    fields: { path: true, name: true, copyto: true, copytoname: false },
  },
  '/app/explorer/renameormove': {
    method: 'POST',
    body: 'form',
    fields: { fromname: true, toname: true, overwrite: false },
  },
  '/core/getdiskusagedetails': { method: 'POST', body: 'form', fields: { username: true, level: false } },
  '/core/getfolderproperties': { method: 'POST', body: 'form', fields: { path: true } },
  '/core/search': {
    method: 'POST',
    body: 'form',
    fields: { keyword: true, location: true, ...FLAGS('minsize', 'maxsize', 'modifiedstart', 'modifiedend') },
  },
  '/core/dosearch': {
    method: 'POST',
    body: 'form',
    fields: {
      searchstring: true,
      searchloc: true,
      ...FLAGS(
        'minsize',
        'maxsize',
        'modifiedstart',
        'modifiedend',
        'searchscope',
        'start',
        'size',
        'maxsearchentries',
      ),
    },
  },
  '/core/upload': {
    method: 'POST',
    body: 'multipart',
    fields: {
      appname: true,
      path: true,
      filename: true,
      offset: true,
      complete: true,
      filesize: true,
      ...FLAGS('date', 'nofileoverwrite', 'iflastmodified'),
      ...ADMIN,
    },
  },
  '/core/downloadfile': { method: 'GET', body: 'none', fields: { filepath: true, filename: true, redirect: false } },
  '/core/downloadfilemulti': {
    method: 'GET',
    body: 'none',
    fields: { count: true, filepath: true, fn1: true },
    pattern: /^fn[1-9][0-9]*$/,
  },
  '/core/getversions': { method: 'POST', body: 'form', fields: { filepath: true, filename: true, checksum: false } },
  '/core/downloadversionedfile': {
    method: 'GET',
    body: 'none',
    fields: { filepath: true, filename: true, fileid: true },
  },
  '/core/deleteversion': { method: 'POST', body: 'form', fields: { filepath: true, filename: true, fileid: true } },
  '/core/addshare': { method: 'POST', body: 'form', fields: { sharelocation: true, sharename: false, ...ADMIN } },
  '/core/quickshare': {
    method: 'POST',
    body: 'form',
    fields: { sharelocation: true, showadvancedsharedialog: false, ...ADMIN },
  },
  '/core/getshareforpath': { method: 'POST', body: 'form', fields: { path: true, ...ADMIN } },
  '/core/getshares': { method: 'POST', body: 'form', fields: {} },
  '/core/updateshare': {
    method: 'POST',
    body: 'form',
    fields: {
      shareid: true,
      ...FLAGS('sharename', 'sharelocation', 'viewmode', 'validityperiod', 'sharesizelimit', 'maxdownloads'),
      ...FLAGS('hidenotification', 'sharepassword', 'allowpublicaccess', 'allowpublicupload', 'allowpublicviewonly'),
      ...FLAGS('allowpublicuploadonly'),
    },
  },
  '/core/setallowpublicaccess': {
    method: 'POST',
    body: 'form',
    fields: {
      shareid: true,
      allowpublicaccess: true,
      ...FLAGS('allowpublicupload', 'allowpublicviewonly', 'allowpublicuploadonly', 'sharepassword'),
      ...ADMIN,
    },
  },
  '/core/deleteshare': { method: 'POST', body: 'form', fields: { shareid: true } },
  '/core/addusertoshare': { method: 'POST', body: 'form', fields: { userid: true, shareid: true } },
  '/core/deleteuserfromshare': { method: 'POST', body: 'form', fields: { userid: true, shareid: true } },
  '/core/getusersforshare': { method: 'POST', body: 'form', fields: { shareid: true } },
  '/core/setuseraccessforshare': {
    method: 'POST',
    body: 'form',
    fields: {
      shareid: true,
      userid: true,
      ...FLAGS('download', 'write', 'share', 'sync', 'disallowdelete', 'allowmanage'),
    },
  },
  '/admin/adminlogin': { method: 'POST', body: 'form', fields: { op: false, adminuser: true, adminpassword: true } },
  '/admin/logout': { method: 'POST', body: 'form', fields: { op: false } },
  '/admin/search': {
    method: 'POST',
    body: 'form',
    fields: {
      op: false,
      ...FLAGS('keyword', 'groupidnin', 'externalin', 'status', 'statusnin', 'source', 'start', 'end', 'admin'),
      ...FLAGS('policyidnin'),
    },
  },
  '/admin/getuser': { method: 'POST', body: 'form', fields: { op: false, username: true } },
  '/admin/adduser': {
    method: 'POST',
    body: 'form',
    fields: {
      op: false,
      username: true,
      email: true,
      password: true,
      ...FLAGS('displayname', 'authtype', 'status', 'isteamfolderuser', 'sendpwdasplaintext', 'sendapprovalemail'),
    },
  },
  '/admin/deleteuser': { method: 'POST', body: 'form', fields: { op: false, profile: true } },
};

/**
 * The first reason `params` break the rule, or undefined when they are allowed. A field sent more than once is
 * allowed: FileCloud is PHP, whose form parsing keeps the last value (the sandbox reads the last one too), and a
 * client may send `sharename` twice to `/core/addshare`.
 */
export function violation(rule: Rule, params: URLSearchParams): string | undefined {
  for (const [name, required] of Object.entries(rule.fields)) {
    if (required && !params.has(name)) return `missing parameter ${name}`;
  }
  for (const name of new Set(params.keys())) {
    if (!(name in rule.fields) && !rule.pattern?.test(name)) return `parameter ${name} is not in the spec`;
  }
  return undefined;
}
