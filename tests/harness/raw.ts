// For tests that send hand-written documents (no codegen type) and that look at the SQL a server
// sends: the data of an operation that must not fail, and the statements sent while code runs.
import { expect } from '@jest/globals';
import type { TestServer } from './server';

/** The data of `query` sent with `token`; fails the test on any error. */
export async function rawData(s: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await s.post({ query, variables }, { authorization: `Bearer ${token}` });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return json.data;
}

/** The SQL text of every statement the server sends while `fn` runs (background work included: filter it). */
export async function statementsDuring(s: TestServer, fn: () => Promise<unknown>): Promise<string[]> {
  const knex = s.wushe.app.orm.em.getConnection().getKnex();
  const seen: string[] = [];
  const on = (q: { sql: string }) => void seen.push(q.sql);
  knex.on('query', on);
  try {
    await fn();
  } finally {
    knex.removeListener('query', on);
  }
  return seen;
}

/** Waits until the server sends nothing for 300 ms: its consumers have caught up with earlier requests. */
export async function quiet(s: TestServer): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await statementsDuring(s, () => new Promise((r) => setTimeout(r, 300)))).length === 0) return;
  }
  throw new Error('the server never went quiet');
}
