// The reference in-memory FileStore: used by tests and the conformance suite, not by providers at runtime, so it
// lives in its own entry and does not count against the main entry's size.
export { createMemoryStore, type MemoryStoreOptions } from '../store/memory-store.js';
// The name and nesting rules the reference store enforces, for other FileStore implementations to share.
export { isSubPath, isValidName } from '../store/paths.js';
