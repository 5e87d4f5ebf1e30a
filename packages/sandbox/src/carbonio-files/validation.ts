import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

/**
 * Upstream validates inputs with an instrumentation bound to *result paths* (`/getNode/children`, `/createFolder`,
 * ...): a failure aborts the whole operation (errors only, no data) with classification ValidationError, and an
 * aliased field escapes the rule because its path differs. This module reproduces both.
 */

const ROOT_IDS = new Set(['LOCAL_ROOT', 'TRASH_ROOT']);

function validationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { classification: 'ValidationError' } });
}

function literal(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return value.values.map((v) => literal(v, variables));
    default:
      return undefined;
  }
}

function argument(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  return literal(field.arguments?.find((a) => a.name.value === name)?.value, variables);
}

/** Fields selected at one level (through inline fragments and fragment spreads), keeping only unaliased ones. */
function unaliasedFields(
  set: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.alias) out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      out.push(...unaliasedFields(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      out.push(...unaliasedFields(fragments.get(selection.name.value)?.selectionSet, fragments, seen));
    }
  }
  return out;
}

function checkNodeId(value: unknown, errors: GraphQLError[]): void {
  if (typeof value === 'string' && value.length !== 36 && !ROOT_IDS.has(value)) {
    errors.push(validationError(`The node id ${JSON.stringify(value)} has an invalid format`));
  }
}

function checkName(value: unknown, errors: GraphQLError[]): void {
  if (typeof value !== 'string') return;
  if (value.trim() === '') errors.push(validationError('The name must not be blank'));
  else if (value.length > 1024) errors.push(validationError('The name must be at most 1024 characters long'));
}

function checkLength(value: unknown, max: number, what: string, errors: GraphQLError[]): void {
  if (typeof value === 'string' && value.length > max) {
    errors.push(validationError(`The ${what} must be at most ${max} characters long`));
  }
}

export function checkLimit(value: unknown, errors: GraphQLError[]): void {
  if (typeof value === 'number' && (value < 0 || value > 50)) {
    errors.push(validationError('Invalid limit value. The allowed range is between 0 and 50.'));
  }
}

function pathErrors(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const field of unaliasedFields(operation.selectionSet, fragments)) {
    const arg = (name: string) => argument(field, name, variables);
    switch (field.name.value) {
      case 'getNode':
        checkNodeId(arg('node_id'), errors);
        for (const child of unaliasedFields(field.selectionSet, fragments)) {
          if (child.name.value === 'children') checkLimit(argument(child, 'limit', variables), errors);
        }
        break;
      case 'createFolder':
        checkNodeId(arg('destination_id'), errors);
        checkName(arg('name'), errors);
        break;
      case 'updateNode':
        checkNodeId(arg('node_id'), errors);
        checkName(arg('name'), errors);
        checkLength(arg('description'), 1024, 'description', errors);
        break;
      case 'createLink':
      case 'updateLink':
        checkLength(arg('description'), 300, 'link description', errors);
        break;
      default:
        break;
    }
  }
  return errors;
}

/** A validation rule that reports the path-bound input checks for the operation being run. */
export function pathValidationRule(variables: Record<string, unknown>, operationName?: string | null): ValidationRule {
  return (context) => ({
    Document: {
      leave(document: DocumentNode) {
        const fragments = new Map<string, FragmentDefinitionNode>();
        const operations: OperationDefinitionNode[] = [];
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
        }
        const operation = operationName
          ? operations.find((o) => o.name?.value === operationName)
          : operations.length === 1
            ? operations[0]
            : undefined;
        if (!operation) return;
        for (const error of pathErrors(operation, fragments, variables)) context.reportError(error);
      },
    },
  });
}
