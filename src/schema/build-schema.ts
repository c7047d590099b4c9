// One GraphQL schema for every community: all installed modules' resolvers, always. Whether a
// community may call a module is decided per request (MODULE_DISABLED), not by the schema.
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { ModuleRegistry } from '../plugins/registry';
import type { WushePubSub } from '../plugins/pubsub/pubsub.types';
import { Node } from './node';

export async function buildWusheSchema(registry: ModuleRegistry, pubsub?: WushePubSub): Promise<GraphQLSchema> {
  const resolvers = registry.resolvers();
  return buildSchema({
    resolvers: resolvers as [Function, ...Function[]],
    orphanedTypes: [Node, ...registry.orphanedTypes()],
    pubSub: pubsub?.pubSub ?? { publish: () => undefined, subscribe: () => (async function* () {})() },
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema.graphql: sorted so diffs show real changes only. */
export function printWusheSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
