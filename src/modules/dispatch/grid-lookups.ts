// The grid module's read-only lookups (its public.ts), used only while the community has grid
// enabled: otherwise requests carry no grid unit and grid roles fall back to community rules.
import type { Ctx } from '../../schema/context';
export { gridUnitOfHouseholds, gridUnitsOfStaff, gridUnitPath, GRID_UNIT_TYPE } from '../grid/public';

/** Whether grid is installed and enabled in the caller's community (its tables exist then). */
export async function gridEnabled(ctx: Ctx): Promise<boolean> {
  return !!ctx.app.registry.get('grid') && (await ctx.access()).enabledModules.has('grid');
}
