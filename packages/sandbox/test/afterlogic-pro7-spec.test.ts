import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_RULES, type FieldKind } from '../src/afterlogic-pro7/rules.js';

// The sandbox refuses requests outside specs/afterlogic-pro7/openapi.yaml; this keeps its rules equal to the spec,
// so neither can drift without a failing test.

type Schema = Record<string, unknown>;

const spec = parse(readFileSync(new URL('../../../specs/afterlogic-pro7/openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, { post?: Schema }>;
  components: { schemas: Record<string, Schema> };
};

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = spec.components.schemas[ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`unresolved ${ref}`);
  return target;
}

/** Properties and required names of an object schema, through allOf and $ref. */
function flatten(schema: Schema): { properties: Record<string, Schema>; required: string[] } {
  const resolved = resolve(schema);
  const out = { properties: {} as Record<string, Schema>, required: [] as string[] };
  for (const part of (resolved.allOf as Schema[] | undefined) ?? []) {
    const inner = flatten(part);
    Object.assign(out.properties, inner.properties);
    out.required.push(...inner.required);
  }
  Object.assign(out.properties, (resolved.properties as Record<string, Schema> | undefined) ?? {});
  out.required.push(...((resolved.required as string[] | undefined) ?? []));
  return out;
}

function kindOf(schema: Schema): FieldKind {
  if (schema.$ref === '#/components/schemas/Flag') return 'flag';
  if (schema.$ref === '#/components/schemas/StorageType') return 'storage-type';
  if (schema.contentMediaType === 'application/json') return 'json';
  if (schema.type === 'integer') return 'integer';
  return 'string';
}

// The per-action paths; the generic `/Ajax/` takes any of their bodies.
const ajaxPaths = Object.keys(spec.paths).filter((path) => path.startsWith('/Ajax/') && path !== '/Ajax/');

describe('afterlogic-pro7 sandbox rules follow the spec', () => {
  it('one rule per Ajax action of the spec, and Action is fixed to the path', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual(ajaxPaths.map((path) => path.slice('/Ajax/'.length)).sort());
    for (const path of ajaxPaths) {
      const body = spec.paths[path]?.post as Schema;
      const content = (body.requestBody as Schema).content as Record<string, { schema: Schema }>;
      const form = content['application/x-www-form-urlencoded'];
      expect(form, path).toBeDefined();
      const { properties } = flatten(form?.schema ?? {});
      expect(properties.Action?.const, path).toBe(path.slice('/Ajax/'.length));
    }
  });

  it('each rule allows exactly the spec fields, with the spec kinds, and requires nothing the spec does not', () => {
    for (const path of ajaxPaths) {
      const action = path.slice('/Ajax/'.length);
      const rule = ACTION_RULES[action];
      const body = spec.paths[path]?.post as Schema;
      const content = (body.requestBody as Schema).content as Record<string, { schema: Schema }>;
      const { properties, required } = flatten(content['application/x-www-form-urlencoded']?.schema ?? {});
      const fields = Object.fromEntries(
        Object.entries(properties)
          .filter(([name]) => name !== 'Action')
          .map(([name, schema]) => [name, kindOf(schema)]),
      );
      // SystemLogout's AccountID is checked by the action itself, to answer 103 as the server does.
      if (action === 'SystemLogout') fields.AccountID = 'string';
      expect(rule?.fields, action).toEqual(fields);
      for (const name of rule?.required ?? []) expect(required, `${action} ${name}`).toContain(name);
    }
  });

  it('every success schema of an Ajax action fixes Action too, next to the error envelope', () => {
    for (const path of ajaxPaths) {
      const operation = spec.paths[path]?.post ?? {};
      const responses = (operation.responses ?? {}) as Record<string, Schema>;
      const content = (responses['200']?.content ?? {}) as Record<string, { schema: Schema }>;
      const oneOf = (content['application/json']?.schema.oneOf ?? []) as Schema[];
      const variants = oneOf.map((variant) => variant.$ref);
      expect(variants, path).toContain('#/components/schemas/ErrorEnvelope');
      const success = variants.find((ref) => ref !== '#/components/schemas/ErrorEnvelope');
      const schema = resolve({ $ref: success });
      expect((schema.properties as Record<string, Schema>).Action?.const, path).toBe(path.slice('/Ajax/'.length));
    }
  });
});
