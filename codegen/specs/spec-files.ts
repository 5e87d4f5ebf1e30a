import { join } from 'node:path';
import { readManifest } from '../manifest.js';
import type { SpecKind } from './types.js';

/** One contract file of a provider that upstream can change: a GraphQL schema, an OpenAPI document or a WSDL. */
export interface SpecFile {
  readonly kind: SpecKind;
  /** Relative to specs/<provider>/. */
  readonly file: string;
  /** Relative to the repository root, with forward slashes (what `git show <ref>:<path>` takes). */
  readonly repoPath: string;
  readonly absolutePath: string;
  /** specs/<provider>/, absolute: what `documents` are relative to. */
  readonly specDir: string;
  /** GraphQL only: the operation documents that must still validate against the schema. */
  readonly documents: readonly string[];
}

/**
 * The contract files of a provider, read from its codegen.json so a new provider needs no edit here. Samples jobs
 * are not contracts (they are our recordings), so they are left out.
 */
export function specFilesOf(root: string, provider: string): { package: string; files: SpecFile[] } {
  const manifest = readManifest(root, provider);
  const files: SpecFile[] = [];
  const add = (kind: SpecKind, file: string, documents: readonly string[] = []) => {
    if (files.some((f) => f.file === file)) return;
    files.push({
      kind,
      file,
      repoPath: `specs/${provider}/${file}`,
      absolutePath: join(manifest.specDir, file),
      specDir: manifest.specDir,
      documents,
    });
  };
  for (const job of manifest.jobs) {
    if (job.kind === 'graphql') add('graphql', job.schema, job.documents);
    else if (job.kind === 'openapi') add('openapi', job.spec);
    else if (job.kind === 'wsdl') add('wsdl', job.wsdl);
  }
  return { package: manifest.package, files };
}
