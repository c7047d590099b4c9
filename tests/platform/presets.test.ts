// The five presets as data: each validates against every installed module's settings schema,
// describes its model in Chinese, and enables the modules domain.md's table gives it. The
// validator itself is checked with bad copies, so a wrong setting cannot slip through.
import fs from 'node:fs';
import path from 'node:path';
import { createRegistry } from '../../src/plugins/loader';
import { PresetCatalog, PresetError, readPresetFile, validatePreset } from '../../src/plugins/presets';
import { mergeSettings } from '../../src/plugins/settings';
import { PRESETS_DIR } from '../../src/server/boot';
import { FIRST_PARTY } from '../../src/modules';

const registry = createRegistry(FIRST_PARTY);
const files = fs
  .readdirSync(PRESETS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = (key: string) => readPresetFile(PRESETS_DIR, `${key}.json`) as any;
const check = (content: unknown) => validatePreset(registry, content, 'copy.json');

/** domain.md, "The five models as presets": the modules each model enables (core is always on). */
const TABLE: Record<string, string[]> = {
  'panzhou-jinqiu': ['dispatch', 'grid', 'points', 'volunteer'],
  'fengqing-114': ['council', 'dispatch', 'fund', 'grid', 'stations'],
  sanshundian: ['dispatch', 'grid', 'party', 'resources'],
  baoji: ['council', 'dispatch', 'grid'],
  'changzhou-135': ['council', 'grid', 'points', 'stations', 'volunteer'],
};

describe('preset files', () => {
  test('there is one file per model of the table, named by its key', () => {
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(Object.keys(TABLE).sort());
    for (const f of files) expect(raw(f.replace(/\.json$/, '')).key).toBe(f.replace(/\.json$/, ''));
  });

  test.each(Object.keys(TABLE))('%s: every module it names is installed and its settings parse with that module’s schema', (key) => {
    const { preset, missingModules } = check(raw(key));
    expect(missingModules).toEqual([]);
    for (const [mod, cfg] of Object.entries(preset.modules)) {
      const m = registry.get(mod)!;
      expect(mergeSettings(m, cfg.settings as Record<string, unknown>, {}).error).toBeUndefined();
    }
  });

  test.each(Object.keys(TABLE))('%s: a Chinese name and description of the model', (key) => {
    const p = raw(key);
    expect(p.name['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(p.description.match(/\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThan(30);
  });

  test.each(Object.entries(TABLE))('%s enables the modules of domain.md’s table', (key, modules) => {
    const enabled = Object.entries(raw(key).modules as Record<string, { enabled?: boolean }>)
      .filter(([m, c]) => m !== 'core' && c.enabled !== false)
      .map(([m]) => m)
      .sort();
    expect(enabled).toEqual(modules);
  });

  test('the settings that make each model differ are the ones the articles describe', () => {
    const settings = (key: string, mod: string) => mergeSettings(registry.get(mod)!, raw(key).modules[mod].settings, {}).value as any;
    expect(settings('panzhou-jinqiu', 'dispatch')).toMatchObject({ dispatcher: 'community', routeModel: '3+2' });
    expect(settings('panzhou-jinqiu', 'points').accountScope).toBe('household');
    expect(settings('panzhou-jinqiu', 'grid').levels.map((l: any) => l.name)).toEqual(['网格', '楼栋']);
    expect(settings('sanshundian', 'dispatch').dispatcher).toBe('grid');
    expect(settings('sanshundian', 'dispatch').routeTakers.PARTY_ORGANIZATION).toContain('PARTY_MEMBER');
    expect(settings('sanshundian', 'party').rotationUnitsPerYear).toBe(6);
    expect(settings('baoji', 'grid').dutyRoles.map((r: any) => r.name)).toEqual(['网格指导员', '网格长', '网格员', '居民小组长', '楼栋长']);
    expect(settings('baoji', 'council').levels.map((l: any) => l.key)).toEqual(['community', 'estate', 'building']);
    expect(settings('baoji', 'dispatch').channels).toContain('CLOUD_LOCKER');
    expect(settings('changzhou-135', 'council').levels).toHaveLength(4);
    expect(settings('changzhou-135', 'points').accountScope).toBe('person');
    expect(settings('fengqing-114', 'dispatch').secretaryStudio).toBe(true);
    expect(settings('fengqing-114', 'council').levels.map((l: any) => l.rules?.cadence)).toEqual(['quarterly', 'monthly']);
  });

  test('the catalog the server boots with holds all five, with no missing modules', () => {
    const catalog = new PresetCatalog(registry, PRESETS_DIR);
    expect(
      catalog
        .list()
        .map((p) => p.key)
        .sort(),
    ).toEqual(Object.keys(TABLE).sort());
    expect(catalog.missingModules).toEqual([]);
  });
});

describe('the validator rejects a bad copy', () => {
  const bad = (mutate: (p: any) => void) => {
    const p = structuredClone(raw('panzhou-jinqiu'));
    mutate(p);
    return () => check(p);
  };

  test('a wrong value of a setting', () => {
    expect(bad((p) => (p.modules.dispatch.settings.dispatcher = 'street'))).toThrow(/modules\.dispatch\.settings: dispatcher/);
    expect(bad((p) => (p.modules.points.settings.accountScope = 'family'))).toThrow(/modules\.points\.settings: accountScope/);
    expect(bad((p) => (p.modules.grid.settings.levels = 'grid'))).toThrow(/modules\.grid\.settings: levels/);
  });

  test('a misspelt setting, at the top or nested', () => {
    expect(bad((p) => (p.modules.dispatch.settings.dispacher = 'grid'))).toThrow(/modules\.dispatch\.settings: dispacher: unknown setting/);
    expect(bad((p) => (p.modules.grid.settings.levels[0].nmae = '网格'))).toThrow(/levels\.0\.nmae: unknown setting/);
  });

  test('a broken file shape: no description, a bad key, settings that are not an object', () => {
    expect(bad((p) => delete p.description)).toThrow(PresetError);
    expect(bad((p) => (p.key = 'Pan Zhou'))).toThrow(/key/);
    expect(bad((p) => (p.modules.points.settings = 3))).toThrow(/modules\.points\.settings/);
  });

  test('a module that is not installed is reported, not silently enabled', () => {
    const p = structuredClone(raw('baoji'));
    p.modules.weather = { enabled: true, settings: {} };
    expect(check(p).missingModules).toEqual(['weather']);
  });

  test('the catalog refuses to boot on a bad preset file, naming it', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'presets-'));
    const p = raw('fengqing-114');
    p.modules.fund.settings.approval.committeeApprovals = -1;
    fs.writeFileSync(path.join(dir, 'fengqing-114.json'), JSON.stringify(p));
    expect(() => new PresetCatalog(registry, dir)).toThrow(/fengqing-114\.json: modules\.fund\.settings: approval\.committeeApprovals/);
    fs.rmSync(dir, { recursive: true });
  });
});
