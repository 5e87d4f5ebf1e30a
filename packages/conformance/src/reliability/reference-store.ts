import {
  baseName,
  ConflictError,
  checkedBody,
  createHttpClient,
  errorFromStatus,
  type FileEntry,
  type FileStore,
  type HttpClient,
  NotFoundError,
  ProtocolError,
  readAll,
  Session,
  uploadBody,
} from '@fileclients/core';
import type { OpenedTarget, OpenOptions } from '../providers/types.js';
import { startReferenceServer } from './reference-server.js';

const provider = 'core';

/**
 * A flat FileStore over the reference server, written only with core's public API (http client, session with
 * relogin, checked bodies, typed errors): the client the fault harness is proven on.
 */
export async function openReferenceTarget(options: OpenOptions = {}): Promise<OpenedTarget> {
  const server = await startReferenceServer();
  const base = options.route === undefined ? server.url : await options.route(server.url);
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
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

  async function listing(): Promise<FileEntry[]> {
    const value = await session.withRelogin(async () =>
      jsonBody(await http.request({ provider, operation: 'list' }, `${base}/api/list`), 'list'),
    );
    if (!Array.isArray(value)) throw new ProtocolError('listing is not an array', { provider, operation: 'list' });
    return value.map((item: unknown) => {
      if (typeof item !== 'object' || item === null || !('name' in item) || typeof item.name !== 'string') {
        throw new ProtocolError('listing entry has no name', { provider, operation: 'list' });
      }
      const size = 'size' in item && typeof item.size === 'number' ? item.size : undefined;
      return { name: item.name, path: `/${item.name}`, kind: 'file', ...(size === undefined ? {} : { size }) };
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
      recursiveDelete: false,
      requiresUploadSize: false,
      modifiedTimes: false,
    },
    async *list() {
      yield* await listing();
    },
    async stat(path) {
      const found = (await listing()).find((entry) => entry.name === baseName(path));
      if (found === undefined) throw new NotFoundError(`${path} does not exist`, { provider, operation: 'stat' });
      return found;
    },
    mkdir: async (path) => ({ name: baseName(path), path, kind: 'folder' }),
    rename: unsupported('rename'),
    move: unsupported('move'),
    copy: unsupported('copy'),
    delete: unsupported('delete'),
    async upload(path, body) {
      const url = `${base}/api/files/${encodeURIComponent(baseName(path))}`;
      const response = await session.withRelogin(() =>
        http.request({ provider, operation: 'upload' }, url, { method: 'PUT', body: uploadBody(body) }),
      );
      await jsonBody(response, 'upload');
      return { name: baseName(path), path, kind: 'file' };
    },
    async download(path, downloadOptions = {}) {
      const url = `${base}/api/files/${encodeURIComponent(baseName(path))}`;
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

  return {
    store,
    base: '/',
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
