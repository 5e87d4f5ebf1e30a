// Node-only helpers: file paths, fs streams, atomic file download, a node:http transport.
export {};
