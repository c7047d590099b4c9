// Events grid publishes. Data carries raw ids only, never personal data.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission: string) =>
  defineEvent(`grid.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

export const GRID_EVENTS = {
  UnitCreated: e('UnitCreated', z.object({ unitId: id, parentId: id.nullable() }), '网格单元已建立', 'Grid unit created', 'grid.unit.read'),
  UnitUpdated: e('UnitUpdated', z.object({ unitId: id }), '网格单元已修改', 'Grid unit updated', 'grid.unit.read'),
  UnitMoved: e(
    'UnitMoved',
    z.object({ unitId: id, fromParentId: id.nullable(), toParentId: id }),
    '网格单元已调整',
    'Grid unit moved to another parent',
    'grid.unit.read',
  ),
  HouseholdPlaced: e('HouseholdPlaced', z.object({ householdId: id, unitId: id }), '户已落入网格', 'Household placed into a unit', 'grid.unit.read'),
  /** role: duty role key from the settings (e.g. gridWorker). */
  DutyAssigned: e(
    'DutyAssigned',
    // The holder is a member or an organisation (组织): exactly one of the two ids is set.
    z.object({ dutyId: id, unitId: id, membershipId: id.nullable(), organizationId: id.nullable(), role: z.string() }),
    '网格职责已任命',
    'Duty role assigned',
    'grid.duty.read',
  ),
  DutyEnded: e(
    'DutyEnded',
    z.object({ dutyId: id, unitId: id, membershipId: id.nullable(), organizationId: id.nullable() }),
    '网格职责已卸任',
    'Duty role ended',
    'grid.duty.read',
  ),
  CareMemberEnrolled: e(
    'CareMemberEnrolled',
    z.object({ memberId: id, residentId: id, householdId: id.nullable(), category: z.string() }),
    '特殊群体已登记',
    'Special-care member enrolled',
    'grid.care.readAll',
  ),
  CareMemberUpdated: e(
    'CareMemberUpdated',
    z.object({ memberId: id, ended: z.boolean().optional() }),
    '特殊群体信息已修改',
    'Special-care member updated',
    'grid.care.readAll',
  ),
  /** householdId: the visit shows in the household file's activity (一户一档). */
  CareVisitRecorded: e(
    'CareVisitRecorded',
    z.object({ memberId: id, visitId: id, householdId: id.nullable() }),
    '探访已登记',
    'Care visit recorded',
    'grid.care.readAll',
  ),
  CareVisitOverdue: e(
    'CareVisitOverdue',
    z.object({ memberId: id, residentId: id, unitId: id.nullable() }),
    '探访已逾期',
    'Care visit overdue',
    'grid.care.readAll',
  ),
  /** 入户走访 recorded (findings: how many were found). */
  HouseholdVisitRecorded: e(
    'HouseholdVisitRecorded',
    z.object({ visitId: id, householdId: id, unitId: id.nullable(), findings: z.number().int() }),
    '入户走访已登记',
    'Household visit recorded',
    'grid.visit.read',
  ),
  /** target REQUEST: dispatch files a request (channel GRID_VISIT); NEED: resources records a need. accountId: who referred it. */
  VisitFindingReferred: e(
    'VisitFindingReferred',
    z.object({ findingId: id, visitId: id, householdId: id, unitId: id.nullable(), category: z.string(), target: z.enum(['REQUEST', 'NEED']), accountId: id }),
    '走访发现已转办',
    'Visit finding referred to a request or a need',
    'grid.visit.read',
  ),
  /** Counts of rows written. */
  ImportApplied: e(
    'ImportApplied',
    z.object({ units: z.number().int(), households: z.number().int(), residents: z.number().int(), placements: z.number().int() }),
    '批量导入已完成',
    'Bulk import applied',
    'grid.import',
  ),
  ExportCreated: e('ExportCreated', z.object({ logId: id, kind: z.string(), rowCount: z.number().int() }), '台账已导出', 'Register exported', 'grid.export'),
};

export const gridEvents = Object.values(GRID_EVENTS);
