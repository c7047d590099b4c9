// Grid events keep the grid of open requests current: a household placed after its request was
// filed, or a unit moved under another parent (boards of the new parent see the request).
import type { EntityManager } from '@mikro-orm/postgresql';
import { on } from '../../plugins/events/define-event';
import { GRID_EVENTS } from '../grid/public';
import { ACTIVE_SQL } from './dispatch.policy';
import { gridUnitPath } from './grid.lookups';
import { pgArray } from '../../db/sql';

const onHouseholdPlaced = on(GRID_EVENTS.HouseholdPlaced, async (event, { em }) => {
  const { householdId, unitId } = event.data;
  if (!householdId || !unitId || !event.communityId) return;
  const path = await gridUnitPath(em as EntityManager, unitId);
  await em.execute(
    `update dispatch_request set grid_unit_id = ?, grid_path = ?::text[], updated_at = now() where community_id = ? and household_id = ? and status in (${ACTIVE_SQL})`,
    [unitId, pgArray(path), event.communityId, householdId],
  );
});

const onUnitMoved = on(GRID_EVENTS.UnitMoved, async (event, { em }) => {
  const { unitId } = event.data;
  if (!unitId || !event.communityId) return;
  const rows: { grid_unit_id: string }[] = await em.execute(
    `select distinct grid_unit_id from dispatch_request where community_id = ? and grid_path @> ?::text[] and grid_unit_id is not null`,
    [event.communityId, pgArray([unitId])],
  );
  for (const r of rows) {
    const path = await gridUnitPath(em as EntityManager, r.grid_unit_id);
    await em.execute(`update dispatch_request set grid_path = ?::text[] where community_id = ? and grid_unit_id = ?`, [
      pgArray(path),
      event.communityId,
      r.grid_unit_id,
    ]);
  }
});

export const dispatchHandlers = [onHouseholdPlaced, onUnitMoved];
