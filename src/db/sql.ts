// Binding helpers for raw SQL. knex expands a JS array bound to one `?` into a value list, so an
// array parameter is bound as one PostgreSQL array literal (`= any(?::uuid[])`, `?::text[]`).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** A text[] literal; every element quoted and escaped. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

/** A uuid[] literal of the well-formed ids only (a malformed id matches nothing instead of failing). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}

/** An ILIKE pattern matching `text` anywhere, with %, _ and \ taken literally. */
export function likePattern(text: string, maxLength = 100): string {
  return `%${text.slice(0, maxLength).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
