// One GraphQL schema for every community: all installed modules' resolvers, always. Whether a
// community may call a module is decided per request (MODULE_DISABLED), not by the schema.
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { ModuleRegistry } from '../plugins/registry';
import type { WushePubSub } from '../plugins/pubsub/pubsub.types';
import { Node } from './node';
import { guardTextInput } from './input-text';
import { maskPersonalTextFields } from './free-text';
import { typeUserErrorCodes } from './user-error-codes';
import { directResolvers, resolverContainer } from './direct-resolvers';

/** Descriptions no decorator can carry: the root operation types and third-party scalars. */
const EXTRA_DESCRIPTIONS: Record<string, string> = {
  Query: '查询 — read operations',
  Mutation: '变更 — write operations: one `input`, a payload with `userErrors`',
  Subscription: '订阅 — live events over graphql-ws',
  DateTimeISO: '日期时间 —',
  JSONObject: 'JSON 对象 —',
};

function describeExtras(schema: GraphQLSchema): GraphQLSchema {
  for (const [name, zh] of Object.entries(EXTRA_DESCRIPTIONS)) {
    const type = schema.getType(name);
    if (!type || /[\u3400-\u9fff]/.test(type.description ?? '')) continue;
    type.description = zh.endsWith('—') ? `${zh} ${type.description ?? ''}`.trim() : zh;
  }
  return schema;
}

export async function buildWusheSchema(registry: ModuleRegistry, pubsub?: WushePubSub): Promise<GraphQLSchema> {
  const resolvers = registry.resolvers();
  const schema = await buildSchema({
    resolvers: resolvers as [Function, ...Function[]],
    orphanedTypes: [Node, ...registry.orphanedTypes()],
    pubSub: pubsub?.pubSub ?? { publish: () => undefined, subscribe: () => (async function* () {})() },
    validate: false,
    emitSchemaFile: false,
    container: resolverContainer,
  });
  // Refused text (NUL, control characters, bidi overrides …) stops an operation before any resolver;
  // free-text fields declared @PersonalText mask 身份证号 and phone numbers for readers without the right.
  return guardTextInput(maskPersonalTextFields(describeExtras(typeUserErrorCodes(directResolvers(schema, resolvers), registry.userErrorCodes()))));
}

/** The SDL committed as schema.graphql: sorted so diffs show real changes only. */
export function printWusheSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
