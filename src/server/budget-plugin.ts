// Apollo plugin of the HTTP endpoint: spends one request of the caller's budget once the operation
// is known (RateLimit headers on the answer; 429 RATE_LIMITED when it is spent) and reports the
// operation's cost in the `extensions.cost` of every answer that executed (`requested`:
// graphql-armor's figure for this document; `limit`: the most one operation may cost).
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from '../schema/context';
import { translate } from '../schema/messages';
import type { RequestBudget } from './request-budget';
import { COST_LIMIT, queryCost } from './query-cost';

export function budgetPlugin(budget: RequestBudget, schema: GraphQLSchema): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      let cost: number | null = null;
      return {
        async didResolveOperation({ document, operation, contextValue, response }) {
          cost = queryCost(schema, document, operation);
          const answer = await budget.spend(contextValue.viewer);
          if (!answer) return;
          for (const [k, v] of Object.entries(answer.headers)) response.http.headers.set(k, v);
          if (answer.retryAfter !== null) {
            throw new GraphQLError(translate('RATE_LIMITED', contextValue.lang, { retryAfter: answer.retryAfter }), {
              extensions: { code: 'RATE_LIMITED', retryAfter: answer.retryAfter, http: { status: 429, headers: new Map(Object.entries(answer.headers)) } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Only an operation that ran costs anything (a refused one answers errors alone).
          if (!('data' in result) || result.data === undefined) return;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: COST_LIMIT.maxCost } };
        },
      };
    },
  };
}
