import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { DefinitionNode, DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { expandPattern } from '../../files.js';
import type { Level, SpecChange } from '../types.js';

// graphql refuses objects made by another copy of itself. @graphql-inspector/core, loaded by Node, gets graphql's
// CommonJS build (graphql 16 has no `exports` map); a bundler-style loader (vitest) would hand this file the ESM
// build. Requiring it here gives both the same copy.
const { buildSchema, Kind, parse, Source, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

const LEVELS: Record<CriticalityLevel, Level> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

function kebab(type: string): string {
  return type.toLowerCase().replaceAll('_', '-');
}

function build(sdl: string, label: string): GraphQLSchema {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new Error(
      `${label} is not a valid GraphQL schema: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Classifies GraphQL schema changes with @graphql-inspector/core (its levels are already written for the reader of
 * the schema: a removed field or a new required argument breaks, a new enum value is dangerous, additions are safe).
 * On top, every operation document we generate from must still validate against the new schema: a client is
 * broken by a change to a field it selects even when the change looks minor in isolation.
 */
export async function diffGraphql(options: {
  file: string;
  before: string;
  after: string;
  specDir: string;
  documents: readonly string[];
}): Promise<SpecChange[]> {
  const oldSchema = build(options.before, `${options.file} (base)`);
  const newSchema = build(options.after, options.file);
  const found = await diff(oldSchema, newSchema).catch((error: unknown) => {
    throw new Error(`${options.file}: cannot compare: ${error instanceof Error ? error.message : String(error)}`);
  });
  const changes: SpecChange[] = found.map((change) => {
    const kind = kebab(String(change.type));
    let level = LEVELS[change.criticality.level];
    // graphql-inspector calls a new optional argument dangerous for the *server* (resolver logic may change); a
    // client that does not send it is unaffected, so for our users it is a safe addition.
    if (kind === 'field-argument-added' && level === 'dangerous') level = 'safe';
    return { kind, level, path: `${options.file}#${change.path ?? ''}`, message: change.message };
  });
  const definitions: DefinitionNode[] = [];
  for (const pattern of options.documents) {
    for (const path of expandPattern(options.specDir, pattern)) {
      const name = relative(options.specDir, path).split(sep).join('/');
      definitions.push(...parse(new Source(readFileSync(path, 'utf8'), name)).definitions);
    }
  }
  if (definitions.length > 0) {
    // Fragments live in their own files, so the documents are validated together, as the generator sees them.
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
    const key = (e: GraphQLError) => `${e.nodes?.[0]?.loc?.source.name ?? options.file}\u0000${e.message}`;
    const known = new Set(validate(oldSchema, document).map(key));
    for (const error of validate(newSchema, document)) {
      if (known.has(key(error))) continue;
      changes.push({
        kind: 'operation-invalid',
        level: 'breaking',
        path: `${options.file}#${error.nodes?.[0]?.loc?.source.name ?? ''}`,
        message: `our operation no longer validates: ${error.message}`,
      });
    }
  }
  return changes;
}
