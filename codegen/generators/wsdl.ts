import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WSDL } from 'soap';
import { parseAndGenerate } from 'wsdl-tsclient';
import { toolVersion } from '../header.js';
import type { WsdlJob } from '../manifest.js';
import type { GeneratedFile, GeneratorContext } from './types.js';

/**
 * WSDL: wsdl-tsclient (`--esm`) writes one file per definition plus soap-bound client, port and service files.
 * We keep the message interfaces, merged into one file, and replace the soap-bound files (which carry `any`
 * callbacks and import soap at runtime) with a plain operations map `{ op: { input; output } }`. rpc message parts
 * have no minOccurs: every part is required, so the generator's blanket `?` is dropped on message interfaces
 * (research: toolchain R9c).
 *
 * Post-pass (rpc/encoded). wsdl-tsclient cannot type rpc parts declared with `type=` a complex type: soap's
 * `describe()` hands it an unexpanded ComplexTypeElement and it writes `any` (box research 2a, wsdl-tsclient #99).
 * So we read the WSDL a second time with soap's own WSDL reader and:
 *  - emit a real interface for every complex type (`<all>`/`<sequence>` members; `nillable` gives `| null`,
 *    `minOccurs="0"` gives `?`) and a `T[]` alias for every SOAP-ENC:Array restriction;
 *  - type every complex part of every message with them;
 *  - emit `<port>OperationTable`: per operation, the SOAPAction, the input parts in WSDL order with their xsi:type,
 *    the output parts, and the status literals from an optional `statuses.json` beside the WSDL (WSDL has no place
 *    for them): `{ "<op>": { "success": [..], "outcomes": [..], "errors": [..] } }`;
 *  - emit `<port>TypeTable`: the members of each complex type and the item type of each array, which a runtime
 *    decoder walks to turn typed XML into these interfaces.
 * Generation still fails if an `any` survives.
 */
export async function generateWsdl(job: WsdlJob, ctx: GeneratorContext): Promise<GeneratedFile[]> {
  const wsdlPath = join(ctx.specDir, job.wsdl);
  const wsdlText = readFileSync(wsdlPath, 'utf8');
  const flagsPath = join(dirname(wsdlPath), 'flags.json');
  const model = withFlags(await readWsdlModel(wsdlText, wsdlPath), flagsPath);
  const statusesPath = join(dirname(wsdlPath), 'statuses.json');
  const statuses = existsSync(statusesPath) ? readStatuses(statusesPath, model) : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'fileclients-wsdl-'));
  try {
    await parseAndGenerate(wsdlPath, scratch, { esm: true, quiet: true, colors: false, verbose: false });
    const [serviceDir] = readdirSync(scratch);
    if (!serviceDir) throw new Error(`wsdl-tsclient wrote nothing for ${job.wsdl}`);
    const base = join(scratch, serviceDir);
    const definitions = readdirSync(join(base, 'definitions'))
      .sort()
      .map((file) => mergeDefinition(readFileSync(join(base, 'definitions', file), 'utf8'), model));
    const operations = readdirSync(join(base, 'ports'))
      .sort()
      .map((file) => operationsMap(readFileSync(join(base, 'ports', file), 'utf8')));
    const content = [
      ...complexTypeInterfaces(model),
      ...definitions,
      ...operations,
      ...operationTables(model, statuses),
    ].join('\n');
    const leftover = content.match(/^.*\bany\b.*$/m);
    if (leftover) {
      throw new Error(
        `${job.wsdl}: wsdl-tsclient left an untyped complex part (${leftover[0].trim()}); ` +
          'extend the wsdl post-pass so it is typed from the WSDL',
      );
    }
    const inputs = [wsdlPath, ...(statuses ? [statusesPath] : []), ...(existsSync(flagsPath) ? [flagsPath] : [])];
    return [{ output: job.output, content, tools: [toolVersion('wsdl-tsclient'), toolVersion('soap')], inputs }];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The WSDL model the post-pass works from.

interface FieldModel {
  readonly name: string;
  /** Qualified XML type as written in the WSDL, e.g. `xsd:long`, `tns:SOAPUser`. */
  readonly type: string;
  readonly nillable: boolean;
  readonly optional: boolean;
  /** Listed in `flags.json` beside the WSDL: an integer the service uses as a 0/1 flag, typed and decoded boolean. */
  readonly flag: boolean;
}

type TypeModel =
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly FieldModel[] }
  | { readonly kind: 'array'; readonly name: string; readonly item: string };

interface PartModel {
  readonly name: string;
  readonly type: string;
}

interface OperationModel {
  readonly name: string;
  readonly soapAction: string;
  readonly inputMessage: string;
  readonly outputMessage: string;
  readonly input: readonly PartModel[];
  readonly output: readonly PartModel[];
}

export interface WsdlModel {
  readonly port: string;
  readonly types: readonly TypeModel[];
  readonly messages: ReadonlyMap<string, readonly PartModel[]>;
  readonly operations: readonly OperationModel[];
}

interface StatusModel {
  readonly success: readonly string[];
  readonly outcomes: readonly string[];
  readonly errors: readonly string[];
}

/** soap's parsed schema element: `$`-prefixed keys hold the XML attributes. */
interface SoapElement {
  readonly name: string;
  readonly children: readonly SoapElement[];
  readonly [attribute: `$${string}`]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asElement(value: unknown, where: string): SoapElement {
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.children)) {
    throw new Error(`unexpected WSDL structure at ${where}`);
  }
  return value as unknown as SoapElement;
}

function attr(element: SoapElement, name: string): string | undefined {
  const value = element[`$${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** Reads the WSDL with soap's reader (the same one the sandbox serves it with), into plain data. */
export async function readWsdlModel(wsdlText: string, wsdlPath: string): Promise<WsdlModel> {
  const wsdl = new WSDL(wsdlText, pathToFileURL(wsdlPath).href, {});
  await new Promise<void>((resolve, reject) => wsdl.onReady((error) => (error ? reject(error) : resolve())));
  const definitions: unknown = wsdl.definitions;
  if (!isRecord(definitions)) throw new Error(`${wsdlPath}: soap could not read the definitions`);
  const targetNamespace = String(definitions.$targetNamespace ?? '');

  const types: TypeModel[] = [];
  const schemas = isRecord(definitions.schemas) ? definitions.schemas : {};
  const schema = schemas[targetNamespace];
  const complexTypes = isRecord(schema) && isRecord(schema.complexTypes) ? schema.complexTypes : {};
  for (const [name, raw] of Object.entries(complexTypes)) {
    types.push(readComplexType(name, asElement(raw, `complexType ${name}`)));
  }

  const messages = new Map<string, PartModel[]>();
  const rawMessages = isRecord(definitions.messages) ? definitions.messages : {};
  for (const [name, raw] of Object.entries(rawMessages)) {
    const parts = isRecord(raw) && isRecord(raw.parts) ? raw.parts : {};
    messages.set(
      name,
      Object.entries(parts).map(([part, type]) => {
        // soap resolves complex parts to their ComplexTypeElement; its $name is the type name in the target ns.
        if (typeof type === 'string') return { name: part, type };
        const element = asElement(type, `message ${name} part ${part}`);
        return { name: part, type: `tns:${attr(element, 'name') ?? 'unknown'}` };
      }),
    );
  }

  const portTypes = isRecord(definitions.portTypes) ? definitions.portTypes : {};
  const [port, portType] = Object.entries(portTypes)[0] ?? [];
  if (!port || !isRecord(portType) || !isRecord(portType.methods)) throw new Error(`${wsdlPath}: no portType`);
  const bindings = isRecord(definitions.bindings) ? Object.values(definitions.bindings) : [];
  const binding = bindings.find((b) => isRecord(b) && isRecord(b.methods));
  const bindingMethods = isRecord(binding) && isRecord(binding.methods) ? binding.methods : {};
  const messageOf = (operation: string, direction: 'input' | 'output'): string => {
    const match = wsdlText.match(
      new RegExp(
        `<(?:wsdl:)?operation\\s+name="${operation}"[^>]*>[\\s\\S]*?<(?:wsdl:)?${direction}\\s+message="(?:\\w+:)?([^"]+)"`,
      ),
    );
    if (!match?.[1]) throw new Error(`${wsdlPath}: operation ${operation} has no ${direction} message`);
    return match[1];
  };
  const operations = Object.keys(portType.methods).map((name): OperationModel => {
    const method = bindingMethods[name];
    const soapAction = isRecord(method) && typeof method.soapAction === 'string' ? method.soapAction : '';
    const inputMessage = messageOf(name, 'input');
    const outputMessage = messageOf(name, 'output');
    return {
      name,
      soapAction,
      inputMessage,
      outputMessage,
      input: messages.get(inputMessage) ?? [],
      output: messages.get(outputMessage) ?? [],
    };
  });
  return { port, types, messages, operations };
}

function readComplexType(name: string, element: SoapElement): TypeModel {
  const [content] = element.children;
  if (content?.name === 'complexContent') {
    const restriction = content.children.find((c) => c.name === 'restriction');
    const arrayAttribute = restriction?.children.find((c) => c.name === 'attribute' && attr(c, 'wsdl:arrayType'));
    const arrayType = arrayAttribute ? attr(arrayAttribute, 'wsdl:arrayType') : undefined;
    if (restriction && attr(restriction, 'base')?.endsWith(':Array') && arrayType) {
      return { kind: 'array', name, item: arrayType.replace(/\[\]$/, '') };
    }
    throw new Error(`complexType ${name}: only SOAP-ENC:Array restrictions are supported in complexContent`);
  }
  if (content && (content.name === 'all' || content.name === 'sequence')) {
    const fields = content.children
      .filter((c) => c.name === 'element')
      .map((c) => ({
        name: attr(c, 'name') ?? '',
        type: attr(c, 'type') ?? 'xsd:string',
        nillable: attr(c, 'nillable') === 'true',
        optional: attr(c, 'minOccurs') === '0',
        flag: false,
      }));
    return { kind: 'struct', name, fields };
  }
  if (!content) return { kind: 'struct', name, fields: [] };
  throw new Error(`complexType ${name}: unsupported content <${content.name}>`);
}

function readStatuses(path: string, model: WsdlModel): Map<string, StatusModel> {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(raw)) throw new Error(`${path}: expected an object keyed by operation`);
  const known = new Set(model.operations.map((o) => o.name));
  const list = (value: unknown, where: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new Error(`${path}: ${where} must be a list of strings`);
    }
    return value;
  };
  const statuses = new Map<string, StatusModel>();
  for (const [operation, entry] of Object.entries(raw)) {
    if (operation.startsWith('$')) continue; // "$comment" and friends
    if (!known.has(operation)) throw new Error(`${path}: ${operation} is not an operation of the WSDL`);
    if (!isRecord(entry)) throw new Error(`${path}: ${operation} must be an object`);
    const success = list(entry.success, `${operation}.success`);
    if (success.length === 0) throw new Error(`${path}: ${operation} needs at least one success status`);
    statuses.set(operation, {
      success,
      outcomes: list(entry.outcomes, `${operation}.outcomes`),
      errors: list(entry.errors, `${operation}.errors`),
    });
  }
  for (const operation of known) {
    if (!statuses.has(operation)) throw new Error(`${path}: no statuses for ${operation}`);
  }
  return statuses;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering.

const XSD_TO_TS: Readonly<Record<string, string>> = {
  string: 'string',
  int: 'number',
  long: 'number',
  short: 'number',
  integer: 'number',
  double: 'number',
  float: 'number',
  decimal: 'number',
  boolean: 'boolean',
  base64Binary: 'Uint8Array',
  dateTime: 'string',
};

/** The TypeScript type of a qualified XML type: xsd primitives by table, everything else by local name. */
function tsType(xmlType: string, model: WsdlModel): string {
  const [prefix, local] = xmlType.includes(':') ? xmlType.split(':', 2) : ['', xmlType];
  if (prefix === 'xsd' || prefix === 'xs') {
    const mapped = local ? XSD_TO_TS[local] : undefined;
    if (!mapped) throw new Error(`no TypeScript mapping for ${xmlType}`);
    return mapped;
  }
  if (!model.types.some((t) => t.name === local)) throw new Error(`unknown type ${xmlType}`);
  return local ?? 'never';
}

function complexTypeInterfaces(model: WsdlModel): string[] {
  return model.types.map((type) => {
    if (type.kind === 'array') {
      return `/** ${type.name}: SOAP-ENC:Array of ${type.item} */\nexport type ${type.name} = ${tsType(type.item, model)}[];\n`;
    }
    const fields = type.fields.map((f) => {
      // A member the answer leaves out (minOccurs 0) is null, as a nil one is: a field is never missing.
      const nullable = f.nillable || f.optional ? ' | null' : '';
      const notes = `${f.nillable ? ', nillable' : ''}${f.optional ? ', minOccurs 0 (null when absent)' : ''}${f.flag ? ', a 0/1 flag' : ''}`;
      return `  /** ${f.type}${notes} */\n  ${f.name}: ${f.flag ? 'boolean' : tsType(f.type, model)}${nullable};`;
    });
    return `/** ${type.name} */\nexport interface ${type.name} {\n${fields.join('\n')}\n}\n`;
  });
}

/**
 * One definition file without its imports (everything lands in one module); message parts made required, and the
 * `any` wsdl-tsclient writes for a complex part replaced by the part's real type.
 */
function mergeDefinition(source: string, model: WsdlModel): string {
  const body = source.replace(/^import .*$/gm, '').trim();
  const doc = body.match(/^\/\*\* (\S+) \*\/\s*\nexport interface/);
  const parts = doc?.[1] ? model.messages.get(doc[1]) : undefined;
  if (!parts) return `${body}\n`;
  const typed = body.replace(
    /\/\*\* ComplexType are not supported yet \*\/(\s+)(\w+)\?: any;/g,
    (whole, space: string, name: string) => {
      const part = parts.find((p) => p.name === name);
      return part ? `/** ${part.type} */${space}${name}?: ${tsType(part.type, model)};` : whole;
    },
  );
  // wsdl-tsclient types base64Binary parts as string; the client hands them over decoded, as bytes.
  const binary = typed.replace(
    /\/\*\* xsd:base64Binary \*\/(\s+)(\w+\??): string;/g,
    '/** xsd:base64Binary, decoded: the bytes of the payload */$1$2: Uint8Array;',
  );
  return `${binary.replace(/^(\s+\w+)\?:/gm, '$1:')}\n`;
}

/** `NotesPort { add_note(req: AddNoteRequest, callback: (err: any, result: AddNoteResponse, ...) => void) }` */
function operationsMap(source: string): string {
  const port = source.match(/export interface (\w+) \{/);
  if (!port) throw new Error('wsdl-tsclient port file without an interface');
  const entries = [...source.matchAll(/^\s+(\w+)\(\w+: (\w+), callback: \(err: any, result: (\w+),/gm)].map(
    ([, name, input, output]) => `  ${name}: { input: ${input}; output: ${output} };`,
  );
  return `/** Every operation of the ${port[1]} port with its input and output message. */\nexport interface ${port[1]}Operations {\n${entries.join('\n')}\n}\n`;
}

const json = (value: unknown): string => JSON.stringify(value);

function operationTables(model: WsdlModel, statuses: ReadonlyMap<string, StatusModel> | undefined): string[] {
  const parts = (list: readonly PartModel[]): string =>
    `[${list.map((p) => `{ name: ${json(p.name)}, type: ${json(p.type)} }`).join(', ')}]`;
  const operations = model.operations.map((op) => {
    const status = statuses?.get(op.name);
    const statusLines = status
      ? `\n    success: ${json(status.success)},\n    outcomes: ${json(status.outcomes)},\n    errors: ${json(status.errors)},`
      : '';
    return `  ${op.name}: {\n    soapAction: ${json(op.soapAction)},\n    input: ${parts(op.input)},\n    output: ${parts(op.output)},${statusLines}\n  },`;
  });
  const types = model.types.map((type) => {
    if (type.kind === 'array') return `  ${type.name}: { kind: 'array', item: ${json(type.item)} },`;
    const fields = type.fields.map(
      (f) =>
        `{ name: ${json(f.name)}, type: ${json(f.type)}, nillable: ${f.nillable}, optional: ${f.optional}, flag: ${f.flag} }`,
    );
    return `  ${type.name}: { kind: 'struct', fields: [${fields.join(', ')}] },`;
  });
  return [
    `/**\n * The wire contract of every ${model.port} operation: SOAPAction, input parts in WSDL order with the xsi:type\n * each is sent with, output parts${statuses ? ', and the status literals (success, non-failing outcomes, documented errors)' : ''}.\n */\nexport const ${model.port}OperationTable = {\n${operations.join('\n')}\n} as const;\n`,
    `/** Members of every complex type and the item type of every array, for decoders. */\nexport const ${model.port}TypeTable = {\n${types.join('\n')}\n} as const;\n`,
  ];
}

/**
 * `flags.json` beside the WSDL: `["Type.member", ...]`, integers the service uses as 0/1 flags (WSDL has no place to
 * say so). Each must name a struct member of an integer type.
 */
function withFlags(model: WsdlModel, path: string): WsdlModel {
  if (!existsSync(path)) return model;
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) {
    throw new Error(`${path}: expected a list of "Type.member" strings`);
  }
  const flags = new Set(raw);
  const found = new Set<string>();
  const types = model.types.map((type) => {
    if (type.kind !== 'struct') return type;
    const fields = type.fields.map((f) => {
      const key = `${type.name}.${f.name}`;
      if (!flags.has(key)) return f;
      if (!/^xsd?:(int|long|short|integer)$/.test(f.type))
        throw new Error(`${path}: ${key} is ${f.type}, not an integer`);
      found.add(key);
      return { ...f, flag: true };
    });
    return { ...type, fields };
  });
  const unknown = [...flags].filter((key) => !found.has(key));
  if (unknown.length > 0) throw new Error(`${path}: ${unknown.join(', ')} is not a member of the WSDL`);
  return { ...model, types };
}
