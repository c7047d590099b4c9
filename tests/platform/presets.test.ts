// The five presets as data: each validates against every installed module's settings schema,
// enables and configures every mechanism its source article describes (checked per preset, with
// the Chinese term and the article's figures in its description), and the validator itself is
// checked with bad copies, so a wrong setting cannot slip through.
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

/**
 * Every mechanism each source article describes, per preset: the module that runs it, a check of
 * the preset's effective settings for it, and the Chinese term the description names it by. The
 * modules a preset enables are exactly the ones its mechanisms need (core is always on).
 */
type Settings = (mod: string) => any;
interface Mechanism {
  module: string;
  term: string;
  check: (s: Settings) => boolean;
}
const names = (list: { name: string }[]) => list.map((x) => x.name);
const keys = (list: { key: string }[]) => list.map((x) => x.key);
const has = <T>(list: T[], ...items: T[]) => items.every((i) => list.includes(i));
const THREE_PLUS_TWO = (s: Settings) =>
  s('dispatch').routeModel === '3+2' && has(names(s('dispatch').kinds), '常规单', '心愿单', '期望单') && s('dispatch').assistants && s('dispatch').mutualHelp;

const MECHANISMS: Record<string, Mechanism[]> = {
  'panzhou-jinqiu': [
    { module: 'grid', term: '社区—网格—楼栋—居民', check: (s) => names(s('grid').levels).join() === '网格,楼栋' },
    {
      module: 'grid',
      term: '入户走访',
      check: (s) =>
        has(
          s('grid').visitPlans.map((p: any) => p.role),
          'gridWorker',
          'buildingLead',
        ),
    },
    { module: 'grid', term: '老小残困', check: (s) => has(keys(s('grid').careCategories), 'elderlyAlone', 'leftBehindChild', 'disabled', 'hardship') },
    { module: 'dispatch', term: '社区派单', check: (s) => s('dispatch').dispatcher === 'community' },
    { module: 'dispatch', term: '3+2', check: THREE_PLUS_TWO },
    { module: 'dispatch', term: '心愿墙', check: (s) => has(s('dispatch').channels, 'WISH_WALL', 'APP', 'MINI_PROGRAM', 'GRID_VISIT') },
    { module: 'points', term: '按户建立积分台账', check: (s) => s('points').accountScope === 'household' },
    {
      module: 'volunteer',
      term: '党员、青年、巾帼',
      check: (s) => s('volunteer').teams.length === 5 && has(names(s('volunteer').teams), '党员志愿队', '青年志愿队', '巾帼志愿队'),
    },
    {
      module: 'council',
      term: '居民议事',
      check: (s) => s('council').levels[0].name === '居民议事会' && has(s('council').rules.steps, 'raise', 'decide', 'evaluate'),
    },
    { module: 'council', term: '居民公约', check: (s) => s('council').topicsFromExpectations },
    { module: 'resources', term: '需求调查', check: (s) => has(keys(s('resources').categories), 'elderly', 'children', 'disabled', 'employment') },
    { module: 'resources', term: '服务项目', check: (s) => s('resources').fromCouncil.enabled },
    { module: 'fund', term: '25 万元', check: (s) => has(keys(s('fund').purposes), 'ELDERLY_CHILD', 'SPECIAL_GROUPS', 'PROJECT', 'ACTIVITY') },
    { module: 'party', term: '双报到', check: (s) => s('party').recordDispatchService },
    { module: 'stations', term: '17 个功能室', check: (s) => has(keys(s('stations').kinds), 'service', 'partyCenter', 'clinic') },
    { module: 'stations', term: '一站式', check: (s) => has(keys(s('stations').categories), 'employment', 'medicalInsurance', 'socialSecurity') },
  ],
  'fengqing-114': [
    { module: 'dispatch', term: '线上收集—线下处置—实时反馈', check: (s) => s('dispatch').channels.length === 8 },
    { module: 'dispatch', term: '书记工作室', check: (s) => s('dispatch').secretaryStudio === true },
    { module: 'grid', term: '社工包片', check: (s) => names(s('grid').levels).join() === '片区,网格' && s('grid').dutyRoles[0].key === 'areaSocialWorker' },
    {
      module: 'grid',
      term: '三项制度',
      check: (s) =>
        has(
          s('grid').visitPlans.map((p: any) => p.role),
          'areaSocialWorker',
          'gridWorker',
        ),
    },
    {
      module: 'council',
      term: '两级议事会',
      check: (s) =>
        s('council')
          .levels.map((l: any) => l.rules?.cadence)
          .join() === 'quarterly,monthly',
    },
    { module: 'fund', term: '社区基金', check: (s) => has(keys(s('fund').purposes), 'ELDERLY_CHILD', 'SPECIAL_GROUPS') && s('fund').receiptPrefix === 'FQ' },
    { module: 'stations', term: '4 个“一站一特色”特色服务站点', check: (s) => s('stations').lifeCircleMinutes === 15 && s('stations').kinds.length === 2 },
    { module: 'volunteer', term: '志愿靓滇红', check: (s) => s('volunteer').teams[0].name === '志愿靓滇红服务队' && !!s('volunteer').organizationName },
    { module: 'party', term: '党组织吹哨、各方报到', check: (s) => s('party').recordDispatchService },
    { module: 'resources', term: '人才库', check: (s) => has(names(s('resources').categories), '法律宣传', '矛盾调解', '业态培育', '大数据运用') },
  ],
  sanshundian: [
    { module: 'party', term: '双月轮值', check: (s) => s('party').rotationUnitsPerYear === 6 },
    { module: 'resources', term: '三项清单', check: (s) => s('resources').fromDispatch.kinds.includes('expectation') && s('resources').fromCouncil.enabled },
    { module: 'dispatch', term: '网格派单', check: (s) => s('dispatch').dispatcher === 'grid' },
    { module: 'dispatch', term: '党员接单', check: (s) => s('dispatch').routeTakers.PARTY_ORGANIZATION.includes('PARTY_MEMBER') },
    {
      module: 'grid',
      term: '党员包户',
      check: (s) =>
        has(
          s('grid').visitPlans.map((p: any) => p.role),
          'partyMember',
        ),
    },
    { module: 'council', term: '居民公约', check: (s) => keys(s('council').levels).join() === 'community,estate' },
    { module: 'volunteer', term: '暖心小分队、党员代办队', check: (s) => has(names(s('volunteer').teams), '暖心小分队', '党员代办队') },
    { module: 'fund', term: '民生微实事', check: (s) => s('fund').purposes[0].key === 'PROJECT' },
    // 民生微实事 as projects: a call, applications by social organisations, panel review, milestone payments.
    { module: 'venture', term: '民生微实事', check: (s) => s('fund').purposes[0].key === 'PROJECT' },
    { module: 'stations', term: '社区蜂巢', check: (s) => has(keys(s('stations').kinds), 'hive', 'seniorCollege', 'elderCare', 'redPost') },
  ],
  baoji: [
    {
      module: 'grid',
      term: '网格指导员—网格长—网格员—居民小组长—楼栋长',
      check: (s) => names(s('grid').dutyRoles).join() === '网格指导员,网格长,网格员,居民小组长,楼栋长',
    },
    { module: 'council', term: '微协商', check: (s) => keys(s('council').levels).join() === 'community,estate,building' },
    { module: 'council', term: '五民工作法', check: (s) => s('council').rules.steps.join() === 'raise,discuss,decide,carryOut,evaluate' },
    { module: 'dispatch', term: '云柜', check: (s) => s('dispatch').channels.includes('CLOUD_LOCKER') },
    { module: 'volunteer', term: '志愿云', check: (s) => s('volunteer').teams.length >= 2 },
    { module: 'party', term: '党建云', check: (s) => s('party').recordDispatchService },
    { module: 'resources', term: '项目化运作', check: (s) => has(keys(s('resources').categories), 'mutualAid', 'convenience') },
    { module: 'fund', term: '财政补助+集体自筹+社会捐赠', check: (s) => has(keys(s('fund').purposes), 'VENTURE', 'PURCHASE', 'AWARD') },
    // 公益创投 pays its awarded projects' milestones from the fund's VENTURE purpose.
    { module: 'venture', term: '公益创投', check: (s) => has(keys(s('fund').purposes), 'VENTURE') },
  ],
  'changzhou-135': [
    { module: 'stations', term: '3”类服务共享站', check: (s) => keys(s('stations').kinds).join() === 'skills,projects,resources' },
    { module: 'stations', term: '美好生活共同体', check: (s) => s('stations').groupings.length === 5 },
    { module: 'council', term: '四级议事圈', check: (s) => s('council').levels.length === 4 && s('council').levels[3].rules.onlineDiscussionOpen },
    { module: 'points', term: '益起来', check: (s) => s('points').accountScope === 'person' },
    { module: 'volunteer', term: '志愿积分', check: (s) => s('volunteer').teams[0].key === 'yiqilai' },
    { module: 'grid', term: '51 个综合网格', check: (s) => names(s('grid').levels).join() === '综合网格' },
    { module: 'party', term: '区域化党建联盟圈', check: (s) => s('party').recordDispatchService },
    { module: 'dispatch', term: '难题联解', check: (s) => has(keys(s('dispatch').categories), 'convenience', 'hardCase') },
    { module: 'resources', term: '共享闲置物品与技能', check: (s) => has(keys(s('resources').categories), 'idleGoods', 'skills') },
    { module: 'fund', term: '公益慈善', check: (s) => s('fund').purposes[0].key === 'CHARITY' },
  ],
};
/** The figures of each article its preset's description carries. */
const FIGURES: Record<string, string[]> = {
  'panzhou-jinqiu': ['1793 户', '12 个网格', '6 次', '7 个', '25 万元', '17 个功能室', '2 支', '3 支'],
  'fengqing-114': ['96%', '98.7%', '12%→47%', '300%', '1.2 万', '18 个', '237 名', '103 人', '21 个', '4 个'],
  sanshundian: ['70 余家', '6 家', '800 名', '35 家', '16 支'],
  baoji: ['24 小时', '五级', '三级', '三朵云'],
  'changzhou-135': ['51 个', '8 个', '70 余次', '40 余件', '“3”类', '“5”个'],
};
const TABLE: Record<string, string[]> = Object.fromEntries(Object.entries(MECHANISMS).map(([k, list]) => [k, [...new Set(list.map((m) => m.module))].sort()]));

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

  test.each(Object.entries(TABLE))('%s enables exactly the modules its mechanisms need', (key, modules) => {
    const enabled = Object.entries(raw(key).modules as Record<string, { enabled?: boolean }>)
      .filter(([m, c]) => m !== 'core' && c.enabled !== false)
      .map(([m]) => m)
      .sort();
    expect(enabled).toEqual(modules);
  });

  test.each(Object.keys(MECHANISMS))('%s: every mechanism of its article is configured and named in the description with the article’s figures', (key) => {
    const settings: Settings = (mod) => mergeSettings(registry.get(mod)!, raw(key).modules[mod]?.settings ?? {}, {}).value as any;
    const p = raw(key);
    const failed = MECHANISMS[key]!.filter((m) => !m.check(settings)).map((m) => m.term);
    expect(failed).toEqual([]);
    expect(MECHANISMS[key]!.map((m) => m.term).filter((t) => !p.description.includes(t))).toEqual([]);
    expect(FIGURES[key]!.filter((f) => !p.description.includes(f))).toEqual([]);
  });

  test('a mechanism check can fail: a preset without its 3+2 kinds or its fund purposes is caught', () => {
    const p = structuredClone(raw('panzhou-jinqiu'));
    p.modules.dispatch.settings.kinds = [{ key: 'routine', name: '常规单', route: 'PARTY_ORGANIZATION', deadlineHours: 72 }];
    p.modules.fund.settings.purposes = [{ key: 'EMERGENCY', name: '临时救助' }];
    const settings: Settings = (mod) => mergeSettings(registry.get(mod)!, p.modules[mod]?.settings ?? {}, {}).value as any;
    expect(MECHANISMS['panzhou-jinqiu']!.filter((m) => !m.check(settings)).map((m) => m.term)).toEqual(['3+2', '25 万元']);
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
