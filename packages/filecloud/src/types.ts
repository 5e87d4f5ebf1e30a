// The public option and result types of the user client (client.ts), apart from its methods.
import type { paths } from './generated/openapi.gen.js';

/** One user of a share and what they may do. */
export interface FileCloudShareUser {
  readonly userId: string;
  readonly read: boolean;
  readonly write: boolean;
  readonly download: boolean;
  readonly share: boolean;
  readonly sync: boolean;
  readonly disallowDelete: boolean;
}

/** The permissions setUserAccess can change. */
export interface ShareUserAccess {
  readonly write?: boolean;
  readonly download?: boolean;
  readonly share?: boolean;
  readonly sync?: boolean;
  readonly disallowDelete?: boolean;
}

/** What createFolder made: its path and, where the server sends one, its ETag. */
export interface FileCloudCreated {
  readonly path: string;
  readonly etag?: string;
}

/** What an upload stored: its path and size and, where the server sends one, its ETag. */
export interface FileCloudUploaded {
  readonly path: string;
  readonly size: number;
  readonly etag?: string;
}

export interface ListOptions {
  /** 0-based index of the first entry. */
  readonly start?: number;
  /** Page size (FileCloud's default is 10). */
  readonly limit?: number;
  readonly sortBy?: 'name' | 'date' | 'size';
  readonly sortDir?: 1 | -1;
}

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/x-www-form-urlencoded': infer B } } };
}
  ? B
  : never;

export type ShareChanges = Omit<Body<'/core/updateshare'>, 'shareid'>;
export type PublicAccess = Omit<Body<'/core/setallowpublicaccess'>, 'shareid'>;
export type SearchOptions = Omit<Body<'/core/search'>, 'keyword' | 'location'>;
export type DoSearchOptions = Omit<Body<'/core/dosearch'>, 'searchstring' | 'searchloc'>;
