import type { Tool } from '../header.js';

export interface GeneratorContext {
  /** Absolute path of the repository root. */
  readonly root: string;
  /** Absolute path of specs/<provider>/. */
  readonly specDir: string;
  readonly provider: string;
}

/** One file a generator produced, before the header and formatting that run.ts adds to every file. */
export interface GeneratedFile {
  /** File name inside packages/<package>/src/generated/. */
  readonly output: string;
  readonly content: string;
  readonly tools: readonly Tool[];
  /** Absolute paths of every input the content depends on (hashed into the header). */
  readonly inputs: readonly string[];
}
