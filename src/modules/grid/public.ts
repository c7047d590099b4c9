// What other modules may use of grid: event definitions, the global id type and read-only lookups.
export {
  GRID_UNIT_TYPE,
  GRID_DUTY_UNITS,
  tenantOf,
  gridUnitOfHouseholds,
  gridUnitsOfStaff,
  gridUnitsOfStaffMany,
  gridUnitPath,
  visitFindingFacts,
  unitPointsOfHouseholds,
} from './grid.lookups';

/** Definitions of grid's events (`on(GRID_EVENTS.UnitMoved, …)` in a handler). */
export { GRID_EVENTS } from './grid.events';

// Graph edges into grid (src/schema/edges.ts): the object type and its checked, batched lookup.
export { GridUnit } from './unit.entity';
export { gridUnitEdge } from './grid.edges';

// 入户走访 findings: the object type other modules add their side of a referral to (a request, a need).
export { VisitFinding as GridVisitFinding } from './visit.entity';
