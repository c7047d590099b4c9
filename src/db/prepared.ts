// Named prepared statements for the few statements every request runs. MikroORM's `execute`
// inlines the parameters into the SQL text (`formatQuery`), so each call is new text that the
// server parses and plans afresh, and the inlining itself costs the Node side. A named statement
// is parsed once per pooled connection; its values travel as bind parameters. knex still emits
// its 'query' event (statement counts see it). Outside any transaction only: it takes a pooled
// connection of its own, like `em.getConnection().execute(sql)` does.
import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs `sql` (knex `?` placeholders; constant text for a given name) as the named statement `name`; its rows. */
export async function executePrepared<T = Record<string, any>>(em: EntityManager, name: string, sql: string, params: readonly unknown[]): Promise<T[]> {
  const res = await em
    .getConnection()
    .getKnex()
    .raw(sql, params as any)
    .options({ name });
  return res.rows as T[];
}

/** Like executePrepared (unnamed when `name` is undefined: parsed each time), rows as arrays of
 * column values in select-list order (pg's rowMode 'array'): no object with named keys per row. */
export async function executePreparedArrays(em: EntityManager, name: string | undefined, sql: string, params: readonly unknown[]): Promise<unknown[][]> {
  const res = await em
    .getConnection()
    .getKnex()
    .raw(sql, params as any)
    .options(name ? { name, rowMode: 'array' } : { rowMode: 'array' });
  return res.rows as unknown[][];
}
