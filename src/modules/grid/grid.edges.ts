// Grid's side of graph edges from other modules (ServiceRequest.grid, Station.gridUnit, …): units
// by raw id, batched, as the `gridUnit` query would show them — grid.unit.read and the unit within
// the caller's reach (every unit with grid.allUnits, else their duty units and descendants). List
// readers may read the units with their page (`join`); the same check then applies to those rows.
import { defineEdgeTarget } from '../../schema/edges';
import type { Ctx } from '../../schema/context';
import { GridUnit } from './unit.entity';
import { reachOf } from './scope.service';

async function visible(ctx: Ctx, units: readonly (GridUnit | null)[]): Promise<(GridUnit | null)[]> {
  if (!(await ctx.can('grid.unit.read'))) return units.map(() => null);
  const reach = await reachOf(ctx);
  return units.map((u) => (u && (reach.all || reach.units.has(u.id)) ? u : null));
}

export const gridUnitEdge = defineEdgeTarget<GridUnit>({
  module: 'grid',
  key: 'grid:GridUnit',
  async load(ctx, ids) {
    if (!(await ctx.can('grid.unit.read'))) return ids.map(() => null);
    const units = await ctx.loaders.entity(GridUnit).loadMany([...ids]);
    return visible(
      ctx,
      units.map((u) => (u instanceof Error ? null : u)),
    );
  },
  join: {
    entity: GridUnit,
    visible, // reads the id alone
    // What GridUnit's field resolvers read (unit.resolver.ts, duty.resolver.ts); the other fields are its properties.
    fields: { levelName: ['level'], children: ['id'], hasChildren: ['id'], householdCount: ['id'], households: ['id'], residents: ['id'], duties: ['id'] },
  },
});
