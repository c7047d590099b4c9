// Batching per operation: one DataLoader per entity (by id) and per named relation, created on
// first use and dropped with the context.
import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { Ctx } from './context';

/** A DataLoader that also answers synchronously for what it already holds (primed or loaded):
 * per-row field resolvers return the value itself instead of a promise when it is there. */
export class PeekLoader<K, V> extends DataLoader<K, V> {
  private readonly held = new Map<K, V>();

  constructor(batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) {
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((k, i) => {
        const v = values[i];
        if (!(v instanceof Error)) this.held.set(k, v as V);
      });
      return values;
    });
  }

  peek(key: K): V | undefined {
    return this.held.get(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.held.has(key) && !(value instanceof Error) && !(value && typeof (value as PromiseLike<V>).then === 'function')) this.held.set(key, value as V);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.held.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.held.clear();
    return super.clearAll();
  }
}

export class LoaderSet {
  private readonly byId = new Map<unknown, PeekLoader<string, any>>();
  private readonly custom = new Map<string, PeekLoader<any, any>>();

  constructor(private readonly ctx: Ctx) {}

  /** Loads entities by primary key, respecting the tenant filter of the context's EntityManager. */
  entity<T extends object>(entity: EntityName<T>): PeekLoader<string, T | null> {
    let loader = this.byId.get(entity);
    if (!loader) {
      loader = new PeekLoader<string, T | null>(async (ids) => {
        const rows = await this.ctx.em.find(entity, { id: { $in: [...ids] } } as any);
        const map = new Map(rows.map((r: any) => [r.id as string, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byId.set(entity, loader);
    }
    return loader;
  }

  /** A loader keyed by name for batched relation lookups (e.g. residents by household). */
  named<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): PeekLoader<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = new PeekLoader<K, V>(batch);
      this.custom.set(name, loader);
    }
    return loader;
  }
}
