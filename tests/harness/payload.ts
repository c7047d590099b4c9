// Assertions on GraphQL results every test file needs: a mutation payload without userErrors, and
// the extensions.code of each top-level error.
import { expect } from '@jest/globals';

/** A mutation payload without user errors (fails the test with the errors otherwise). */
export function ok<T extends { userErrors: readonly unknown[] }>(p: T | undefined | null): T {
  if (!p) throw new Error('no payload');
  expect(p.userErrors).toEqual([]);
  return p;
}

/** The extensions.code of each error of a result, in order. */
export const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
