// Text the platform refuses in any input, at one place for every operation of every module and
// plugin: each root field of the built schema is wrapped so that, before the first resolver of an
// operation runs, all its argument values are checked — the coerced variables (nested input
// objects, lists, JSON scalars, object keys included) and every string literal of the document.
// Every argument of every field, at any depth, is built from those two sources and the schema's
// own defaults, so nothing reaches a resolver, a query or a write unchecked.
//
// Refused: C0 control characters except TAB, LF and CR; DEL; C1 control characters (terminal
// escape sequences begin with ESC or CSI, both refused); the bidirectional embeddings, overrides
// (U+202A–U+202E) and isolates (U+2066–U+2069) that make text display other than it is stored;
// lone UTF-16 surrogates. TAB, LF and CR are allowed everywhere: the schema does not tell single-
// line text from multi-line text (descriptions, notes, minutes), they do no harm to storage, and
// the logs are JSON, which escapes them. A field that must be a single line checks that itself.
import {
  defaultFieldResolver,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from './errors';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_PATH = 120;

/** The first refused character of `s` as `U+XXXX`, or null when `s` is acceptable. */
export function forbiddenCharacter(s: string): string | null {
  const m = FORBIDDEN.exec(s) ?? LONE_SURROGATE.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

function refuse(path: string, char: string): AppError {
  const field = path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path;
  return new AppError('BAD_USER_INPUT', 'TEXT_FORBIDDEN_CHARACTER', { field, char });
}

/** Walks a coerced value (plain objects, arrays, strings; other values are not text) once. */
function checkValue(v: unknown, path: string): AppError | null {
  if (typeof v === 'string') {
    const c = forbiddenCharacter(v);
    return c ? refuse(path, c) : null;
  }
  if (v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = checkValue(v[i], `${path}.${i}`);
      if (e) return e;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return null; // Date, Buffer, bigint wrappers …
  for (const key of Object.keys(v)) {
    const c = forbiddenCharacter(key); // keys of JSON values reach jsonb columns too
    if (c) return refuse(`${path}.${key}`, c);
    const e = checkValue((v as Record<string, unknown>)[key], `${path}.${key}`);
    if (e) return e;
  }
  return null;
}

function checkLiteral(node: ValueNode, path: string): AppError | null {
  switch (node.kind) {
    case Kind.STRING: {
      const c = forbiddenCharacter(node.value);
      return c ? refuse(path, c) : null;
    }
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const e = checkLiteral(node.values[i]!, `${path}.${i}`);
        if (e) return e;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const e = checkLiteral(f.value, `${path}.${f.name.value}`);
        if (e) return e;
      }
      return null;
    default:
      return null;
  }
}

function checkSelections(set: SelectionSetNode | undefined): AppError | null {
  for (const sel of set?.selections ?? []) {
    for (const d of sel.directives ?? [])
      for (const a of d.arguments ?? []) {
        const e = checkLiteral(a.value, a.name.value);
        if (e) return e;
      }
    if (sel.kind === Kind.FIELD) {
      for (const a of sel.arguments ?? []) {
        const e = checkLiteral(a.value, a.name.value);
        if (e) return e;
      }
    }
    if (sel.kind !== Kind.FRAGMENT_SPREAD) {
      const e = checkSelections(sel.selectionSet);
      if (e) return e;
    }
  }
  return null;
}

// Literals are part of the document, which Apollo parses once and caches: checked once per document.
const literalChecks = new WeakMap<OperationDefinitionNode, AppError | null>();
function checkDocument(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): AppError | null {
  let result = literalChecks.get(operation);
  if (result === undefined) {
    result = checkSelections(operation.selectionSet);
    for (const d of operation.variableDefinitions ?? []) result ??= d.defaultValue ? checkLiteral(d.defaultValue, d.variable.name.value) : null;
    for (const f of Object.values(fragments ?? {})) result ??= checkSelections(f.selectionSet);
    literalChecks.set(operation, result);
  }
  return result;
}

// Variables are coerced once per execution into one object every root field sees: checked once per execution.
const variableChecks = new WeakMap<object, AppError | null>();
function checkVariables(variables: Record<string, unknown> | null | undefined): AppError | null {
  if (!variables || typeof variables !== 'object') return null;
  let result = variableChecks.get(variables);
  if (result === undefined) {
    result = null;
    for (const name of Object.keys(variables)) {
      result = checkValue(variables[name], name);
      if (result) break;
    }
    variableChecks.set(variables, result);
  }
  return result;
}

function guard<T extends GraphQLFieldResolver<unknown, unknown>>(resolve: T): T {
  return function guarded(this: unknown, source, args, context, info) {
    const refused = checkDocument(info.operation, info.fragments) ?? checkVariables(info.variableValues);
    if (refused) throw refused;
    return resolve.call(this, source, args, context, info);
  } as T;
}

/**
 * Wraps every root field (queries, mutations, subscriptions' `subscribe`) of the schema with the
 * check. Root fields resolve first, so an operation with refused text runs no resolver and writes
 * nothing; every root field of such an operation answers the same BAD_USER_INPUT.
 */
export function guardTextInput(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) field.resolve = guard(field.resolve ?? defaultFieldResolver);
  }
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    if (field.subscribe) field.subscribe = guard(field.subscribe);
  }
  return schema;
}
