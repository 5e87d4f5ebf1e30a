import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expandPattern } from '../files.js';
import { type Tool, toolVersion } from '../header.js';
import type { GraphqlJob } from '../manifest.js';
import type { GeneratedFile, GeneratorContext } from './types.js';

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
  return [{ output: job.output, content: first.content, tools, inputs: [schemaPath, ...documentPaths] }];
}
