import { type FileStore, joinPath, normalizePath, registerSecret } from '@fileclients/core';
import { createLocalStore, createNodeHttpFetch } from '@fileclients/core/node';
import type { Address } from './address.js';
import type { RemoteConfig } from './config.js';
import { UsageError } from './errors.js';

/** A folder or file somewhere: the store it lives in and its path there. */
export interface Location {
  readonly store: FileStore;
  /** The path in `store`. */
  readonly path: string;
  /** What the user wrote, for messages. */
  readonly label: string;
  /** The user wrote a trailing '/'. */
  readonly trailingSlash: boolean;
  /** Which remote this is ('' for the local disk): two locations on one remote can move server-side. */
  readonly remote: string;
}

function need(remote: string, config: RemoteConfig, field: 'url' | 'user' | 'password' | 'apiKey'): string {
  const value = config[field];
  if (value === undefined || value === '') {
    const hint =
      field === 'password' || field === 'apiKey'
        ? `add it again with fileclients remote add ${remote} …, or set FILECLIENTS_REMOTE_${remote.toUpperCase()}_${field === 'apiKey' ? 'API_KEY' : 'PASSWORD'}`
        : `add it again with fileclients remote add ${remote} --${field} …`;
    throw new UsageError(`remote "${remote}" has no ${field === 'apiKey' ? 'API key' : field}`, hint);
  }
  return value;
}

/**
 * Path -> id resolutions a store remembers. A tree's walk sees every path once and the copies then look each one up,
 * so it is sized for whole trees (an entry is a path and an id, ~200 bytes; 100,000 of them ~20 MB at most). A run
 * owns the folders it writes, which is what lets Carbonio's store also remember listings (names known absent).
 */
const CACHE_SIZE = 100_000;

/**
 * The store a remote's addresses resolve in, with the path prefix that is the remote's `/`. Each provider's client
 * is imported when a remote of it is first opened, so a run holds only the clients it uses.
 */
export async function openRemote(name: string, config: RemoteConfig): Promise<{ store: FileStore; root: string }> {
  registerSecret(config.password);
  registerSecret(config.apiKey);
  // core's node:http transport: it streams bodies with less CPU per chunk and fewer short-lived objects than the
  // global fetch (undici), which shows in a sync's CPU time and peak RSS (bench/cli/profile.ts).
  const fetch = createNodeHttpFetch();
  switch (config.provider) {
    case 'local':
      return { store: createLocalStore({ root: '/' }), root: normalizePath(config.root ?? '/') };
    case 'carbonio-files': {
      const { createCarbonioFilesClient } = await import('@fileclients/carbonio-files');
      const { createCarbonioStore } = await import('@fileclients/carbonio-files/store');
      const client = createCarbonioFilesClient({
        baseUrl: need(name, config, 'url'),
        username: need(name, config, 'user'),
        password: need(name, config, 'password'),
        fetch,
      });
      return {
        store: createCarbonioStore(client, { cacheSize: CACHE_SIZE, rememberListings: true }),
        root: normalizePath(config.root ?? '/'),
      };
    }
    case 'afterlogic-pro7': {
      const { createPro7Client } = await import('@fileclients/afterlogic-pro7');
      const { createPro7Store } = await import('@fileclients/afterlogic-pro7/store');
      const client = createPro7Client({
        baseUrl: need(name, config, 'url'),
        credentials: { email: need(name, config, 'user'), password: need(name, config, 'password') },
        fetch,
      });
      return { store: createPro7Store(client), root: normalizePath(config.root ?? '/') };
    }
    case 'filecloud': {
      const { createFileCloudClient } = await import('@fileclients/filecloud');
      const { createFileCloudStore } = await import('@fileclients/filecloud/store');
      const user = need(name, config, 'user');
      const client = createFileCloudClient({
        baseUrl: need(name, config, 'url'),
        username: user,
        password: need(name, config, 'password'),
        fetch,
      });
      return { store: createFileCloudStore(client), root: normalizePath(config.root ?? `/${user}`) };
    }
    case 'boxnet': {
      const { createBoxnetClient } = await import('@fileclients/boxnet');
      const { createBoxnetStore } = await import('@fileclients/boxnet/store');
      const url = need(name, config, 'url');
      const client = createBoxnetClient({
        apiKey: need(name, config, 'apiKey'),
        baseUrl: url,
        uploadUrl: config.uploadUrl ?? url,
        downloadUrl: url,
        fetch,
      });
      await client.login(need(name, config, 'user'), need(name, config, 'password'));
      return { store: createBoxnetStore(client, { cacheSize: CACHE_SIZE }), root: normalizePath(config.root ?? '/') };
    }
  }
}

/** Carbonio users write `carbonio:/LOCAL_ROOT/Docs`; the store's `/` is LOCAL_ROOT already. */
function providerPath(config: RemoteConfig, path: string): string {
  if (config.provider !== 'carbonio-files') return path;
  if (path === '/LOCAL_ROOT') return '/';
  return path.startsWith('/LOCAL_ROOT/') ? path.slice('/LOCAL_ROOT'.length) : path;
}

export interface Remotes {
  /** The remote's definition; a UsageError naming the known ones when there is none. */
  get(name: string): RemoteConfig;
}

/** Opens the store behind an address; stores are shared per remote within one run. */
export function createLocator(remotes: Remotes): (address: Address) => Promise<Location> {
  const opened = new Map<string, Promise<{ store: FileStore; root: string }>>();
  return async (address) => {
    const name = address.remote ?? '';
    const config: RemoteConfig = address.remote === undefined ? { provider: 'local' } : remotes.get(address.remote);
    let pending = opened.get(name);
    if (pending === undefined) {
      pending = openRemote(name, config);
      opened.set(name, pending);
    }
    const { store, root } = await pending;
    const path = joinPath(root, providerPath(config, address.path));
    return { store, path, label: address.text, trailingSlash: address.trailingSlash, remote: name };
  };
}
