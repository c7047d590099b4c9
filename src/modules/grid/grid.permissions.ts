// Grid actions and their role defaults. `allUnits` widens every grid read and write from the
// caller's own units (where they hold a duty) to the whole community.
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const gridPermissions = {
  'unit.read': t('查看网格与户', 'Read the grid tree and its households'),
  'unit.manage': t('维护网格单元', 'Create, edit and move grid units'),
  'household.place': t('将户落入网格', 'Place households into units'),
  allUnits: t('全社区范围（否则仅限本人责任网格）', "Act on every unit (otherwise only the caller's own units)"),
  'duty.read': t('查看网格职责', 'Read duty assignments and who is responsible'),
  'duty.manage': t('任免网格职责', 'Assign and end duty roles'),
  'coverage.read': t('查看覆盖检查', 'Read the coverage check'),
  'archive.read': t('查看一户一档', 'Read household files'),
  'care.read': t('查看特殊群体（包保人、本网格人员可见）', 'Read special-care members (own or own units)'),
  'care.readAll': t('查看全部特殊群体', 'Read every special-care member'),
  'care.manage': t('维护特殊群体与包保', 'Enrol special-care members and set 包保'),
  'care.visit': t('登记探访', 'Record care visits'),
  'visit.read': t('查看入户走访与走访覆盖', 'Read household visits, their findings and visit coverage'),
  'visit.record': t('登记入户走访（敲门问需）、转办走访发现', 'Record household visits and refer their findings'),
  import: t('批量导入', 'Bulk import units, households and residents'),
  export: t('导出台账（留痕）', 'Export registers (logged)'),
};

type Action = keyof typeof gridPermissions;
const staffReader: Action[] = ['unit.read', 'duty.read', 'archive.read'];
const visits: Action[] = ['visit.read', 'visit.record'];
const office: Action[] = [
  ...staffReader,
  'allUnits',
  'unit.manage',
  'household.place',
  'duty.manage',
  'coverage.read',
  'care.read',
  'care.visit',
  'import',
  'visit.read',
];

export const gridRoleDefaults: Partial<Record<Role, Action[]>> = {
  // A 包保 person may be any member: they see and visit only the people they are responsible for.
  VOLUNTEER: ['care.read', 'care.visit'],
  // 党员包户: a party member holding a duty on a unit visits its households like a grid worker.
  PARTY_MEMBER: ['care.read', 'care.visit', ...visits],
  GRID_STAFF: [...staffReader, 'household.place', 'coverage.read', 'care.read', 'care.manage', 'care.visit', ...visits],
  SOCIAL_WORKER: [...staffReader, 'allUnits', 'care.read', 'care.readAll', 'care.manage', 'care.visit', ...visits],
  // The 社区工作者 keep the special-care register (特殊群体台账) of the whole community with the
  // social workers: they see and maintain every entry. Exports of it stay with the admin.
  COMMUNITY_STAFF: [...office, 'care.readAll', 'care.manage', 'visit.record'],
  COMMUNITY_ADMIN: [...office, 'care.readAll', 'care.manage', 'export', 'visit.record'],
  STREET_ADMIN: ['unit.read', 'duty.read', 'allUnits', 'coverage.read'],
  // Visits are recorded by members of the community (the visitor is a membership): not by platform admins.
  PLATFORM_ADMIN: [...office, 'care.readAll', 'care.manage', 'export'],
};
