// Pure rules of the grid module and its settings, without GraphQL.
import { gridSettings } from '../../src/modules/grid/grid.settings';
import { careVisible, dueOn, parentLevelOk, roleFitsLevel } from '../../src/modules/grid/grid.policy';
import baoji from '../../presets/baoji.json';

const panzhou = gridSettings.parse({
  levels: [
    { key: 'grid', name: '网格' },
    { key: 'building', name: '楼栋' },
  ],
});

test('levels chain: roots are of the first level, children of the next', () => {
  expect(parentLevelOk(panzhou, 'grid', null)).toBe(true);
  expect(parentLevelOk(panzhou, 'building', 'grid')).toBe(true);
  expect(parentLevelOk(panzhou, 'building', null)).toBe(false);
  expect(parentLevelOk(panzhou, 'grid', 'grid')).toBe(false);
  expect(parentLevelOk(panzhou, 'street', null)).toBe(false);
});

test('Baoji preset: five duty roles on three levels', () => {
  const s = gridSettings.parse(baoji.modules.grid.settings);
  expect(s.dutyRoles.map((r) => r.name)).toEqual(['网格指导员', '网格长', '网格员', '居民小组长', '楼栋长']);
  expect(roleFitsLevel(s, 'groupLeader', 'residentGroup')).toBe(true);
  expect(roleFitsLevel(s, 'groupLeader', 'grid')).toBe(false);
});

test('settings refuse roles on unknown levels and duplicate keys', () => {
  expect(gridSettings.safeParse({ levels: [{ key: 'grid', name: '综合网格' }] }).success).toBe(false); // default 楼栋长 needs a building level
  expect(
    gridSettings.safeParse({
      levels: [
        { key: 'grid', name: 'a' },
        { key: 'grid', name: 'b' },
      ],
      dutyRoles: [],
    }).success,
  ).toBe(false);
  expect(gridSettings.safeParse({ levels: [{ key: 'grid', name: '综合网格' }], dutyRoles: [{ key: 'w', name: '网格员', level: 'grid' }] }).success).toBe(true);
});

test("visit plan: N days after the last visit's day in the community's zone, or after enrolment", () => {
  expect(dueOn('2024-01-01', null, 14, 'Asia/Shanghai')).toBe('2024-01-15');
  // 23:00 UTC on 27 February is 07:00 on the 28th in Beijing: the visit was on the 28th there.
  expect(dueOn('2024-01-01', new Date('2024-02-27T23:00:00Z'), 7, 'Asia/Shanghai')).toBe('2024-03-06');
  expect(dueOn('2024-01-01', new Date('2024-02-27T23:00:00Z'), 7, 'UTC')).toBe('2024-03-05');
});

test('care visibility', () => {
  expect(careVisible({ readAll: false, isResponsible: false, unitInScope: false })).toBe(false);
  expect(careVisible({ readAll: false, isResponsible: true, unitInScope: false })).toBe(true);
  expect(careVisible({ readAll: false, isResponsible: false, unitInScope: true })).toBe(true);
  expect(careVisible({ readAll: true, isResponsible: false, unitInScope: false })).toBe(true);
});
