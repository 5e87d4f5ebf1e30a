import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { Kind, parse, print, stripIgnoredCharacters } from 'graphql';
import { expandPattern } from '../files.js';
import { type Tool, toolVersion } from '../header.js';
import type { GraphqlJob } from '../manifest.js';
import type { GeneratedFile, GeneratorContext } from './types.js';

const DOCUMENT_TEXT = /new TypedDocumentString\(`([^`]*)`/g;

/**
 * documentMode "string": every document's text is reprinted as one line (graphql's stripIgnoredCharacters: no
 * comments, no newlines, only the spaces that separate tokens) with its operations first and each fragment once, so
 * a client can send `String(document)` as it is, with no graphql runtime. Servers such as Carbonio Files refuse a
 * query that starts with a fragment, and the one-line text is also smaller. The plugin's TypedDocumentString
 * template types its metadata as `Record<string, any>`; `unknown` keeps the output free of `any`.
 */
function compactStringDocuments(content: string): string {
  const compacted = content.replace(DOCUMENT_TEXT, (_match, text: string) => {
    if (text.includes('\\') || text.includes('${')) {
      throw new Error('graphql documentMode "string": a document holds a backslash or ${, which is not reprinted');
    }
    const document = parse(text, { noLocation: true });
    const seen = new Set<string>();
    const definitions = [
      ...document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION),
      ...document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION),
    ].filter((d) => {
      const key = d.kind === Kind.FRAGMENT_DEFINITION ? `fragment ${d.name.value}` : undefined;
      if (key === undefined) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return `new TypedDocumentString(${JSON.stringify(stripIgnoredCharacters(print({ ...document, definitions })))}`;
  });
  return compacted.replaceAll('Record<string, any>', 'Record<string, unknown>');
}

/**
 * GraphQL: @graphql-codegen with typescript-operations + typed-document-node into one file per job. The
 * `typescript` plugin is left out on purpose: typescript-operations v6 emits the input and enum types it needs,
 * and both together duplicate identifiers (research: toolchain R7a). Unknown scalars are `unknown`, never `any`.
 */
export async function generateGraphql(job: GraphqlJob, ctx: GeneratorContext): Promise<GeneratedFile[]> {
  const schemaPath = join(ctx.specDir, job.schema);
  const documentPaths = job.documents.flatMap((pattern) => expandPattern(ctx.specDir, pattern));
  const config = {
    scalars: { ...(job.scalars ?? {}) },
    defaultScalarType: 'unknown',
    strictScalars: false,
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: false,
    dedupeFragments: true,
    ...(job.documentMode === 'string' ? { documentMode: 'string' } : {}),
  };
  const outputs: unknown = await generate(
    {
      // Sources are passed as text so the output never depends on the working directory or file timestamps.
      schema: [readFileSync(schemaPath, 'utf8')],
      documents: documentPaths,
      ignoreNoDocuments: false,
      emitLegacyCommonJSImports: false,
      silent: true,
      generates: {
        [job.output]: { plugins: ['typescript-operations', 'typed-document-node'], config },
      },
    },
    false,
  );
  if (!Array.isArray(outputs) || outputs.length !== 1) throw new Error('graphql-codegen returned no output');
  const first: unknown = outputs[0];
  if (typeof first !== 'object' || first === null || !('content' in first) || typeof first.content !== 'string') {
    throw new Error('graphql-codegen returned an output without content');
  }
  const tools: Tool[] = [
    toolVersion('@graphql-codegen/cli'),
    toolVersion('@graphql-codegen/typescript-operations'),
    toolVersion('@graphql-codegen/typed-document-node'),
  ];
  const content = job.documentMode === 'string' ? compactStringDocuments(first.content) : first.content;
  return [{ output: job.output, content, tools, inputs: [schemaPath, ...documentPaths] }];
}
