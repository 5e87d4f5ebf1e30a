import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Document, isMap, isScalar, type Pair, parseDocument, type YAMLMap } from 'yaml';

/** Canonical key orders; keys not listed keep their order after the listed ones. */
const TOP = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'security',
  'tags',
  'externalDocs',
  'paths',
  'webhooks',
  'components',
];
const OPERATION = [
  'operationId',
  'tags',
  'summary',
  'description',
  'externalDocs',
  'deprecated',
  'security',
  'servers',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
];
const METHOD_ORDER = ['parameters', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Sorts a map's entries in place: by a canonical order when given, alphabetically otherwise. Comments move along. */
function sortMap(map: unknown, order?: readonly string[]): void {
  if (!isMap(map)) return;
  const items = (map as YAMLMap).items as Pair[];
  const rank = (key: string) => {
    if (!order) return 0;
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  const indexed = items.map((pair, index) => ({ pair, index, key: keyOf(pair) }));
  indexed.sort((a, b) =>
    order ? rank(a.key) - rank(b.key) || a.index - b.index : a.key.localeCompare(b.key, 'en') || a.index - b.index,
  );
  (map as YAMLMap).items = indexed.map((entry) => entry.pair);
}

function get(map: unknown, key: string): unknown {
  return isMap(map) ? (map as YAMLMap).get(key, true) : undefined;
}

/**
 * Normalises an OpenAPI document for review: YAML output (JSON input is converted), canonical order at the top level
 * and inside operations, and the maps whose order means nothing sorted (paths, methods, responses, components).
 * Schema `properties` keep their order: it is the order readers and the generated types present. Comments survive.
 */
export function normaliseOpenapi(text: string): string {
  const doc = text.trimStart().startsWith('{') ? new Document(JSON.parse(text)) : parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
  const root = doc.contents;
  sortMap(root, TOP);
  const paths = get(root, 'paths');
  sortMap(paths);
  if (isMap(paths)) {
    for (const pair of (paths as YAMLMap).items as Pair[]) {
      sortMap(pair.value, METHOD_ORDER);
      if (!isMap(pair.value)) continue;
      for (const op of (pair.value as YAMLMap).items as Pair[]) {
        if (keyOf(op) === 'parameters') continue;
        sortMap(op.value, OPERATION);
        sortMap(get(op.value, 'responses'));
      }
    }
  }
  const components = get(root, 'components');
  sortMap(components);
  if (isMap(components)) for (const pair of (components as YAMLMap).items as Pair[]) sortMap(pair.value);
  return doc.toString({ lineWidth: 0 });
}

export interface ValidationResult {
  /** Problems the incoming document has and the spec we hold does not: these stop the pull. */
  readonly fresh: readonly string[];
  /** Problems both have: reported, not fatal (the pull does not make them worse). */
  readonly known: readonly string[];
}

function describe(problem: NormalizedProblem): string {
  const where = problem.location[0]?.pointer ?? '';
  return `${problem.ruleId}: ${problem.message} at ${where}`;
}

async function problems(source: string, ref: string): Promise<string[]> {
  // Structural validity and resolvable $refs only: style rules are not a reason to refuse upstream's document.
  const config = await createConfig({ rules: { struct: 'error', 'no-unresolved-refs': 'error' } });
  const found = await lintFromString({ source, absoluteRef: ref, config });
  return found.filter((p) => p.severity === 'error').map(describe);
}

/** Validates with @redocly/openapi-core (OpenAPI 3.0 and 3.1); `current` is the spec we hold, for comparison. */
export async function validateOpenapi(
  text: string,
  current: string | undefined,
  ref: string,
): Promise<ValidationResult> {
  const incoming = await problems(text, ref);
  const held = new Set(current === undefined ? [] : await problems(current, ref));
  return { fresh: incoming.filter((p) => !held.has(p)), known: incoming.filter((p) => held.has(p)) };
}
