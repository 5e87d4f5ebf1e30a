import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Document, isMap, isScalar, isSeq, type Pair, parseDocument, type YAMLMap } from 'yaml';

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Fallback = readonly string[] | 'alphabetical' | 'as-is';

/** How keys that the spec we hold does not have are placed, by where the map sits in the document. */
function fallbackFor(path: readonly string[]): Fallback {
  const [first, second, third, fourth] = path;
  if (path.length === 0) return TOP;
  if (first === 'paths') {
    if (path.length === 1) return 'alphabetical';
    if (path.length === 2) return METHOD_ORDER;
    if (path.length === 3 && third !== 'parameters') return OPERATION;
    if (path.length === 4 && fourth === 'responses') return 'alphabetical';
  }
  if (first === 'components' && (path.length === 1 || (path.length === 2 && second !== undefined)))
    return 'alphabetical';
  return 'as-is';
}

/**
 * Orders one map: keys the spec we hold has come first, in its order (so a pull of a changed document shows only the
 * change in `git diff` and in the generated code); other keys follow in the fallback order.
 */
function reorder(map: YAMLMap, reference: readonly string[] | undefined, fallback: Fallback): void {
  const items = map.items as Pair[];
  const rank = (key: string, index: number): [number, number, string] => {
    const known = reference?.indexOf(key) ?? -1;
    if (known !== -1) return [0, known, ''];
    if (fallback === 'alphabetical') return [1, 0, key];
    if (fallback === 'as-is') return [1, index, ''];
    const canonical = fallback.indexOf(key);
    return [1, canonical === -1 ? fallback.length : canonical, ''];
  };
  const ranked = items.map((pair, index) => ({ pair, index, rank: rank(keyOf(pair), index) }));
  ranked.sort(
    (a, b) =>
      a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2].localeCompare(b.rank[2], 'en') || a.index - b.index,
  );
  map.items = ranked.map((entry) => entry.pair);
}

function align(node: unknown, reference: unknown, path: readonly string[]): void {
  if (isMap(node)) {
    const ref = isPlainObject(reference) ? reference : undefined;
    reorder(node as YAMLMap, ref ? Object.keys(ref) : undefined, fallbackFor(path));
    for (const pair of (node as YAMLMap).items as Pair[]) {
      const key = keyOf(pair);
      align(pair.value, ref?.[key], [...path, key]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      align(item, Array.isArray(reference) ? reference[i] : undefined, [...path, String(i)]);
    });
  }
}

/**
 * Normalises an OpenAPI document: YAML output (JSON input is converted, comments in YAML survive) and a stable key
 * order. With the spec we hold as `reference`, every map follows its order and new keys are appended, so the diff
 * of the spec and of the generated code shows the change and nothing else. Without one (a first pull), the top level
 * and operations take the canonical OpenAPI order and the maps whose order means nothing (paths, methods, responses,
 * components) are sorted. Schema `properties` keep upstream's order where we have none.
 */
export function normaliseOpenapi(text: string, reference?: unknown): string {
  const doc = text.trimStart().startsWith('{') ? new Document(JSON.parse(text)) : parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
  align(doc.contents, reference, []);
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
