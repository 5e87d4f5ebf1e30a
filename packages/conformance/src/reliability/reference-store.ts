import {
  baseName,
  ConflictError,
  checkedBody,
  createHttpClient,
  errorFromStatus,
  type FetchLike,
  type FileEntry,
  type FileStore,
  type HttpClient,
  joinPath,
  NotFoundError,
  normalizePath,
  ProtocolError,
  parentPath,
  readAll,
  Session,
} from '@fileclients/core';
import { uploadBody } from '@fileclients/core/upload';
import type { OpenedTarget, OpenOptions } from '../providers/types.js';
import { type ReferenceServer, startReferenceServer } from './reference-server.js';

const provider = 'core';

/**
 * A flat FileStore over the reference server, written only with core's public API (http client, session with
 * relogin, checked bodies, typed errors): the client the fault harness is proven on.
 */
export async function openReferenceTarget(options: OpenOptions = {}): Promise<OpenedTarget> {
  const server = await startReferenceServer();
  const base = options.route === undefined ? server.url : await options.route(server.url);
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const make = (fetch?: FetchLike): FileStore => referenceStore(server, base, idleTimeoutMs, options, fetch);
  return {
    store: make(),
    base: '/',
    storeWith: (fetch) => make(fetch),
    // A getter: tokens are minted during the run, and the scan reads the list at the end.
    get secrets() {
      return [server.password, ...server.tokens];
    },
    expiredSession: {
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: '{"error":"session expired"}',
    },
    close: () => server.stop(),
  };
}

function referenceStore(
  server: ReferenceServer,
  base: string,
  idleTimeoutMs: number,
  options: OpenOptions,
  fetch: FetchLike | undefined,
): FileStore {
  const session: Session = new Session({
    login: async (current) => {
      const response = await http.request({ provider, operation: 'login' }, `${base}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: server.username, password: server.password }),
      });
      const value = await jsonBody(response, 'login');
      if (typeof value !== 'object' || value === null || !('token' in value) || typeof value.token !== 'string') {
        throw new ProtocolError('login answer has no token', { provider, operation: 'login' });
      }
      current.setCredentials({ token: value.token });
    },
    authorize: ({ headers, session: current }) => {
      if (current.token !== undefined) headers.set('authorization', `Bearer ${current.token}`);
    },
  });
  const http: HttpClient = createHttpClient({
    provider,
    session,
    idleTimeoutMs,
    retry: { baseDelayMs: 50, maxDelayMs: 500 },
    ...(fetch === undefined ? {} : { fetch }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });

  async function jsonBody(response: Response, operation: string): Promise<unknown> {
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw errorFromStatus(response.status, { provider, operation });
    }
    expectType(response, 'application/json', operation);
    const bytes = await readAll(checkedBody(response, { provider, operation }, { idleTimeoutMs }));
    try {
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new ProtocolError('answer is not JSON', { provider, operation, cause: error, status: response.status });
    }
  }

  const at = (route: string, path: string, extra = ''): string =>
    `${base}/api/${route}?path=${encodeURIComponent(normalizePath(path))}${extra}`;

  async function listing(folder: string): Promise<FileEntry[]> {
    const value = await session.withRelogin(async () =>
      jsonBody(await http.request({ provider, operation: 'list' }, at('list', folder)), 'list'),
    );
    if (!Array.isArray(value)) throw new ProtocolError('listing is not an array', { provider, operation: 'list' });
    return value.map((item: unknown) => {
      if (typeof item !== 'object' || item === null || !('name' in item) || typeof item.name !== 'string') {
        throw new ProtocolError('listing entry has no name', { provider, operation: 'list' });
      }
      const size = 'size' in item && typeof item.size === 'number' ? item.size : undefined;
      return {
        name: item.name,
        path: joinPath(folder, item.name),
        kind: 'file',
        ...(size === undefined ? {} : { size }),
      };
    });
  }

  const unsupported = (operation: string) => async (): Promise<never> => {
    throw new ConflictError('not supported by the reference server', { provider, operation });
  };

  const store: FileStore = {
    provider,
    capabilities: {
      copy: false,
      move: false,
      rename: false,
      overwrite: true,
      emptyFiles: true,
      recursiveDelete: true,
      requiresUploadSize: false,
      modifiedTimes: false,
    },
    async *list(path) {
      yield* await listing(path);
    },
    async stat(path) {
      const found = (await listing(parentPath(path))).find((entry) => entry.name === baseName(path));
      if (found === undefined) throw new NotFoundError(`${path} does not exist`, { provider, operation: 'stat' });
      return found;
    },
    mkdir: async (path) => ({ name: baseName(path), path, kind: 'folder' }),
    async rename(path, newName) {
      const to = joinPath(parentPath(path), newName);
      const response = await session.withRelogin(() =>
        http.request({ provider, operation: 'rename' }, at('rename', path, `&to=${encodeURIComponent(to)}`), {
          method: 'POST',
        }),
      );
      await jsonBody(response, 'rename');
      return { name: newName, path: to, kind: 'file' };
    },
    move: unsupported('move'),
    copy: unsupported('copy'),
    async delete(path) {
      const response = await session.withRelogin(() =>
        http.request({ provider, operation: 'delete' }, at('files', path), { method: 'DELETE' }),
      );
      await jsonBody(response, 'delete');
    },
    async upload(path, body) {
      const url = at('files', path);
      const response = await session.withRelogin(() =>
        http.request({ provider, operation: 'upload' }, url, { method: 'PUT', body: uploadBody(body) }),
      );
      await jsonBody(response, 'upload');
      return { name: baseName(path), path, kind: 'file' };
    },
    async download(path, downloadOptions = {}) {
      const url = at('files', path);
      const response = await session.withRelogin(async () => {
        const answer = await http.request({ provider, operation: 'download' }, url);
        if (!answer.ok) {
          await answer.body?.cancel().catch(() => undefined);
          throw errorFromStatus(answer.status, { provider, operation: 'download' });
        }
        return answer;
      });
      expectType(response, 'application/octet-stream', 'download');
      return checkedBody(response, { provider, operation: 'download' }, { idleTimeoutMs, ...downloadOptions });
    },
  };

  return store;
}

/** An HTML login page (a proxy or SSO in the way) must not be taken for data. */
function expectType(response: Response, expected: string, operation: string): void {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith(expected)) {
    response.body?.cancel().catch(() => undefined);
    throw new ProtocolError(`expected ${expected}, got ${type || 'no content type'}`, {
      provider,
      operation,
      status: response.status,
    });
  }
}
