// Money in integer fen (分), never floats, for every module that handles money: a safe integer (up to 2^53 − 1), beyond GraphQL Int's 32 bits.
import { GraphQLScalarType } from 'graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

export const Fen = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: 'Fen',
  description: '金额（分）— money as an integer number of fen (1 元 = 100 分), a safe integer, never a float',
  specifiedByURL: undefined,
});
