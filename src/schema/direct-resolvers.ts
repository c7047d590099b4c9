// type-graphql (2.0.0-rc) wraps every field it builds in a per-call layer: a plain `@Field` reads
// its property through the middleware chain, and a `@FieldResolver` call sorts its parameter list,
// looks its resolver instance up and walks the (empty) middleware chain each time — allocations
// the garbage collector then pays for, per field per row of every list (a 100-row page with four
// edges and five ids makes ~1,000 such calls). Fields with no middleware, no roles and parameters
// known at build time get a resolver made once here instead, doing what that layer would:
// - a plain field read under its own name resolves as graphql-js's default (type-graphql's own
//   `simple` option, applied wherever it changes nothing); under another name, or declared
//   `simple: false` (its value may be a promise), a bare property read;
// - a field resolver whose parameters are @Root, @Ctx, @Info and scalar or enum @Args is called
//   directly on the resolver class's one instance (the container type-graphql uses,
//   `resolverContainer`); a root that is not already an instance of its declared type, input
//   objects, @Args classes, custom parameter decorators and middlewares take type-graphql's path
//   unchanged.
import { getMetadataStorage, type ContainerType } from 'type-graphql';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** One instance per resolver class, shared by type-graphql (buildSchema's `container`) and the direct calls. */
const instances = new Map<Function, object>();
export const resolverContainer: ContainerType = {
  get(someClass: new () => object) {
    let instance = instances.get(someClass);
    if (!instance) instances.set(someClass, (instance = new someClass()));
    return instance;
  },
};

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldMeta = NonNullable<Storage['objectTypes'][number]['fields']>[number];
type FieldResolverMeta = Storage['fieldResolvers'][number];
type Param = NonNullable<FieldResolverMeta['params']>[number];
type Arg = (root: unknown, ctx: Record<string, unknown>, info: unknown, args: Record<string, unknown>) => unknown;

/**
 * A reader per parameter, or null when one needs type-graphql: an input object or @Args class
 * (converted into class instances), a validated argument, a custom decorator, pubSub. A scalar or
 * enum @Arg is passed as graphql-js coerced it (type-graphql's conversion leaves those as they are,
 * and with validation off it would only wrap each call in a promise).
 */
function paramReaders(params: readonly Param[], inputClasses: ReadonlySet<Function>): { read: Arg[]; rootType: Function | null } | null {
  let rootType: Function | null = null;
  const read: Arg[] = [];
  for (const p of [...params].sort((a, b) => a.index - b.index)) {
    if (p.kind === 'root') {
      if (p.propertyName) return null;
      const t = p.getType?.();
      if (typeof t === 'function' && t !== Object) rootType = t;
      read.push((root) => root);
    } else if (p.kind === 'context') {
      const name = p.propertyName;
      read.push(name ? (_r, ctx) => ctx[name] : (_r, ctx) => ctx);
    } else if (p.kind === 'info') {
      read.push((_r, _c, info) => info);
    } else if (p.kind === 'arg') {
      if (p.validateFn || (p.validateSettings !== undefined && p.validateSettings !== false)) return null;
      if (inputClasses.has(p.getType() as Function)) return null;
      const name = p.name;
      read.push((_r, _c, _i, args) => args[name]);
    } else return null;
  }
  return { read, rootType };
}

function direct(
  fr: FieldResolverMeta,
  original: GraphQLFieldResolver<unknown, unknown>,
  inputClasses: ReadonlySet<Function>,
): GraphQLFieldResolver<unknown, unknown> | null {
  if (fr.middlewares?.length || fr.roles) return null;
  const readers = paramReaders(fr.params ?? [], inputClasses);
  if (!readers) return null;
  const { read } = readers;
  if (fr.kind === 'internal') {
    // A method or getter of the object type itself, called on the root (type-graphql converts a
    // root of another class into an instance first: left to it).
    const name = fr.methodName;
    const objectType = fr.getObjectType?.();
    if (typeof objectType !== 'function') return null;
    return (root, args, ctx, info) => {
      if (!(root instanceof objectType)) return original(root, args, ctx, info);
      const v = (root as Record<string, unknown>)[name];
      if (typeof v !== 'function') return v;
      return (v as Function).apply(
        root,
        read.map((r) => r(root, ctx as Record<string, unknown>, info, args as Record<string, unknown>)),
      );
    };
  }
  const rootType = readers.rootType;
  const method = (fr.target.prototype as Record<string, Function>)[fr.methodName];
  if (typeof method !== 'function') return null;
  const instance = resolverContainer.get(fr.target, undefined as never);
  type Call = (root: unknown, ctx: Record<string, unknown>, info: unknown, args: Record<string, unknown>) => unknown;
  // Most field resolvers take (@Root, @Ctx): no array per call for them.
  const call: Call =
    read.length === 2
      ? (root, ctx, info, args) => method.call(instance, read[0]!(root, ctx, info, args), read[1]!(root, ctx, info, args))
      : (root, ctx, info, args) =>
          method.apply(
            instance,
            read.map((r) => r(root, ctx, info, args)),
          );
  return (root, args, ctx, info) => {
    if (rootType && root != null && !(root instanceof rootType)) return original(root, args, ctx, info);
    return call(root, ctx as Record<string, unknown>, info, args as Record<string, unknown>);
  };
}

/**
 * Replaces type-graphql's per-call layer on the fields of object types where it does nothing
 * (see above). Run on the schema buildSchema returned, before anything else wraps resolvers.
 * `resolvers`: the resolver classes the schema was built with (type-graphql uses only theirs).
 */
export function directResolvers(schema: GraphQLSchema, resolvers: readonly Function[]): GraphQLSchema {
  const storage = getMetadataStorage();
  const active = storage.fieldResolvers.filter((fr) => fr.kind === 'internal' || resolvers.includes(fr.target));
  const inputClasses = new Set(storage.inputTypes.map((it) => it.target));
  // By object class and method (the first declared wins, as type-graphql's own lookup does).
  const byType = new Map<Function, Map<string, FieldResolverMeta>>();
  for (const fr of active) {
    const t = fr.getObjectType?.();
    if (typeof t !== 'function') continue;
    let methods = byType.get(t);
    if (!methods) byType.set(t, (methods = new Map()));
    if (!methods.has(fr.methodName)) methods.set(fr.methodName, fr);
  }
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const objectMeta of storage.objectTypes) {
    const type = schema.getType(objectMeta.name);
    if (!isObjectType(type) || roots.has(type)) continue;
    // The fields type-graphql built this type from: its interfaces' and its own (as it does).
    const metas: FieldMeta[] = [
      ...storage.interfaceTypes.filter((it) => objectMeta.interfaceClasses?.includes(it.target)).flatMap((it) => it.fields ?? []),
      ...(objectMeta.fields ?? []),
    ];
    const fields = type.getFields();
    for (const meta of metas) {
      const field = fields[meta.schemaName];
      if (!field?.resolve) continue;
      const fr = byType.get(meta.target)?.get(meta.name);
      if (fr) {
        const fast = direct(fr, field.resolve, inputClasses);
        if (fast) field.resolve = fast;
      } else if (!meta.middlewares?.length && !meta.roles) {
        // `simple: false` says the value may be a promise (compiled execution awaits only what a
        // resolver returns); a property under another name needs a read of that name.
        const name = meta.name;
        field.resolve = name === meta.schemaName && meta.simple !== false ? undefined : (root) => (root as Record<string, unknown>)[name];
      }
    }
  }
  return schema;
}
