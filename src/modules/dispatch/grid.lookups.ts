// The grid module's read-only lookups (its public.ts), used only while the community has grid
// enabled (`ctx.moduleEnabled('grid')`): otherwise requests carry no grid unit and grid roles fall back to community rules.
export { gridUnitOfHouseholds, gridUnitsOfStaff, gridUnitsOfStaffMany, gridUnitPath, GRID_UNIT_TYPE, GRID_DUTY_UNITS } from '../grid/public';
