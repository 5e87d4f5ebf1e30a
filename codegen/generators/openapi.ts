import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { toolVersion } from '../header.js';
import type { OpenapiJob } from '../manifest.js';
import type { GeneratedFile, GeneratorContext } from './types.js';

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * OpenAPI 3.1: openapi-typescript through its Node API, because the CLI types `format: binary` as string and a
 * Blob could not be passed without a cast (research: toolchain R8a). With `xmlArrayPaths`, the XML element paths
 * whose schema is an array are emitted from the same spec, so an XML parser configured with them produces exactly
 * the shapes the types describe.
 */
export async function generateOpenapi(job: OpenapiJob, ctx: GeneratorContext): Promise<GeneratedFile[]> {
  const specPath = join(ctx.specDir, job.spec);
  const ast = await openapiTS(pathToFileURL(specPath), {
    transform(schema) {
      // OpenAPI 3.1 also spells a binary body as `contentMediaType`, which the 3.0-era SchemaObject type lacks.
      const mediaType: unknown = (schema as { contentMediaType?: unknown }).contentMediaType;
      if (schema.format === 'binary' || mediaType === 'application/octet-stream') {
        return 'nullable' in schema && schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  const tools = [toolVersion('openapi-typescript')];
  const files: GeneratedFile[] = [{ output: job.output, content: astToString(ast), tools, inputs: [specPath] }];
  if (job.xmlArrayPaths) {
    const paths = xmlArrayPaths(parseYaml(readFileSync(specPath, 'utf8')));
    const content = [
      '/** XML element paths (root included, dot-separated) whose schema is an array: the parser must always',
      ' * produce a list there, even for one element, so parsed values match the generated types. */',
      `export const xmlArrayPaths: readonly string[] = ${JSON.stringify(paths)};`,
      '',
    ].join('\n');
    files.push({
      output: job.xmlArrayPaths,
      content,
      tools: [{ name: 'fileclients codegen/openapi', version: '1' }],
      inputs: [specPath],
    });
  }
  return files;
}

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function xmlName(schema: Schema): string | undefined {
  const xml = schema.xml;
  return isSchema(xml) && typeof xml.name === 'string' ? xml.name : undefined;
}

function isAttribute(schema: Schema): boolean {
  return isSchema(schema.xml) && schema.xml.attribute === true;
}

/** Walks every `application/xml` response schema of a parsed OpenAPI document. Exported for tests. */
export function xmlArrayPaths(document: unknown): string[] {
  if (!isSchema(document)) return [];
  const components = isSchema(document.components) ? document.components : {};
  const schemas = isSchema(components.schemas) ? components.schemas : {};
  const responses = isSchema(components.responses) ? components.responses : {};
  // A response may itself be a $ref into components/responses; following it keeps its arrays in the list.
  const resolveResponse = (response: unknown): unknown => {
    if (!isSchema(response) || typeof response.$ref !== 'string') return response;
    const name = response.$ref.replace('#/components/responses/', '');
    const target = responses[name];
    if (!isSchema(target)) throw new Error(`unresolvable response $ref ${response.$ref}`);
    return target;
  };
  const resolve = (schema: Schema): { schema: Schema; refName?: string } => {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return { schema };
    const name = ref.replace('#/components/schemas/', '');
    const target = schemas[name];
    if (!isSchema(target)) throw new Error(`unresolvable $ref ${ref}`);
    return { schema: target, refName: name };
  };
  const found = new Set<string>();

  // Follows the OpenAPI XML rules: a property's element is its xml.name or its key; an array without
  // `wrapped: true` repeats its items' element in place; a wrapped array nests the items inside the property.
  const walk = (raw: Schema, path: string, depth: number): void => {
    if (depth > 32) return; // recursive schemas: deep enough for any real document
    const { schema } = resolve(raw);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      const parts = schema[key];
      if (Array.isArray(parts)) for (const part of parts) if (isSchema(part)) walk(part, path, depth + 1);
    }
    const properties = isSchema(schema.properties) ? schema.properties : {};
    for (const [key, value] of Object.entries(properties)) {
      if (!isSchema(value)) continue;
      const prop = resolve(value).schema;
      if (isAttribute(prop)) continue;
      const element = xmlName(value) ?? xmlName(prop) ?? key;
      if (prop.type === 'array' && isSchema(prop.items)) {
        const items = prop.items;
        const wrapped = isSchema(prop.xml) && prop.xml.wrapped === true;
        const itemElement = xmlName(items) ?? xmlName(resolve(items).schema) ?? element;
        const itemPath = wrapped ? `${path}.${element}.${itemElement}` : `${path}.${itemElement}`;
        found.add(itemPath);
        walk(items, itemPath, depth + 1);
      } else {
        walk(prop, `${path}.${element}`, depth + 1);
      }
    }
  };

  const paths = isSchema(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isSchema(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isSchema(operation) || !isSchema(operation.responses)) continue;
      for (const declared of Object.values(operation.responses)) {
        const response = resolveResponse(declared);
        if (!isSchema(response) || !isSchema(response.content)) continue;
        for (const [mediaType, media] of Object.entries(response.content)) {
          if (!mediaType.includes('xml') || !isSchema(media) || !isSchema(media.schema)) continue;
          const { schema, refName } = resolve(media.schema);
          const root = xmlName(media.schema) ?? xmlName(schema) ?? refName;
          if (!root) throw new Error('an application/xml response schema needs xml.name or a $ref naming its root');
          walk(schema, root, 0);
        }
      }
    }
  }
  return [...found].sort();
}
