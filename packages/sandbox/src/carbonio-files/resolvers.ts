import {
  buildSchema,
  type GraphQLFieldResolver,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  GraphQLUnionType,
  Kind,
} from 'graphql';
import { asView, type Resolver, type ResolverMap } from './context.js';
import { accountResolvers, accountTypeName } from './resolvers-accounts.js';
import { linkResolvers } from './resolvers-links.js';
import { nodeResolvers } from './resolvers-nodes.js';
import { shareResolvers } from './resolvers-shares.js';
import { versionResolvers } from './resolvers-versions.js';
import type { SandboxAccount } from './tree.js';

/** DateTime: epoch milliseconds as a JSON number; literals may be Int or String (upstream parseLiteral). */
const dateTime = new GraphQLScalarType<number, number>({
  name: 'DateTime',
  serialize: (value) => {
    if (typeof value !== 'number') throw new TypeError('DateTime must be epoch milliseconds');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError('DateTime must be an integer');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) {
      const value = Number(ast.value);
      if (Number.isInteger(value)) return value;
    }
    throw new TypeError('DateTime literal must be an Int or a String of digits');
  },
});

function attach(schema: GraphQLSchema, typeName: string, resolvers: Record<string, Resolver>): void {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`sandbox: ${typeName} is not an object type`);
  const fields = type.getFields();
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (field) field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
}

/** Every concern's resolvers, merged per schema type. */
function allResolvers(): ResolverMap {
  const merged: Record<string, Record<string, Resolver>> = {};
  for (const map of [nodeResolvers(), versionResolvers(), accountResolvers(), shareResolvers(), linkResolvers()]) {
    for (const [typeName, resolvers] of Object.entries(map)) merged[typeName] = { ...merged[typeName], ...resolvers };
  }
  return merged;
}

/** The authenticated schema with the sandbox's resolvers attached. */
export function buildFilesSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  const scalar = schema.getType('DateTime');
  if (scalar instanceof GraphQLScalarType) {
    scalar.serialize = dateTime.serialize;
    scalar.parseValue = dateTime.parseValue;
    scalar.parseLiteral = dateTime.parseLiteral;
  }
  const node = schema.getType('Node');
  if (node instanceof GraphQLInterfaceType)
    node.resolveType = (s) => (asView(s).node.kind === 'file' ? 'File' : 'Folder');
  for (const unionName of ['Account', 'SharedTarget']) {
    const union = schema.getType(unionName);
    if (union instanceof GraphQLUnionType) {
      union.resolveType = (s: unknown) =>
        typeof s === 'object' && s !== null && 'kind' in s ? accountTypeName(s as SandboxAccount) : undefined;
    }
  }
  for (const [typeName, resolvers] of Object.entries(allResolvers())) attach(schema, typeName, resolvers);
  return schema;
}
