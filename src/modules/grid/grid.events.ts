// Events grid publishes. Data carries raw ids only, never personal data.
import type { EventDeclaration } from '../../plugins/module-contract';

const e = (type: string, zh: string, en: string, permission: string): EventDeclaration => ({
  type: `grid.${type}`,
  description: { 'zh-CN': zh, en },
  permission,
});

export const gridEvents: EventDeclaration[] = [
  e('UnitCreated', '网格单元已建立', 'Grid unit created', 'grid.unit.read'),
  e('UnitUpdated', '网格单元已修改', 'Grid unit updated', 'grid.unit.read'),
  e('UnitMoved', '网格单元已调整', 'Grid unit moved to another parent', 'grid.unit.read'),
  e('HouseholdPlaced', '户已落入网格', 'Household placed into a unit', 'grid.unit.read'),
  e('DutyAssigned', '网格职责已任命', 'Duty role assigned', 'grid.duty.read'),
  e('DutyEnded', '网格职责已卸任', 'Duty role ended', 'grid.duty.read'),
  e('CareMemberEnrolled', '特殊群体已登记', 'Special-care member enrolled', 'grid.care.readAll'),
  e('CareMemberUpdated', '特殊群体信息已修改', 'Special-care member updated', 'grid.care.readAll'),
  e('CareVisitRecorded', '探访已登记', 'Care visit recorded', 'grid.care.readAll'),
  e('CareVisitOverdue', '探访已逾期', 'Care visit overdue', 'grid.care.readAll'),
  e('ImportApplied', '批量导入已完成', 'Bulk import applied', 'grid.import'),
  e('ExportCreated', '台账已导出', 'Register exported', 'grid.export'),
];
