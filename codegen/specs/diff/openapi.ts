import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { Level, SpecChange } from '../types.js';

/**
 * A classifier of OpenAPI 3.0/3.1 changes written for the *client* side (see docs/decisions/0003-spec-diff.md for why
 * not a library). The same change means different things depending on who writes the value:
 * - request (the client writes it): removing what the client sends, adding something it must send, or narrowing
 *   what it may send breaks; widening is safe.
 * - response (the client reads it): removing what it reads, making it optional or nullable, or widening a type
 *   breaks; a new optional or required field is safe; a changed enum is dangerous (a switch may miss a value, a
 *   comparison with a removed literal stops compiling).
 * Component schemas are compared once, with the directions they are used in (a schema used both ways takes the
 * worse level), so a change in a shared schema is reported once, at the schema.
 */

type Direction = 'request' | 'response';
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const SEVERITY: Record<Level, number> = { safe: 0, dangerous: 1, breaking: 2 };
const CONSTRAINTS = [
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'pattern',
  'maxItems',
  'minItems',
  'multipleOf',
] as const;
const PROSE = ['description', 'title', 'summary', 'example', 'examples'] as const;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function worst(levels: Iterable<Level>): Level {
  let result: Level = 'safe';
  for (const level of levels) if (SEVERITY[level] > SEVERITY[result]) result = level;
  return result;
}

/** Parses a YAML or JSON OpenAPI document into a plain object. */
export function parseOpenapi(text: string, label: string): Json {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new Error(`${label} is not YAML or JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(doc) || typeof doc.openapi !== 'string') throw new Error(`${label} is not an OpenAPI 3 document`);
  return doc;
}

class Differ {
  readonly changes: SpecChange[] = [];
  private readonly compared = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly oldDoc: Json,
    private readonly newDoc: Json,
  ) {}

  emit(kind: string, level: Level, pointer: string, message: string): void {
    this.changes.push({ kind, level, path: `${this.file}#${pointer}`, message });
  }

  /** Emits with the worst level over the directions the node is used in. */
  emitFor(dirs: ReadonlySet<Direction>, levels: Record<Direction, Level>, kind: string, ptr: string, msg: string) {
    this.emit(kind, worst([...dirs].map((d) => levels[d])), ptr, msg);
  }

  resolve(doc: Json, value: unknown): Json {
    let current = value;
    for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) throw new Error(`${this.file}: only local $refs are supported, found ${ref}`);
      let target: unknown = doc;
      for (const raw of ref.slice(2).split('/')) {
        const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        target = isRecord(target) ? target[key] : undefined;
      }
      current = target;
    }
    return record(current);
  }

  prose(before: Json, after: Json, ptr: string, what: string): void {
    if (PROSE.some((key) => !isDeepStrictEqual(before[key], after[key]))) {
      this.emit('description-changed', 'safe', ptr, `${what}: description or example changed`);
    }
  }

  // ---- schemas ---------------------------------------------------------------------------------------------

  schema(before: unknown, after: unknown, ptr: string, dirs: ReadonlySet<Direction>, what: string): void {
    const oldRef = isRecord(before) && typeof before.$ref === 'string' ? before.$ref : undefined;
    const newRef = isRecord(after) && typeof after.$ref === 'string' ? after.$ref : undefined;
    // The same component on both sides is compared once, at the component.
    if (oldRef && oldRef === newRef && oldRef.startsWith('#/components/schemas/')) return;
    const key = `${oldRef ?? ptr}|${newRef ?? ptr}|${[...dirs].join()}`;
    if ((oldRef || newRef) && this.compared.has(key)) return;
    this.compared.add(key);
    const o = this.resolve(this.oldDoc, before);
    const n = this.resolve(this.newDoc, after);
    if (oldRef !== newRef && (oldRef || newRef)) {
      this.emit(
        'schema-ref-changed',
        'safe',
        ptr,
        `${what}: now ${newRef ?? 'an inline schema'} (was ${oldRef ?? 'inline'})`,
      );
    }
    this.types(o, n, ptr, dirs, what);
    this.enums(o, n, ptr, dirs, what);
    this.properties(o, n, ptr, dirs, what);
    if (o.format !== n.format) {
      const binary = o.format === 'binary' || n.format === 'binary';
      this.emit(
        'format-changed',
        binary ? 'breaking' : 'dangerous',
        ptr,
        `${what}: format ${String(o.format ?? 'none')} → ${String(n.format ?? 'none')}`,
      );
    }
    if (!isDeepStrictEqual(o.xml, n.xml)) {
      // FileCloud's parser finds roots and arrays by these names: any change breaks decoding.
      this.emit('xml-changed', 'breaking', ptr, `${what}: XML name or wrapping changed`);
    }
    for (const c of CONSTRAINTS) {
      if (isDeepStrictEqual(o[c], n[c])) continue;
      this.emitFor(
        dirs,
        { request: 'dangerous', response: 'safe' },
        'constraint-changed',
        ptr,
        `${what}: ${c} ${JSON.stringify(o[c] ?? null)} → ${JSON.stringify(n[c] ?? null)}`,
      );
    }
    if (!isDeepStrictEqual(o.default, n.default)) {
      this.emit('default-changed', 'dangerous', ptr, `${what}: default value changed`);
    }
    this.prose(o, n, ptr, what);
    if (o.items !== undefined || n.items !== undefined) {
      if (o.items === undefined || n.items === undefined) {
        this.emit('items-changed', 'breaking', `${ptr}/items`, `${what}: array items ${o.items ? 'removed' : 'added'}`);
      } else this.schema(o.items, n.items, `${ptr}/items`, dirs, `${what}[]`);
    }
    if (isRecord(o.additionalProperties) && isRecord(n.additionalProperties)) {
      this.schema(o.additionalProperties, n.additionalProperties, `${ptr}/additionalProperties`, dirs, `${what}{}`);
    }
    for (const combinator of ['oneOf', 'anyOf', 'allOf'] as const) this.variants(o, n, combinator, ptr, dirs, what);
  }

  private types(o: Json, n: Json, ptr: string, dirs: ReadonlySet<Direction>, what: string): void {
    const typesOf = (s: Json): Set<string> | undefined => {
      const list = typeof s.type === 'string' ? [s.type] : strings(s.type);
      if (list.length === 0) return undefined;
      const set = new Set(list);
      if (s.nullable === true) set.add('null');
      return set;
    };
    const before = typesOf(o);
    const after = typesOf(n);
    if (!before || !after) {
      if (before !== after && (before || after)) {
        // An untyped schema accepts anything: gaining a type narrows, losing it widens.
        this.emitFor(
          dirs,
          before ? { request: 'safe', response: 'breaking' } : { request: 'breaking', response: 'safe' },
          'type-changed',
          ptr,
          `${what}: type ${before ? [...before].join('|') : 'any'} → ${after ? [...after].join('|') : 'any'}`,
        );
      }
      return;
    }
    const added = [...after].filter((t) => !before.has(t) && !(t === 'number' && before.has('integer')));
    const removed = [...before].filter((t) => !after.has(t) && !(t === 'integer' && after.has('number')));
    if (added.length === 0 && removed.length === 0) return;
    const message = `${what}: type ${[...before].join('|')} → ${[...after].join('|')}`;
    this.emitFor(
      dirs,
      {
        request: removed.length > 0 ? 'breaking' : 'safe',
        response: added.length > 0 ? 'breaking' : 'safe',
      },
      'type-changed',
      ptr,
      message,
    );
  }

  private enums(o: Json, n: Json, ptr: string, dirs: ReadonlySet<Direction>, what: string): void {
    const valuesOf = (s: Json): unknown[] | undefined =>
      Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : undefined;
    const before = valuesOf(o);
    const after = valuesOf(n);
    if (!before && !after) return;
    if (!before || !after) {
      this.emitFor(
        dirs,
        before ? { request: 'safe', response: 'dangerous' } : { request: 'breaking', response: 'safe' },
        before ? 'enum-removed' : 'enum-added',
        ptr,
        `${what}: ${before ? 'no longer limited to' : 'now limited to'} ${JSON.stringify(before ?? after)}`,
      );
      return;
    }
    const has = (list: unknown[], v: unknown) => list.some((x) => isDeepStrictEqual(x, v));
    for (const v of after.filter((v) => !has(before, v))) {
      this.emitFor(
        dirs,
        { request: 'safe', response: 'dangerous' },
        'enum-value-added',
        ptr,
        `${what}: new value ${JSON.stringify(v)}`,
      );
    }
    for (const v of before.filter((v) => !has(after, v))) {
      this.emitFor(
        dirs,
        { request: 'breaking', response: 'dangerous' },
        'enum-value-removed',
        ptr,
        `${what}: value ${JSON.stringify(v)} removed`,
      );
    }
  }

  private properties(o: Json, n: Json, ptr: string, dirs: ReadonlySet<Direction>, what: string): void {
    const before = record(o.properties);
    const after = record(n.properties);
    const oldRequired = new Set(strings(o.required));
    const newRequired = new Set(strings(n.required));
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const name of names) {
      const p = `${ptr}/properties/${escapePointer(name)}`;
      const label = `${what}.${name}`;
      if (!(name in after)) {
        this.emit('property-removed', 'breaking', p, `${label} removed`);
      } else if (!(name in before)) {
        const required = newRequired.has(name);
        this.emitFor(
          dirs,
          { request: required ? 'breaking' : 'safe', response: 'safe' },
          'property-added',
          p,
          `${label} added${required ? ' (required)' : ''}`,
        );
      } else {
        if (!oldRequired.has(name) && newRequired.has(name)) {
          this.emitFor(
            dirs,
            { request: 'breaking', response: 'safe' },
            'property-became-required',
            p,
            `${label} is now required`,
          );
        }
        if (oldRequired.has(name) && !newRequired.has(name)) {
          this.emitFor(
            dirs,
            { request: 'safe', response: 'breaking' },
            'property-became-optional',
            p,
            `${label} is now optional`,
          );
        }
        this.schema(before[name], after[name], p, dirs, label);
      }
    }
  }

  private variants(
    o: Json,
    n: Json,
    combinator: 'oneOf' | 'anyOf' | 'allOf',
    ptr: string,
    dirs: ReadonlySet<Direction>,
    what: string,
  ): void {
    const before = Array.isArray(o[combinator]) ? (o[combinator] as unknown[]) : [];
    const after = Array.isArray(n[combinator]) ? (n[combinator] as unknown[]) : [];
    if (before.length === 0 && after.length === 0) return;
    if (before.length !== after.length) {
      const grew = after.length > before.length;
      this.emitFor(
        dirs,
        combinator === 'allOf'
          ? { request: 'breaking', response: 'breaking' }
          : grew
            ? { request: 'safe', response: 'dangerous' }
            : { request: 'breaking', response: 'safe' },
        grew ? 'variant-added' : 'variant-removed',
        `${ptr}/${combinator}`,
        `${what}: ${combinator} has ${after.length} schemas (was ${before.length})`,
      );
    }
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      this.schema(before[i], after[i], `${ptr}/${combinator}/${i}`, dirs, `${what}(${combinator}[${i}])`);
    }
  }

  // ---- operations ------------------------------------------------------------------------------------------

  operations(): void {
    const oldPaths = record(this.oldDoc.paths);
    const newPaths = record(this.newDoc.paths);
    const paths = [...new Set([...Object.keys(oldPaths), ...Object.keys(newPaths)])].sort();
    for (const path of paths) {
      const oldItem = this.resolve(this.oldDoc, oldPaths[path]);
      const newItem = this.resolve(this.newDoc, newPaths[path]);
      for (const method of METHODS) {
        const ptr = `/paths/${escapePointer(path)}/${method}`;
        const label = `${method.toUpperCase()} ${path}`;
        const o = oldItem[method];
        const n = newItem[method];
        if (!isRecord(o) && !isRecord(n)) continue;
        if (!isRecord(n)) this.emit('operation-removed', 'breaking', ptr, `${label} removed`);
        else if (!isRecord(o)) this.emit('operation-added', 'safe', ptr, `${label} added`);
        else this.operation(oldItem, o, newItem, n, ptr, label);
      }
    }
  }

  private parameters(doc: Json, item: Json, op: Json): Map<string, Json> {
    const map = new Map<string, Json>();
    for (const raw of [
      ...(Array.isArray(item.parameters) ? item.parameters : []),
      ...(Array.isArray(op.parameters) ? op.parameters : []),
    ]) {
      const p = this.resolve(doc, raw);
      if (typeof p.name === 'string' && typeof p.in === 'string') map.set(`${p.in}:${p.name}`, p);
    }
    return map;
  }

  private operation(oldItem: Json, o: Json, newItem: Json, n: Json, ptr: string, label: string): void {
    const req: ReadonlySet<Direction> = new Set(['request']);
    const res: ReadonlySet<Direction> = new Set(['response']);
    if (o.operationId !== n.operationId) {
      this.emit(
        'operation-id-changed',
        'breaking',
        ptr,
        `${label}: operationId ${String(o.operationId)} → ${String(n.operationId)} (generated names change)`,
      );
    }
    if (o.deprecated !== true && n.deprecated === true)
      this.emit('operation-deprecated', 'safe', ptr, `${label} deprecated`);
    if (!isDeepStrictEqual(o.security, n.security))
      this.emit('security-changed', 'dangerous', ptr, `${label}: security changed`);
    this.prose(o, n, ptr, label);

    const oldParams = this.parameters(this.oldDoc, oldItem, o);
    const newParams = this.parameters(this.newDoc, newItem, n);
    for (const key of [...new Set([...oldParams.keys(), ...newParams.keys()])].sort()) {
      const [where, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const p = `${ptr}/parameters/${escapePointer(key)}`;
      const what = `${label} ${where} parameter ${name}`;
      const op = oldParams.get(key);
      const np = newParams.get(key);
      if (!np) this.emit('parameter-removed', 'breaking', p, `${what} removed`);
      else if (!op) {
        const required = np.required === true;
        this.emit(
          'parameter-added',
          required ? 'breaking' : 'safe',
          p,
          `${what} added${required ? ' (required)' : ''}`,
        );
      } else {
        if (op.required !== true && np.required === true)
          this.emit('parameter-became-required', 'breaking', p, `${what} is now required`);
        if (op.required === true && np.required !== true)
          this.emit('parameter-became-optional', 'safe', p, `${what} is now optional`);
        this.schema(op.schema, np.schema, `${p}/schema`, req, what);
      }
    }

    const oldBody = o.requestBody === undefined ? undefined : this.resolve(this.oldDoc, o.requestBody);
    const newBody = n.requestBody === undefined ? undefined : this.resolve(this.newDoc, n.requestBody);
    const bodyPtr = `${ptr}/requestBody`;
    if (oldBody && !newBody) this.emit('request-body-removed', 'breaking', bodyPtr, `${label}: request body removed`);
    else if (!oldBody && newBody) {
      const required = newBody.required === true;
      this.emit(
        'request-body-added',
        required ? 'breaking' : 'safe',
        bodyPtr,
        `${label}: request body added${required ? ' (required)' : ''}`,
      );
    } else if (oldBody && newBody) {
      if (oldBody.required !== true && newBody.required === true) {
        this.emit('request-body-became-required', 'breaking', bodyPtr, `${label}: request body is now required`);
      }
      this.content(record(oldBody.content), record(newBody.content), bodyPtr, req, `${label} body`, {
        removed: 'breaking',
        added: 'safe',
      });
    }

    const oldResponses = record(o.responses);
    const newResponses = record(n.responses);
    for (const status of [...new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])].sort()) {
      const p = `${ptr}/responses/${escapePointer(status)}`;
      const what = `${label} response ${status}`;
      const success = /^[23]/.test(status);
      if (!(status in newResponses))
        this.emit('response-removed', success ? 'breaking' : 'dangerous', p, `${what} removed`);
      else if (!(status in oldResponses))
        this.emit('response-added', success ? 'dangerous' : 'safe', p, `${what} added`);
      else {
        const or = this.resolve(this.oldDoc, oldResponses[status]);
        const nr = this.resolve(this.newDoc, newResponses[status]);
        this.prose(or, nr, p, what);
        this.content(record(or.content), record(nr.content), p, res, what, { removed: 'breaking', added: 'dangerous' });
      }
    }
  }

  private content(
    before: Json,
    after: Json,
    ptr: string,
    dirs: ReadonlySet<Direction>,
    what: string,
    levels: { removed: Level; added: Level },
  ): void {
    for (const type of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const p = `${ptr}/content/${escapePointer(type)}`;
      if (!(type in after)) this.emit('media-type-removed', levels.removed, p, `${what}: ${type} removed`);
      else if (!(type in before)) this.emit('media-type-added', levels.added, p, `${what}: ${type} added`);
      else
        this.schema(record(before[type]).schema, record(after[type]).schema, `${p}/schema`, dirs, `${what} (${type})`);
    }
  }

  // ---- components ------------------------------------------------------------------------------------------

  /** Where each component schema is used: in what clients send, in what they read, or both. */
  private usage(doc: Json): Map<string, Set<Direction>> {
    const uses = new Map<string, Set<Direction>>();
    const walk = (value: unknown, dir: Direction, seen: Set<string>): void => {
      if (Array.isArray(value)) {
        for (const v of value) walk(v, dir, seen);
        return;
      }
      if (!isRecord(value)) return;
      if (typeof value.$ref === 'string') {
        const ref = value.$ref;
        if (seen.has(`${dir}${ref}`)) return;
        seen.add(`${dir}${ref}`);
        const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
        if (match?.[1]) {
          const name = match[1].replaceAll('~1', '/').replaceAll('~0', '~');
          const set = uses.get(name) ?? new Set<Direction>();
          set.add(dir);
          uses.set(name, set);
        }
        walk(this.resolve(doc, value), dir, seen);
        return;
      }
      for (const v of Object.values(value)) walk(v, dir, seen);
    };
    for (const item of Object.values(record(doc.paths))) {
      const pathItem = this.resolve(doc, item);
      for (const method of METHODS) {
        const op = pathItem[method];
        if (!isRecord(op)) continue;
        walk([pathItem.parameters, op.parameters, op.requestBody], 'request', new Set());
        walk(op.responses, 'response', new Set());
      }
    }
    return uses;
  }

  components(): void {
    const oldSchemas = record(record(this.oldDoc.components).schemas);
    const newSchemas = record(record(this.newDoc.components).schemas);
    const oldUse = this.usage(this.oldDoc);
    const newUse = this.usage(this.newDoc);
    for (const name of [...new Set([...Object.keys(oldSchemas), ...Object.keys(newSchemas)])].sort()) {
      const ptr = `/components/schemas/${escapePointer(name)}`;
      if (!(name in newSchemas)) {
        this.emit('schema-removed', 'breaking', ptr, `schema ${name} removed (its exported type goes away)`);
        continue;
      }
      if (!(name in oldSchemas)) {
        this.emit('schema-added', 'safe', ptr, `schema ${name} added`);
        continue;
      }
      const dirs = new Set<Direction>([...(oldUse.get(name) ?? []), ...(newUse.get(name) ?? [])]);
      // An unused schema is still an exported type: judge it both ways.
      if (dirs.size === 0) dirs.add('request').add('response');
      this.schema(oldSchemas[name], newSchemas[name], ptr, dirs, name);
    }
  }
}

/** Classifies every change between two OpenAPI documents (YAML or JSON text) for a client user. */
export function diffOpenapi(options: { file: string; before: string; after: string }): SpecChange[] {
  const oldDoc = parseOpenapi(options.before, `${options.file} (base)`);
  const newDoc = parseOpenapi(options.after, options.file);
  const differ = new Differ(options.file, oldDoc, newDoc);
  differ.operations();
  differ.components();
  if (!isDeepStrictEqual(record(oldDoc.info), record(newDoc.info))) {
    differ.emit('info-changed', 'safe', '/info', 'info (title, version or description) changed');
  }
  if (differ.changes.length === 0 && !isDeepStrictEqual(oldDoc, newDoc)) {
    differ.emit('document-changed', 'safe', '', 'the document changed outside paths and schemas');
  }
  return differ.changes;
}
