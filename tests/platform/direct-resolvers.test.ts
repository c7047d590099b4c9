// Fields resolved without type-graphql's per-call layer (src/schema/direct-resolvers.ts) answer
// exactly as through it, under graphql-js and graphql-jit: plain fields, a property under another
// name, a promise-valued `simple: false` field, field resolvers with @Root/@Ctx/@Info and scalar,
// enum and defaulted @Arg, a getter of the type itself — while what needs type-graphql keeps its
// path: middleware still runs, an input-object argument still arrives as its class, a root of
// another class is still converted.
import 'reflect-metadata';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  Arg,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  UseMiddleware,
  type MiddlewareFn,
} from 'type-graphql';
import { directResolvers, resolverContainer } from '../../src/schema/direct-resolvers';

enum Tone {
  LOUD = 'LOUD',
  SOFT = 'SOFT',
}
registerEnumType(Tone, { name: 'DirectTone' });

@InputType('DirectFilter')
class Filter {
  @Field()
  prefix!: string;
  isFilter() {
    return true;
  }
}

@ObjectType('DirectItem')
class Item {
  @Field()
  name!: string;
  @Field({ name: 'label' })
  internalLabel!: string;
  // A promise: only a resolver's answer is awaited by compiled execution.
  @Field(() => Int, { simple: false })
  count!: number;
  @Field()
  get shout(): string {
    return this.name.toUpperCase();
  }
}

let middlewareRuns = 0;
const counted: MiddlewareFn = (_d, next) => {
  middlewareRuns++;
  return next();
};

let resolverInstances = 0;
@Resolver(() => Item)
class ItemResolver {
  constructor() {
    resolverInstances++;
  }

  @Query(() => [Item])
  items(): Item[] {
    const a = Object.assign(new Item(), { name: 'a', internalLabel: 'A', count: Promise.resolve(1) as unknown as number });
    // Not an Item: type-graphql makes one of it before @Root reaches a field resolver.
    const b = { name: 'b', internalLabel: 'B', count: 2 } as Item;
    return [a, b];
  }

  @FieldResolver(() => String)
  greet(
    @Root() item: Item,
    @Ctx() ctx: { who: string },
    @Info() info: { fieldName: string },
    @Arg('tone', () => Tone, { defaultValue: Tone.SOFT }) tone: Tone,
    @Arg('times', () => Int, { nullable: true }) times?: number | null,
  ): string {
    const text = `${info.fieldName}:${item instanceof Item}:${item.name}:${ctx.who}:${tone}`;
    return text.repeat(times ?? 1);
  }

  @FieldResolver(() => Boolean)
  matches(@Root() item: Item, @Arg('filter', () => Filter) filter: Filter): boolean {
    return filter.isFilter() && item.name.startsWith(filter.prefix);
  }

  @FieldResolver(() => String)
  @UseMiddleware(counted)
  guarded(@Root() item: Item): string {
    return `g-${item.name}`;
  }
}

const QUERY = `{ items { name label count shout greet hi: greet(tone: LOUD, times: 2) matches(filter: { prefix: "a" }) guarded } }`;
const EXPECTED = {
  items: [
    {
      name: 'a',
      label: 'A',
      count: 1,
      shout: 'A',
      greet: 'greet:true:a:me:SOFT',
      hi: 'greet:true:a:me:LOUDgreet:true:a:me:LOUD',
      matches: true,
      guarded: 'g-a',
    },
    {
      name: 'b',
      label: 'B',
      count: 2,
      shout: 'B',
      greet: 'greet:true:b:me:SOFT',
      hi: 'greet:true:b:me:LOUDgreet:true:b:me:LOUD',
      matches: false,
      guarded: 'g-b',
    },
  ],
};

let plain: GraphQLSchema;
let direct: GraphQLSchema;

beforeAll(async () => {
  const build = () => buildSchema({ resolvers: [ItemResolver], validate: false, container: resolverContainer });
  plain = await build();
  direct = directResolvers(await build(), [ItemResolver]);
});

async function run(schema: GraphQLSchema, jit: boolean) {
  const document = parse(QUERY);
  if (!jit) return execute({ schema, document, contextValue: { who: 'me' } });
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  return compiled.query(undefined, { who: 'me' }, {});
}

test.each([
  ['graphql-js', false],
  ['graphql-jit', true],
])('the same answers with and without the direct path (%s)', async (_name, jit) => {
  const before = middlewareRuns;
  expect(JSON.parse(JSON.stringify(await run(plain, jit)))).toEqual({ data: EXPECTED });
  expect(JSON.parse(JSON.stringify(await run(direct, jit)))).toEqual({ data: EXPECTED });
  // Middleware runs on both schemas, once per row each time.
  expect(middlewareRuns - before).toBe(4);
});

test('only fields where type-graphql adds nothing lose its layer', () => {
  const fields = direct.getType('DirectItem')!.toConfig() as { fields: Record<string, { resolve?: unknown }> };
  const was = plain.getType('DirectItem')!.toConfig() as { fields: Record<string, { resolve?: unknown }> };
  expect(fields.fields.name!.resolve).toBeUndefined();
  expect(was.fields.name!.resolve).toBeDefined();
  for (const changed of ['label', 'count', 'shout', 'greet']) expect(fields.fields[changed]!.resolve).not.toBe(was.fields[changed]!.resolve);
  // An input-object argument and middleware: type-graphql's own resolver, untouched.
  const generated = plain.getType('DirectItem')!.toConfig() as { fields: Record<string, { resolve?: Function }> };
  expect(String(fields.fields.matches!.resolve)).toBe(String(generated.fields.matches!.resolve));
  expect(String(fields.fields.guarded!.resolve)).toBe(String(generated.fields.guarded!.resolve));
});

test('one resolver instance per class, shared by type-graphql and the direct calls', () => {
  expect(resolverInstances).toBe(1);
});
