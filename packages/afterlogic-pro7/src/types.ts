import type { components, paths } from './generated/openapi.gen.js';

type Schemas = components['schemas'];

export type FileStorageItem = Schemas['FileStorageItem'];
export type StorageType = Schemas['StorageType'];
/** `[usedBytes, freeBytes]`; free can be negative with tenants, both 0 when there is no limit. */
export type Quota = Schemas['Quota'];
export type FileListing = Schemas['FileListing'];
export type ErrorCode = Schemas['ErrorCode'];
export type AppData = Schemas['AppData'];
export type UploadedFile = Schemas['UploadedFile'];
export type ErrorEnvelope = Schemas['ErrorEnvelope'];

/** Every per-action Ajax path of the spec, e.g. `/Ajax/Files` (the generic `/Ajax/` is left out: its Action is any). */
export type AjaxPath = Exclude<Extract<keyof paths, `/Ajax/${string}`>, '/Ajax/'>;
/** The action name of a path: `/Ajax/Files` -> `Files`. */
export type ActionOf<P extends AjaxPath> = P extends `/Ajax/${infer A}` ? A : never;

type RequestBodyOf<P extends AjaxPath> = paths[P]['post'] extends {
  requestBody: { content: { 'application/x-www-form-urlencoded': infer B } };
}
  ? B
  : never;

/** The fields a caller passes for an action: the client adds Action, AuthToken and Token itself. */
export type ParamsOf<P extends AjaxPath> = Omit<RequestBodyOf<P>, 'Action' | 'AuthToken' | 'Token'>;

type ResponseOf<P extends AjaxPath> = paths[P]['post'] extends {
  responses: { 200: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

/** The success envelope of an action (the error envelope removed). */
export type SuccessOf<P extends AjaxPath> = Extract<ResponseOf<P>, { Action: ActionOf<P> }>;

/** What a successful call returns: `Result` without the soft failures `false` and `null`. */
export type ResultOf<P extends AjaxPath> = SuccessOf<P> extends { Result: infer R } ? Exclude<R, false | null> : never;
