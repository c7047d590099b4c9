// The demo's communities, people and households, handed to the platform by the composition root
// (the platform seeds without importing a module); each module's `demoSeed` fills in the rest.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoCommunities } from '../../db/seed';
import { Membership } from '../../schema/tenancy/membership.entity';
import { DEMO_LOGINS, DEMO_PASSWORD, seedCoreDemo } from './core.demo';
import { PRESET_LOGINS, PRESET_SHAPES, seedPresetCommunity } from './preset.demo';
import { Household } from './household.entity';
import { Resident } from './resident.entity';

/** Demo logins that live in the community: each is the head of a household of her own (党员 in a 党员户). */
const LIVING_HERE = ['resident', 'volunteer', 'party', 'grid', 'admin'];

/**
 * Links each living-here demo login to the head of a household of its own and gives that record
 * the login's name, so "my household", "my requests" and "my points" are hers (孙丽, 徐兰 …).
 */
async function linkResidents(em: EntityManager, communityId: string, loginPrefix: string): Promise<void> {
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const households = await em.find(Household, { communityId }, { orderBy: { number: 'asc' } });
  const used = new Set<string>();
  for (const role of LIVING_HERE) {
    const m = members.find((x) => x.account.login === (loginPrefix ? `${loginPrefix}.${role}` : role));
    if (!m || m.residentId) continue;
    const fits = (h: Household) => !used.has(h.id) && !h.tags.includes('独居老人户') && (role === 'party') === h.tags.includes('党员户');
    // Skip the first households: the preset demos' own scenarios (requests, visits) start there.
    const home = households.slice(2).find(fits) ?? households.find(fits);
    if (!home) continue;
    const head = await em.findOne(Resident, { communityId, household: home, relationToHead: '户主' });
    if (!head) continue;
    used.add(home.id);
    head.name = m.account.displayName.split(' ').pop()!;
    m.residentId = head.id;
  }
  await em.flush();
}

export const coreDemo: DemoCommunities = {
  password: DEMO_PASSWORD,
  logins: [...DEMO_LOGINS.map((l) => l.login), 'street', 'platform'],
  seedDefault: seedCoreDemo,
  seedPreset: seedPresetCommunity,
  presetDemo(presetKey) {
    const shape = PRESET_SHAPES[presetKey];
    const prefix = shape?.prefix ?? presetKey.replace(/[^a-z0-9]/g, '');
    return { community: shape?.community ?? `${presetKey} 演示社区`, logins: [...PRESET_LOGINS.map((l) => `${prefix}.${l.login}`), `${prefix}.street`] };
  },
  linkResidents,
};
