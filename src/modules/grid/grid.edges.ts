// Grid's side of graph edges from other modules (ServiceRequest.grid, Station.gridUnit, …): units
// by raw id, batched, as the `gridUnit` query would show them — grid.unit.read and the unit within
// the caller's reach (every unit with grid.allUnits, else their duty units and descendants).
import { defineEdgeTarget, visibleOnly } from '../../schema/edges';
import { GridUnit } from './unit.entity';
import { scopeOf } from './scope.service';

export const gridUnitEdge = defineEdgeTarget<GridUnit>({
  module: 'grid',
  key: 'grid:GridUnit',
  async load(ctx, ids) {
    if (!(await ctx.can('grid.unit.read'))) return ids.map(() => null);
    const [scope, units] = await Promise.all([scopeOf(ctx), ctx.loaders.entity(GridUnit).loadMany([...ids])]);
    return visibleOnly(units, (u) => scope.all || scope.units.has(u.id));
  },
});
