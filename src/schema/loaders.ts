// Batching per operation: one DataLoader per entity (by id) and per named relation, created on
// first use and dropped with the context.
import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { Ctx } from './context';

export class LoaderSet {
  private readonly byId = new Map<unknown, DataLoader<string, any>>();
  private readonly custom = new Map<string, DataLoader<any, any>>();

  constructor(private readonly ctx: Ctx) {}

  /** Loads entities by primary key, respecting the tenant filter of the context's EntityManager. */
  entity<T extends object>(entity: EntityName<T>): DataLoader<string, T | null> {
    let loader = this.byId.get(entity);
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await this.ctx.em.find(entity, { id: { $in: [...ids] } } as any);
        const map = new Map(rows.map((r: any) => [r.id as string, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byId.set(entity, loader);
    }
    return loader;
  }

  /** A loader keyed by name for batched relation lookups (e.g. residents by household). */
  named<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch as any);
      this.custom.set(name, loader);
    }
    return loader;
  }
}
