// Node-only helpers: file paths, fs streams, atomic file download, a node:http transport for bulk bodies.
export { type DownloadResult, type DownloadToFileOptions, downloadToFile } from './download-to-file.js';
export { type FileSourceOptions, fileSource } from './file-source.js';
export { createNodeHttpFetch, type NodeHttpFetchOptions } from './http-transport.js';
export { createLocalStore, type LocalStoreOptions, OutsideRootError } from './local-store.js';
export { isPartialName, PARTIAL_SUFFIX } from './partial.js';
