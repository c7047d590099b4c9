// `seed --demo`: the core demo community, its preset's module rows, then each module's own
// demo data (loaded lazily). Safe to run twice.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { ModuleRegistry } from '../plugins/registry';
import type { PresetCatalog } from '../plugins/presets';
import { applyPreset } from '../plugins/community-modules';
import { seedCoreDemo } from '../modules/core/demo-seed';

export async function seedDemo(orm: MikroORM, registry: ModuleRegistry, presets: PresetCatalog): Promise<{ created: boolean; communityId: string }> {
  const em = orm.em.fork() as EntityManager;
  const result = await em.transactional(async (tem) => {
    const r = await seedCoreDemo(tem as EntityManager);
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
