// Operations over HTTP run as compiled code (graphql-jit) instead of graphql-js's interpreter:
// on a 100-row board page the interpreter (a promise and a field-definition lookup per field per
// row) cost more CPU than the database, the ORM and the HTTP stack together. Apollo still parses,
// validates (armor's limits included), builds the context and formats errors; only execution
// changes. Apollo's documented hook for a custom executor is its gateway interface, so the schema
// is handed over through it. Subscriptions (graphql-ws) keep graphql-js: one execution per event.
//
// Variables are coerced by graphql-js first, so bad input gets exactly graphql-js's errors (Apollo
// turns them into BAD_USER_INPUT / 400). graphql-jit refuses an omitted non-null input field that
// has a default (the spec applies the default), so such defaults are written into the variables
// before they reach it; should it still refuse input graphql-js accepted, graphql-js executes.
import {
  astFromValue,
  execute,
  getNamedType,
  getVariableValues,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { GatewayInterface } from '@apollo/server-gateway-interface';

/** Compiled operations kept: one per (document, operation name) clients send. */
const CACHE_SIZE = 500;

interface Plan {
  operation: OperationDefinitionNode;
  /** Each variable with its input type (resolved once per document, not per request). */
  variables: { name: string; type: GraphQLInputType | undefined }[];
  compiled: CompiledQuery | null;
}

/** graphql-jit's errors have read-only fields; Apollo plugins (armor's suggestion masking) rewrite
 * `message`, so they get graphql-js errors with the same message, path, locations and cause. */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
  if (e.locations) (out as { locations?: unknown }).locations = e.locations;
  return out;
}

/** The raw value with every omitted input field that has a default set to it (as JSON). */
function withDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  const t = getNullableType(type);
  if (isListType(t)) return Array.isArray(value) ? value.map((v) => withDefaults(t.ofType, v)) : withDefaults(t.ofType, value);
  if (!isInputObjectType(t) || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(t.getFields())) {
    if (!(field.name in out)) {
      if (field.defaultValue === undefined) continue;
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) out[field.name] = valueFromASTUntyped(ast);
    } else if (isInputObjectType(getNamedType(field.type))) {
      out[field.name] = withDefaults(field.type, out[field.name]);
    }
  }
  return out;
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (name == null || d.name?.value === name));
}

/** Compiles once per document; documents graphql-jit refuses run on graphql-js, same result. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const plans = new LRUCache<string, Plan>({ max: CACHE_SIZE });
  const planOf = (key: string, document: DocumentNode, operationName: string | undefined): Plan | undefined => {
    let plan = plans.get(key);
    if (!plan) {
      const operation = operationOf(document, operationName);
      if (!operation) return undefined;
      let compiled: CompiledQuery | ExecutionResult | null = null;
      try {
        compiled = compileQuery(schema, document, operationName) as CompiledQuery | ExecutionResult;
      } catch {
        compiled = null;
      }
      const variables = (operation.variableDefinitions ?? []).map((d) => ({
        name: d.variable.name.value,
        type: typeFromAST(schema, d.type) as GraphQLInputType | undefined,
      }));
      plan = { operation, variables, compiled: compiled && isCompiledQuery(compiled) ? compiled : null };
      plans.set(key, plan);
    }
    return plan;
  };
  return {
    async load() {
      return {
        executor: async (rc): Promise<ExecutionResult> => {
          const operationName = rc.operationName ?? undefined;
          const raw = rc.request.variables ?? {};
          const interpret = () => execute({ schema, document: rc.document, contextValue: rc.context, variableValues: raw, operationName });
          const plan = planOf(`${rc.queryHash}:${operationName ?? ''}`, rc.document, operationName);
          if (!plan?.compiled) return interpret();
          const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], raw, { maxErrors: 50 });
          if (coerced.errors) return { errors: coerced.errors };
          const variables: Record<string, unknown> = { ...raw };
          for (const { name, type } of plan.variables) if (type && variables[name] != null) variables[name] = withDefaults(type, variables[name]);
          const result = await plan.compiled.query(undefined, rc.context, variables);
          if (result.data === undefined && result.errors) return interpret(); // refused what graphql-js accepted
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
