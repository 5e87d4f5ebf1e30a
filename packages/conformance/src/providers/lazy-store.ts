import type { FileEntry, FileStore, ProviderId, StoreCapabilities } from '@fileclients/core';

/**
 * A FileStore whose real store is built on first use by an async step (a login the provider's store does not do
 * itself). Lets an adapter hand out a store synchronously, as `storeWith` must.
 */
export function lazyStore(
  provider: ProviderId,
  capabilities: StoreCapabilities,
  init: () => Promise<FileStore>,
): FileStore {
  let pending: Promise<FileStore> | undefined;
  const ready = (): Promise<FileStore> => {
    pending ??= init().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    provider,
    capabilities,
    async *list(path, options): AsyncGenerator<FileEntry> {
      yield* (await ready()).list(path, options);
    },
    stat: async (path, options) => (await ready()).stat(path, options),
    mkdir: async (path, options) => (await ready()).mkdir(path, options),
    rename: async (path, newName, options) => (await ready()).rename(path, newName, options),
    move: async (path, toFolder, options) => (await ready()).move(path, toFolder, options),
    copy: async (path, toFolder, options) => (await ready()).copy(path, toFolder, options),
    delete: async (path, options) => (await ready()).delete(path, options),
    upload: async (path, body, options) => (await ready()).upload(path, body, options),
    download: async (path, options) => (await ready()).download(path, options),
  };
}
