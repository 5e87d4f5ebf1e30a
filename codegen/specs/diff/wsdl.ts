import { XMLParser } from 'fast-xml-parser';
import type { Level, SpecChange } from '../types.js';

/**
 * Our own small WSDL 1.1 diff (no maintained JS library classifies WSDL changes): the document is reduced to its
 * operations (input and output parts, in order: rpc/encoded sends parts by position), complex types (elements with
 * type, minOccurs, nillable; SOAP-ENC arrays with their item type), soapActions and the endpoint address, and the
 * two models are compared with the same request/response rules as the OpenAPI classifier.
 */

type Direction = 'request' | 'response';
type Node = Record<string, unknown>;

interface Part {
  readonly name: string;
  readonly type: string;
}

interface Element {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly nillable: boolean;
}

interface ComplexType {
  readonly elements: readonly Element[];
  readonly arrayOf?: string;
}

interface Operation {
  readonly input: readonly Part[];
  readonly output: readonly Part[];
  readonly soapAction?: string;
}

export interface WsdlModel {
  readonly operations: ReadonlyMap<string, Operation>;
  readonly types: ReadonlyMap<string, ComplexType>;
  readonly address?: string;
}

const SEVERITY: Record<Level, number> = { safe: 0, dangerous: 1, breaking: 2 };

function children(node: unknown, name: string): Node[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as Node)[name];
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
}

function attr(node: Node | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** Drops the namespace prefix: prefixes are local to a document, the names are what a client sees. */
function local(qname: string | undefined): string {
  if (!qname) return '';
  return qname.slice(qname.indexOf(':') + 1);
}

/** Parses a WSDL 1.1 document into the model the diff compares. Throws naming the file when it is not one. */
export function parseWsdl(text: string, label: string): WsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch (error) {
    throw new Error(`${label} is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const definitions = children(doc, 'definitions')[0];
  if (!definitions) throw new Error(`${label} is not a WSDL 1.1 document (no <definitions>)`);

  const types = new Map<string, ComplexType>();
  for (const schema of children(children(definitions, 'types')[0], 'schema')) {
    for (const complex of children(schema, 'complexType')) {
      const name = attr(complex, 'name');
      if (!name) continue;
      const group = children(complex, 'all')[0] ?? children(complex, 'sequence')[0];
      const elements = children(group, 'element').map((e) => ({
        name: attr(e, 'name') ?? '',
        type: local(attr(e, 'type')),
        optional: attr(e, 'minOccurs') === '0',
        nillable: attr(e, 'nillable') === 'true',
      }));
      const restriction = children(children(complex, 'complexContent')[0], 'restriction')[0];
      const arrayType = children(restriction, 'attribute')
        .map((a) => attr(a, 'arrayType'))
        .find((t) => t !== undefined);
      types.set(name, { elements, ...(arrayType ? { arrayOf: local(arrayType).replace(/\[\]$/, '') } : {}) });
    }
  }

  const messages = new Map<string, Part[]>();
  for (const message of children(definitions, 'message')) {
    messages.set(
      attr(message, 'name') ?? '',
      children(message, 'part').map((p) => ({
        name: attr(p, 'name') ?? '',
        type: local(attr(p, 'type') ?? attr(p, 'element')),
      })),
    );
  }

  const actions = new Map<string, string>();
  for (const binding of children(definitions, 'binding')) {
    for (const op of children(binding, 'operation')) {
      const action = attr(children(op, 'operation')[0], 'soapAction');
      if (action !== undefined) actions.set(attr(op, 'name') ?? '', action);
    }
  }

  const operations = new Map<string, Operation>();
  for (const portType of children(definitions, 'portType')) {
    for (const op of children(portType, 'operation')) {
      const name = attr(op, 'name') ?? '';
      const input = messages.get(local(attr(children(op, 'input')[0], 'message'))) ?? [];
      const output = messages.get(local(attr(children(op, 'output')[0], 'message'))) ?? [];
      const soapAction = actions.get(name);
      operations.set(name, { input, output, ...(soapAction !== undefined ? { soapAction } : {}) });
    }
  }
  const address = children(definitions, 'service')
    .flatMap((s) => children(s, 'port'))
    .map((p) => attr(children(p, 'address')[0], 'location'))
    .find((l) => l !== undefined);
  return { operations, types, ...(address !== undefined ? { address } : {}) };
}

/** Where each complex type is used: in what the client sends, in what it reads, or both (transitively). */
function usage(model: WsdlModel): Map<string, Set<Direction>> {
  const uses = new Map<string, Set<Direction>>();
  const visit = (type: string, dir: Direction): void => {
    const complex = model.types.get(type);
    if (!complex) return;
    const set = uses.get(type) ?? new Set<Direction>();
    if (set.has(dir)) return;
    set.add(dir);
    uses.set(type, set);
    for (const e of complex.elements) visit(e.type, dir);
    if (complex.arrayOf) visit(complex.arrayOf, dir);
  };
  for (const op of model.operations.values()) {
    for (const p of op.input) visit(p.type, 'request');
    for (const p of op.output) visit(p.type, 'response');
  }
  return uses;
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Classifies every change between two WSDL documents for a client user. */
export function diffWsdl(options: { file: string; before: string; after: string }): SpecChange[] {
  const before = parseWsdl(options.before, `${options.file} (base)`);
  const after = parseWsdl(options.after, options.file);
  const changes: SpecChange[] = [];
  const emit = (kind: string, level: Level, where: string, message: string) =>
    changes.push({ kind, level, path: `${options.file}#${where}`, message });
  const emitFor = (
    dirs: ReadonlySet<Direction>,
    levels: Record<Direction, Level>,
    kind: string,
    where: string,
    msg: string,
  ) =>
    emit(
      kind,
      [...dirs].map((d) => levels[d]).reduce<Level>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'safe'),
      where,
      msg,
    );

  for (const name of sortedUnion(before.operations.keys(), after.operations.keys())) {
    const o = before.operations.get(name);
    const n = after.operations.get(name);
    const where = `operation/${name}`;
    if (!n) {
      emit('operation-removed', 'breaking', where, `operation ${name} removed`);
      continue;
    }
    if (!o) {
      emit('operation-added', 'safe', where, `operation ${name} added`);
      continue;
    }
    // rpc/encoded: the client sends every input part, in order; any change to the list changes the call.
    const oldInput = o.input.map((p) => p.name);
    const newInput = n.input.map((p) => p.name);
    for (const part of n.input.filter((p) => !oldInput.includes(p.name))) {
      emit(
        'part-added',
        'breaking',
        `${where}/input/${part.name}`,
        `${name}: new input part ${part.name} (${part.type}) the caller must send`,
      );
    }
    for (const part of o.input.filter((p) => !newInput.includes(p.name))) {
      emit('part-removed', 'breaking', `${where}/input/${part.name}`, `${name}: input part ${part.name} removed`);
    }
    const common = oldInput.filter((p) => newInput.includes(p));
    if (common.join() !== newInput.filter((p) => oldInput.includes(p)).join()) {
      emit(
        'part-order-changed',
        'breaking',
        `${where}/input`,
        `${name}: input parts reordered (${newInput.join(', ')})`,
      );
    }
    for (const part of n.input) {
      const old = o.input.find((p) => p.name === part.name);
      if (old && old.type !== part.type) {
        emit(
          'part-type-changed',
          'breaking',
          `${where}/input/${part.name}`,
          `${name}: input ${part.name} ${old.type} → ${part.type}`,
        );
      }
    }
    for (const part of n.output) {
      const old = o.output.find((p) => p.name === part.name);
      // Our decoder requires every output part the WSDL names (rpc/encoded answers carry all of them), so a server
      // that does not send the new part yet fails the call: dangerous, not safe (the boxnet demo showed it).
      if (!old) {
        emit(
          'part-added',
          'dangerous',
          `${where}/output/${part.name}`,
          `${name}: new output part ${part.name} (${part.type}); answers without it are refused`,
        );
      } else if (old.type !== part.type) {
        emit(
          'part-type-changed',
          'breaking',
          `${where}/output/${part.name}`,
          `${name}: output ${part.name} ${old.type} → ${part.type}`,
        );
      }
    }
    for (const part of o.output.filter((p) => !n.output.some((q) => q.name === p.name))) {
      emit('part-removed', 'breaking', `${where}/output/${part.name}`, `${name}: output part ${part.name} removed`);
    }
    if (o.soapAction !== n.soapAction) {
      emit(
        'soap-action-changed',
        'dangerous',
        where,
        `${name}: soapAction ${o.soapAction ?? 'none'} → ${n.soapAction ?? 'none'}`,
      );
    }
  }

  const oldUse = usage(before);
  const newUse = usage(after);
  for (const name of sortedUnion(before.types.keys(), after.types.keys())) {
    const o = before.types.get(name);
    const n = after.types.get(name);
    const where = `type/${name}`;
    if (!n) {
      emit('type-removed', 'breaking', where, `type ${name} removed`);
      continue;
    }
    if (!o) {
      emit('type-added', 'safe', where, `type ${name} added`);
      continue;
    }
    const dirs = new Set<Direction>([...(oldUse.get(name) ?? []), ...(newUse.get(name) ?? [])]);
    if (dirs.size === 0) dirs.add('request').add('response');
    if (o.arrayOf !== n.arrayOf) {
      emit(
        'array-item-type-changed',
        'breaking',
        where,
        `${name}: array of ${o.arrayOf ?? 'nothing'} → ${n.arrayOf ?? 'nothing'}`,
      );
    }
    for (const element of n.elements) {
      const old = o.elements.find((e) => e.name === element.name);
      const at = `${where}/${element.name}`;
      const label = `${name}.${element.name}`;
      if (!old) {
        emitFor(
          dirs,
          { request: element.optional ? 'safe' : 'breaking', response: 'safe' },
          'element-added',
          at,
          `${label} added${element.optional ? '' : ' (required)'}`,
        );
        continue;
      }
      if (old.type !== element.type)
        emit('element-type-changed', 'breaking', at, `${label}: ${old.type} → ${element.type}`);
      if (old.optional && !element.optional) {
        emitFor(
          dirs,
          { request: 'breaking', response: 'safe' },
          'element-became-required',
          at,
          `${label} is now required`,
        );
      }
      if (!old.optional && element.optional) {
        emitFor(
          dirs,
          { request: 'safe', response: 'breaking' },
          'element-became-optional',
          at,
          `${label} is now optional`,
        );
      }
      if (!old.nillable && element.nillable) {
        emitFor(
          dirs,
          { request: 'safe', response: 'breaking' },
          'element-became-nillable',
          at,
          `${label} may now be nil`,
        );
      }
      if (old.nillable && !element.nillable) {
        emitFor(
          dirs,
          { request: 'breaking', response: 'safe' },
          'element-no-longer-nillable',
          at,
          `${label} may no longer be nil`,
        );
      }
    }
    for (const element of o.elements.filter((e) => !n.elements.some((x) => x.name === e.name))) {
      emit('element-removed', 'breaking', `${where}/${element.name}`, `${name}.${element.name} removed`);
    }
  }

  if (before.address !== after.address) {
    // Clients take the base URL as an option; the address in the WSDL is only a default.
    emit(
      'address-changed',
      'safe',
      'service/address',
      `endpoint ${before.address ?? 'none'} → ${after.address ?? 'none'}`,
    );
  }
  if (changes.length === 0 && options.before !== options.after) {
    emit('document-changed', 'safe', '', 'comments, documentation or layout changed');
  }
  return changes;
}
