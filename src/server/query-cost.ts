// The cost of an operation as graphql-armor's cost limit computes it (same rule, same options): the
// limit refuses documents above `maxCost` during validation; this reads the figure for the
// response's `extensions.cost`. Armor's rule reports the cost through its `onAccept` callback, called
// synchronously while `validate` visits the operation; a document's cost is kept per parsed document
// (Apollo reuses the parsed object for a repeated query), for each of its operations.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** The options of the cost limit the server enforces (src/server/http.ts). */
export const COST_LIMIT = { maxCost: 20000 };

let seen: number[] = [];
const [costRule] = new ApolloArmor({
  // Nothing is refused here (the server's own rules already did); only the figure is wanted.
  costLimit: { ...COST_LIMIT, maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_ctx: unknown, details: { n: number }) => void seen.push(details.n)] },
  maxDepth: { enabled: false },
  maxAliases: { enabled: false },
  maxTokens: { enabled: false },
  maxDirectives: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect().validationRules;

const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, number[]>>();

/** The cost of `operation` in `document` (armor visits operations in document order, one report each). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operation?: OperationDefinitionNode | null): number {
  let bySchema = costs.get(schema);
  if (!bySchema) costs.set(schema, (bySchema = new WeakMap()));
  let perOperation = bySchema.get(document);
  if (!perOperation) {
    seen = [];
    validate(schema, document, [costRule!]);
    perOperation = seen;
    bySchema.set(document, perOperation);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const at = operation ? operations.indexOf(operation) : -1;
  return at >= 0 && perOperation[at] !== undefined ? perOperation[at] : Math.max(0, ...perOperation);
}
