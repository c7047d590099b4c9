// Entity-shaped plain objects from raw rows, for read paths that skip ORM hydration (identity
// map, change-set snapshot, per-property accessors: on a 100-row page that cost more CPU than the
// rest of the request). Rows come as arrays of column values (pg rowMode 'array'); an object
// inherits the entity's prototype, so `instanceof` and getters hold, and carries the properties
// read; a property left out (by a reader that selects columns) throws when read instead of
// answering undefined. Read-only use: these objects are never persisted.
import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';

type Kind = 'plain' | 'date' | 'ref';

export interface RowColumns {
  /** `alias."column"` list, in the order the row carries them */
  select: string;
  count: number;
  /** Position of the id column in the row (a left join without a match leaves it null). */
  idAt: number;
  make: new (row: unknown[]) => object;
}

const cache = new Map<string, RowColumns>();
const names = new WeakMap<EntityMetadata, Set<string>>();

/** Persisted single-column properties: what a row of the entity can carry. */
function columnProps(meta: EntityMetadata) {
  return meta.props.filter((p) => p.persist !== false && p.fieldNames?.length === 1 && (p.kind === 'scalar' || p.kind === 'm:1'));
}

/** Names of the properties a row can carry. */
export function rowPropNames(meta: EntityMetadata): Set<string> {
  let n = names.get(meta);
  if (!n) names.set(meta, (n = new Set(columnProps(meta).map((p) => p.name))));
  return n;
}

/** The entity's columns (all, or those named in `only`, id included) read from positions `offset`… of a row. */
export function rowColumns(meta: EntityMetadata, alias: string, offset = 0, only: ReadonlySet<string> | null = null): RowColumns {
  const key = `${meta.className}:${alias}:${offset}:${only ? [...only].sort().join(',') : '*'}`;
  let c = cache.get(key);
  if (!c) {
    const pairs: [number, string, Kind][] = [];
    const parts: string[] = [];
    const skipped: string[] = [];
    let idAt = -1;
    for (const p of columnProps(meta)) {
      // Lazy properties (a password hash) are read only when named, as the ORM does.
      if ((only && p.name !== 'id' && !only.has(p.name)) || (p.lazy && !only?.has(p.name))) {
        skipped.push(p.name);
        continue;
      }
      const at = offset + parts.length;
      if (p.name === 'id') idAt = at;
      parts.push(`${alias}."${p.fieldNames[0]!}"`);
      pairs.push([at, p.name, p.kind === 'm:1' ? 'ref' : p.runtimeType === 'Date' ? 'date' : 'plain']);
    }
    // Shadow each property with a plain writable slot, so assignments never reach the ORM's
    // accessors; a property not read is an error to read.
    const proto = Object.create(meta.class.prototype as object);
    for (const [, prop] of pairs) Object.defineProperty(proto, prop, { value: undefined, writable: true, enumerable: false, configurable: true });
    for (const prop of skipped) {
      Object.defineProperty(proto, prop, {
        get() {
          throw new Error(`${meta.className}.${prop} was not read for this page (its reader declares which properties each field needs)`);
        },
        enumerable: false,
        configurable: true,
      });
    }
    // One constructor per column set assigning every property in the same order: fast V8 objects.
    // Timestamps arrive as text (MikroORM's type parsers), relations as their id.
    const make = new Function(
      'row',
      pairs
        .map(([at, prop, kind]) => {
          const v = `row[${at}]`;
          const conv = kind === 'date' ? `(typeof ${v} === 'string' ? new Date(${v}) : ${v})` : kind === 'ref' ? `{ id: ${v} }` : v;
          return `this[${JSON.stringify(prop)}] = ${v} == null ? ${v} : ${conv};`;
        })
        .join('\n'),
    ) as unknown as { prototype: object };
    make.prototype = proto;
    c = { select: parts.join(', '), count: parts.length, idAt, make: make as unknown as new (row: unknown[]) => object };
    cache.set(key, c);
  }
  return c;
}

/** The object of a row's columns; null when its id is null (an unmatched left join). */
export function rowObject<T>(row: unknown[], c: RowColumns): T | null {
  return row[c.idAt] == null ? null : (new c.make(row) as T);
}

/** Related objects read in the same statement as a row (left joins), by relation name: a slot of
 * the row itself (a WeakMap entry per row cost more than the rest of building it). */
const JOINED = Symbol('joined');
type WithJoined = { [JOINED]?: Record<string, object | null> };

/** Records what a row brought of its relation `property` (null: the join found nothing). */
export function setJoined(row: object, property: string, value: object | null): void {
  ((row as WithJoined)[JOINED] ??= {})[property] = value;
}

/** What a row brought of its relation `property`; undefined when it was not read with the row. */
export function joinedOf<T extends object>(row: object, property: string): T | null | undefined {
  return (row as WithJoined)[JOINED]?.[property] as T | null | undefined;
}

const fieldOrder = new WeakMap<EntityMetadata, string[]>();

/**
 * The entity-shaped object of a row a raw statement returned by column name (`em.execute(…
 * returning *)`): columns → properties, timestamps (text, as MikroORM's type parsers leave them)
 * → Date, relations → `{ id }`; not merged into the identity map (em.map does, at a cost). Every
 * raw row handed to GraphQL as an entity goes through here or em.map: a timestamp left as text
 * fails the DateTime scalar after the write has committed. A column the row lacks is an error.
 */
export function entityFromRow<T extends object>(em: { getMetadata(): MetadataStorage }, entity: new () => T, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  let fields = fieldOrder.get(meta);
  if (!fields) fieldOrder.set(meta, (fields = columnProps(meta).map((p) => p.fieldNames[0]!)));
  const missing = fields.filter((f) => !(f in row));
  if (missing.length) throw new Error(`${meta.className} from a row without column(s) ${missing.join(', ')}`);
  return new (rowColumns(meta, '_').make)(fields.map((f) => row[f])) as T;
}
