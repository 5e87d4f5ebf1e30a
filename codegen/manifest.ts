import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One generator run, as written in `specs/<provider>/codegen.json`. Paths are relative to the spec folder. */
export type Job = GraphqlJob | OpenapiJob | WsdlJob | SamplesJob;

export interface GraphqlJob {
  readonly kind: 'graphql';
  readonly schema: string;
  readonly documents: readonly string[];
  readonly output: string;
  readonly scalars?: Readonly<Record<string, string>>;
  /**
   * How documents are emitted: `documentNode` (the default) as graphql-js AST objects, `string` as
   * TypedDocumentString values holding the printed text, for clients that should not ship the graphql runtime.
   */
  readonly documentMode?: GraphqlDocumentMode;
}

export type GraphqlDocumentMode = 'documentNode' | 'string';
const DOCUMENT_MODES: ReadonlySet<string> = new Set<GraphqlDocumentMode>(['documentNode', 'string']);

export interface OpenapiJob {
  readonly kind: 'openapi';
  readonly spec: string;
  readonly output: string;
  /** Also emit the XML element paths whose schema is an array (for an XML response parser). */
  readonly xmlArrayPaths?: string;
}

export interface WsdlJob {
  readonly kind: 'wsdl';
  readonly wsdl: string;
  readonly output: string;
}

export interface SamplesJob {
  readonly kind: 'samples';
  readonly typeName: string;
  readonly samples: readonly string[];
  readonly output: string;
}

export interface ProviderManifest {
  /** Folder name under specs/. */
  readonly provider: string;
  /** Folder name under packages/. */
  readonly package: string;
  readonly specDir: string;
  readonly generatedDir: string;
  readonly jobs: readonly Job[];
}

const KINDS = new Set(['graphql', 'openapi', 'wsdl', 'samples']);

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(job: Record<string, unknown>, key: string, file: string): string {
  const value = job[key];
  if (typeof value !== 'string' || value === '') fail(file, `job "${String(job.kind)}" needs a string "${key}"`);
  return value;
}

function readStrings(job: Record<string, unknown>, key: string, file: string): string[] {
  const value = job[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(file, `job "${String(job.kind)}" needs "${key}" as a list of strings`);
  }
  return value as string[];
}

function parseJob(raw: unknown, file: string): Job {
  if (!isRecord(raw) || typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) {
    fail(file, `each job needs a "kind" among ${[...KINDS].join(', ')}`);
  }
  const output = readString(raw, 'output', file);
  if (!output.endsWith('.gen.ts')) fail(file, `output "${output}" must end in .gen.ts`);
  switch (raw.kind) {
    case 'graphql': {
      const scalars = raw.scalars;
      if (scalars !== undefined && (!isRecord(scalars) || Object.values(scalars).some((v) => typeof v !== 'string'))) {
        fail(file, 'graphql "scalars" maps scalar names to TypeScript types (strings)');
      }
      const mode = raw.documentMode;
      if (mode !== undefined && (typeof mode !== 'string' || !DOCUMENT_MODES.has(mode))) {
        fail(file, `graphql "documentMode" is one of ${[...DOCUMENT_MODES].join(', ')}`);
      }
      return {
        kind: 'graphql',
        schema: readString(raw, 'schema', file),
        documents: readStrings(raw, 'documents', file),
        output,
        ...(scalars ? { scalars: scalars as Record<string, string> } : {}),
        ...(mode ? { documentMode: mode as GraphqlDocumentMode } : {}),
      };
    }
    case 'openapi': {
      const xml = raw.xmlArrayPaths;
      if (xml !== undefined && (typeof xml !== 'string' || !xml.endsWith('.gen.ts'))) {
        fail(file, '"xmlArrayPaths" names an output file ending in .gen.ts');
      }
      return { kind: 'openapi', spec: readString(raw, 'spec', file), output, ...(xml ? { xmlArrayPaths: xml } : {}) };
    }
    case 'wsdl':
      return { kind: 'wsdl', wsdl: readString(raw, 'wsdl', file), output };
    default:
      return {
        kind: 'samples',
        typeName: readString(raw, 'typeName', file),
        samples: readStrings(raw, 'samples', file),
        output,
      };
  }
}

/** Reads one `codegen.json`. */
export function readManifest(root: string, provider: string): ProviderManifest {
  const specDir = join(root, 'specs', provider);
  const file = join(specDir, 'codegen.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(file, `not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(raw) || typeof raw.package !== 'string' || !Array.isArray(raw.jobs)) {
    fail(file, 'expected { "package": string, "jobs": [...] }');
  }
  const jobs = raw.jobs.map((job) => parseJob(job, file));
  const outputs = jobs.flatMap((job) => [
    job.output,
    ...(job.kind === 'openapi' && job.xmlArrayPaths ? [job.xmlArrayPaths] : []),
  ]);
  const dup = outputs.find((name, i) => outputs.indexOf(name) !== i);
  if (dup) fail(file, `two jobs write ${dup}`);
  return {
    provider,
    package: raw.package,
    specDir,
    generatedDir: join(root, 'packages', raw.package, 'src', 'generated'),
    jobs,
  };
}

/** Every provider: each folder of specs/ that holds a codegen.json, sorted by name. */
export function discoverProviders(root: string): string[] {
  const specs = join(root, 'specs');
  if (!existsSync(specs)) return [];
  return readdirSync(specs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specs, entry.name, 'codegen.json')))
    .map((entry) => entry.name)
    .sort();
}
