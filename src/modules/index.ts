// The first-party modules and the demo they bring. Only the composition root (src/main.ts), the
// tests and the benches import this file: the platform is handed the module list, never imports it.
import type { WusheModule } from '../plugins/module-contract';
import core, { coreDemo } from './core';
import dispatch from './dispatch';
import grid from './grid';
import council from './council';
import fund from './fund';
import points from './points';
import volunteer from './volunteer';
import party from './party';
import resources from './resources';
import stations from './stations';
import venture from './venture';

/** Every first-party module, core first. */
export const FIRST_PARTY: readonly WusheModule[] = [core, dispatch, grid, council, fund, points, volunteer, party, resources, stations, venture];

/** Core makes the demo's communities, people and households; each module's `demoSeed` fills in the rest. */
export const DEMO = coreDemo;
