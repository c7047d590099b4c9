// What other modules may use of core: entity bases, ids and event names — nothing else.
export { Community } from './community.entity';
export { Household } from './household.entity';
export { Resident } from './resident.entity';
export { RoleKind, CommunityKind } from './core.enums';
export { coreEvents } from './core.events';
