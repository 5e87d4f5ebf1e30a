import { NotFoundError } from '@fileclients/core';
import type { ApiAnswer, ApiPath, CallArgs } from './api.js';
import { postTwoFactor, type TwoFactorOptions } from './auth.js';
import { Connection, type ConnectionOptions } from './connection.js';
import { PROVIDER } from './errors.js';
import type { paths } from './generated/openapi.gen.js';
import { type FileCloudAdminUser, toAdminUser, toNumber } from './normalize.js';
import { asArray } from './xml.js';

export interface FileCloudAdminClientOptions extends ConnectionOptions {
  readonly twoFactor?: TwoFactorOptions;
}

type AddUserBody = paths['/admin/adduser']['post']['requestBody']['content']['application/x-www-form-urlencoded'];
export type NewUser = Omit<AddUserBody, 'op'>;
type SearchBody = NonNullable<
  paths['/admin/search']['post']['requestBody']
>['content']['application/x-www-form-urlencoded'];
export type UserSearch = Omit<SearchBody, 'op'>;

/**
 * An admin session (/admin/*), separate from any user session because FileCloud gives it its own cookies.
 * Session expiry: the admin API has no probe call, so the client logs in again (once) after HTTP 401/403 or a
 * failure whose message says the admin is not logged in.
 */
export class FileCloudAdminClient {
  readonly #connection: Connection;

  constructor(options: FileCloudAdminClientOptions) {
    this.#connection = new Connection('admin', options);
  }

  /** Any form-encoded call of the spec, typed from it, as the user client's `call` (the /admin/* ones take `op`). */
  call<P extends ApiPath>(path: P, ...args: CallArgs<P>): Promise<ApiAnswer<P>> {
    return this.#connection.request(path, ...args);
  }

  login(): Promise<void> {
    return this.#connection.login();
  }

  async completeTwoFactor(token: string, code: string): Promise<void> {
    await postTwoFactor(this.#connection, { userid: this.#connection.username ?? '', token, code });
    this.#connection.markLoggedIn();
  }

  async logout(): Promise<void> {
    await this.#connection.post('/admin/logout', { op: 'logout' });
    this.#connection.markLoggedOut();
  }

  #call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return this.#connection.call(operation, fn);
  }

  /** Users matching `search`, one page (`start`..`end`). */
  async searchUsers(search: UserSearch = {}): Promise<{ users: FileCloudAdminUser[]; total: number | undefined }> {
    return this.#call('admin/search', async () => {
      const data = await this.#connection.post('/admin/search', { op: 'search', ...search });
      return { users: asArray(data.user).map(toAdminUser), total: toNumber(data.meta?.total) };
    });
  }

  /** Every user, page by page. */
  async *listUsers(options: { pageSize?: number; keyword?: string } = {}): AsyncGenerator<FileCloudAdminUser> {
    const size = options.pageSize ?? 100;
    for (let start = 0; ; start += size) {
      const { users, total } = await this.searchUsers({
        start,
        end: start + size,
        ...(options.keyword ? { keyword: options.keyword } : {}),
      });
      yield* users;
      if (users.length < size || (total !== undefined && start + size >= total)) return;
    }
  }

  async getUser(username: string): Promise<FileCloudAdminUser> {
    return this.#call('admin/getuser', async () => {
      const data = await this.#connection.post('/admin/getuser', { op: 'getuser', username });
      const raw = asArray(data.user)[0];
      if (!raw?.username) {
        throw new NotFoundError(`no user named ${username}`, { provider: PROVIDER, operation: 'admin/getuser' });
      }
      return toAdminUser(raw);
    });
  }

  async addUser(user: NewUser): Promise<void> {
    await this.#call('admin/adduser', () => this.#connection.post('/admin/adduser', { op: 'adduser', ...user }));
  }

  async deleteUser(username: string): Promise<void> {
    await this.#call('admin/deleteuser', () =>
      this.#connection.post('/admin/deleteuser', { op: 'deleteuser', profile: username }),
    );
  }
}

export function createFileCloudAdminClient(options: FileCloudAdminClientOptions): FileCloudAdminClient {
  return new FileCloudAdminClient(options);
}
