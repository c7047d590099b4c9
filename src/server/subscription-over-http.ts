// A subscription sent over HTTP is a client mistake (a missing WebSocket link), not a server
// fault: refuse it once the operation is known, before any executor runs it. Executed, graphql-js
// and graphql-jit would call the subscription field's `resolve` without an event (a TypeError,
// logged as an internal error). GET never gets here: Apollo answers 405 to any GET that is not a query.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from '../schema/context';
import { translate } from '../schema/messages';

export const SUBSCRIPTION_OVER_HTTP = 'SUBSCRIPTION_OVER_HTTP';

export function refuseSubscriptionsOverHttp(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(translate(SUBSCRIPTION_OVER_HTTP, contextValue.lang), {
            extensions: { code: SUBSCRIPTION_OVER_HTTP, http: { status: 400 } },
          });
        },
      };
    },
  };
}
