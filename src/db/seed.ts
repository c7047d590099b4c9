// `seed --demo`: the core demo community, its preset's module rows, then each module's own
// demo data (loaded lazily). `seed --demo --preset <key>`: a community of that preset's shape,
// filled by the demo seed of every module the preset enables. Both safe to run twice. Both link
// the resident-facing demo logins to resident records of households, so a front end signed in
// as `resident` sees her own household, requests and points.
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
  /** Logins of a preset's demo (`fq.admin` …), for the start banner; its community's name. */
  presetDemo(presetKey: string): { community: string; logins: string[] };
  /** Links the demo logins that live in the community to resident records of their own households. */
  linkResidents(em: EntityManager, communityId: string, loginPrefix: string): Promise<void>;
}

export interface SeedDemoOptions {
  /**
   * false: only the community, its people and households and the rows modules add without a demo
   * context (grid, party, resources, stations) — the base the test suites build their own records
   * on. true (default): everything a front end needs — linked logins, requests in every state,
   * points, council topics and meetings, fund and volunteer ledgers.
   */
  records?: boolean;
}

/** Grid first: other modules' demo rows refer to its units. */
const gridFirst = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => Number(b.key === 'grid') - Number(a.key === 'grid'));

export async function seedDemo(
  orm: MikroORM,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  demo: DemoCommunities,
  opts: SeedDemoOptions = {},
): Promise<{ created: boolean; communityId: string }> {
  const records = opts.records ?? true;
  const em = orm.em.fork() as EntityManager;
  const result = await em.transactional(async (tem) => {
    const r = await demo.seedDefault(tem as EntityManager);
    if (r.created) {
      applyPreset(tem as EntityManager, registry, presets, r.communityId, DEFAULT_DEMO_PRESET);
      await tem.flush();
      if (records) await demo.linkResidents(tem as EntityManager, r.communityId, '');
      const states = new Map((await listModuleStates(tem as EntityManager, registry, presets, r.communityId)).map((s) => [s.module.key, s]));
      for (const m of gridFirst(registry.list())) {
        if (!m.demoSeed) continue;
        const { seed } = await m.demoSeed();
        const context = records ? { preset: DEFAULT_DEMO_PRESET, settings: states.get(m.key)?.settings ?? {}, loginPrefix: '', defaultDemo: true } : undefined;
        await seed(tem as EntityManager, r.communityId, context);
      }
    }
    return r;
  });
  return result;
}

/** The preset the default demo community (金秋社区) runs. */
export const DEFAULT_DEMO_PRESET = 'panzhou-jinqiu';

/** The start banner's demo lines: the default demo's logins, and each preset demo's with how to load it. */
export function demoBanner(demo: DemoCommunities, presets: PresetCatalog): string {
  const lines = [`  演示社区 demo community 金秋社区 — 登录 sign in with one of: ${demo.logins.join(', ')}`];
  for (const p of presets.list()) {
    const d = demo.presetDemo(p.key);
    lines.push(`  ${d.community}（npx wushe seed --demo --preset ${p.key}）: ${d.logins.join(', ')}`);
  }
  lines.push(`  密码 password: ${demo.password}`);
  return `${lines.join('\n')}\n`;
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
    if (r.created) await demo.linkResidents(tem as EntityManager, r.communityId, r.shape.prefix);
    const states = gridFirst((await listModuleStates(tem as EntityManager, registry, presets, r.communityId)).map((s) => ({ ...s, key: s.module.key })));
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
