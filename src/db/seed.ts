// `seed --demo`: the core demo community, its preset's module rows, then each module's own
// demo data (loaded lazily). `seed --demo --preset <key>`: a community of that preset's shape,
// filled by the demo seed of every module the preset enables. Both safe to run twice.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { ModuleRegistry } from '../plugins/registry';
import type { PresetCatalog } from '../plugins/presets';
import { applyPreset, listModuleStates } from '../plugins/community-modules';
import { UserFacingError } from '../schema/errors';

/**
 * Who makes the demo's community, its people and households: the composition root hands this in
 * (core provides it), so the platform seeds without importing a module.
 */
export interface DemoCommunities {
  password: string;
  /** Logins of the default demo, for the start banner. */
  logins: string[];
  /** The default demo community; `created: false` when it is already there. */
  seedDefault(em: EntityManager): Promise<{ created: boolean; communityId: string }>;
  /** A community of the preset's shape; `prefix` starts its demo logins (`fq.admin` …). */
  seedPreset(em: EntityManager, presetKey: string): Promise<{ created: boolean; communityId: string; shape: { community: string; prefix: string } }>;
}

export async function seedDemo(
  orm: MikroORM,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  demo: DemoCommunities,
): Promise<{ created: boolean; communityId: string }> {
  const em = orm.em.fork() as EntityManager;
  const result = await em.transactional(async (tem) => {
    const r = await demo.seedDefault(tem as EntityManager);
    if (r.created) {
      applyPreset(tem as EntityManager, registry, presets, r.communityId, 'panzhou-jinqiu');
      await tem.flush();
      for (const m of registry.list()) {
        if (!m.demoSeed) continue;
        const { seed } = await m.demoSeed();
        await seed(tem as EntityManager, r.communityId);
      }
    }
    return r;
  });
  return result;
}

export async function seedPresetDemo(
  orm: MikroORM,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  presetKey: string,
  demo: DemoCommunities,
): Promise<{ created: boolean; communityId: string; name: string; loginPrefix: string; modules: string[] }> {
  if (!presets.get(presetKey)) throw new UserFacingError('PRESET_UNKNOWN', ['preset'], { preset: presetKey });
  const em = orm.em.fork() as EntityManager;
  return em.transactional(async (tem) => {
    const r = await demo.seedPreset(tem as EntityManager, presetKey);
    const modules: string[] = [];
    if (r.created) applyPreset(tem as EntityManager, registry, presets, r.communityId, presetKey);
    await tem.flush();
    // The grid first: other modules' demo rows refer to its units.
    const states = (await listModuleStates(tem as EntityManager, registry, presets, r.communityId)).sort(
      (a, b) => Number(b.module.key === 'grid') - Number(a.module.key === 'grid'),
    );
    for (const state of states) {
      if (!state.enabled) continue;
      modules.push(state.module.key);
      if (!r.created || !state.module.demoSeed) continue;
      const { seed } = await state.module.demoSeed();
      await seed(tem as EntityManager, r.communityId, { preset: presetKey, settings: state.settings, loginPrefix: r.shape.prefix });
    }
    return { created: r.created, communityId: r.communityId, name: r.shape.community, loginPrefix: r.shape.prefix, modules };
  });
}
