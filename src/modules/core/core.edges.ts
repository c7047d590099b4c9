// Core's side of graph edges from other modules: households and five-forces records by
// raw id, batched, each under the permission that reads them in core's own queries (and the
// households' row scope); forbidden, missing and other communities' rows are all null.
import type { EntityName } from '@mikro-orm/core';
import type { Ctx } from '../../schema/context';
import { defineEdgeTarget, visibleOnly, type EdgeTarget } from '../../schema/edges';
import { Household } from './household.entity';
import { CharityResource, CobuildingUnit, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import { householdScope } from './row-scope.service';
import { Organization } from './organization.entity';

const nulls = (ids: readonly string[]) => ids.map(() => null);

/** Rows by id (tenant-filtered loader) for callers holding `permission`. */
function byPermission<T extends { id: string }>(entity: EntityName<T> & { name: string }, permission: string): EdgeTarget<T> {
  return defineEdgeTarget<T>({
    module: 'core',
    key: `core:${entity.name}`,
    async load(ctx: Ctx, ids) {
      if (!(await ctx.can(permission))) return nulls(ids);
      return visibleOnly(await ctx.loaders.entity(entity).loadMany([...ids]), () => true);
    },
  });
}

/** Households under core.household.read and the row scope modules add (a grid worker: their units). */
export const householdEdge = defineEdgeTarget<Household>({
  module: 'core',
  key: 'core:Household',
  async load(ctx, ids) {
    if (!(await ctx.can('core.household.read'))) return nulls(ids);
    const [scope, rows] = await Promise.all([householdScope(ctx), ctx.loaders.entity(Household).loadMany([...ids])]);
    return visibleOnly(rows, (h) => !scope || scope.has(h.id));
  },
});

export const socialWorkerEdge = byPermission(SocialWorker, 'core.forces.read');
export const socialOrganizationEdge = byPermission(SocialOrganization, 'core.forces.read');
export const volunteerEdge = byPermission(Volunteer, 'core.forces.read');
export const cobuildingUnitEdge = byPermission(CobuildingUnit, 'core.forces.read');
export const charityResourceEdge = byPermission(CharityResource, 'core.forces.read');
export const organizationEdge = byPermission(Organization, 'core.forces.read');
