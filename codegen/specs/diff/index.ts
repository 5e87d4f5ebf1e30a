import type { SpecFile } from '../spec-files.js';
import type { SpecChange } from '../types.js';
import { diffGraphql } from './graphql.js';
import { diffOpenapi } from './openapi.js';
import { diffWsdl } from './wsdl.js';

/**
 * Classifies the changes between two versions of one contract file. `undefined` means the file does not exist on
 * that side (a provider's first spec, or a spec that went away).
 */
export async function diffSpec(
  spec: SpecFile,
  before: string | undefined,
  after: string | undefined,
): Promise<SpecChange[]> {
  if (before === after) return [];
  if (before === undefined)
    return [{ kind: 'spec-added', level: 'safe', path: spec.file, message: `${spec.file} is new` }];
  if (after === undefined) {
    return [{ kind: 'spec-removed', level: 'breaking', path: spec.file, message: `${spec.file} was removed` }];
  }
  switch (spec.kind) {
    case 'graphql':
      return diffGraphql({
        file: spec.file,
        before,
        after,
        specDir: spec.specDir,
        documents: spec.documents,
      });
    case 'openapi':
      return diffOpenapi({ file: spec.file, before, after });
    case 'wsdl':
      return diffWsdl({ file: spec.file, before, after });
  }
}
