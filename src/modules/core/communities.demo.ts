// The demo's communities, people and households, handed to the platform by the composition root
// (the platform seeds without importing a module); each module's `demoSeed` fills in the rest.
import type { DemoCommunities } from '../../db/seed';
import { DEMO_LOGINS, DEMO_PASSWORD, seedCoreDemo } from './core.demo';
import { seedPresetCommunity } from './preset.demo';

export const coreDemo: DemoCommunities = {
  password: DEMO_PASSWORD,
  logins: [...DEMO_LOGINS.map((l) => l.login), 'street', 'platform'],
  seedDefault: seedCoreDemo,
  seedPreset: seedPresetCommunity,
};
