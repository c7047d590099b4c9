// Bulk import (CSV/XLSX-shaped rows, every cell a string): validate every row first and report
// each problem (sheet, row, field, reason); apply only when there is none, all in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { birthDateFromId, Gender, Household, isValidIdNumber, isValidMobile, personalIndex, Resident, sealResidentField } from '../core/public';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import type { GridSettings } from './grid.settings';
import { parentLevelOk } from './grid.policy';
import { GridUnit } from './unit.entity';
import { GridPlacement } from './placement.entity';

export type Cells = Record<string, string | null | undefined>;
export interface ImportRows {
  units: Cells[];
  households: Cells[];
  residents: Cells[];
}
export interface ImportProblem {
  sheet: string;
  row: number;
  field: string;
  reason: string;
}
export interface ImportResult {
  problems: ImportProblem[];
  units: number;
  households: number;
  residents: number;
  placements: number;
}

const GENDER: Record<string, Gender> = {
  MALE: Gender.MALE,
  FEMALE: Gender.FEMALE,
  UNKNOWN: Gender.UNKNOWN,
  男: Gender.MALE,
  女: Gender.FEMALE,
  '': Gender.UNKNOWN,
};
const text = (v: string | null | undefined) => (v ?? '').trim();
/** The gender a cell names (MALE, female, 男 …), or undefined; own keys only ('constructor' is no gender). */
const genderOf = (v: string | null | undefined): Gender | undefined => {
  const t = text(v);
  return [t.toUpperCase(), t].map((k) => (Object.hasOwn(GENDER, k) ? GENDER[k] : undefined)).find((g) => g !== undefined);
};

export async function runImport(
  em: EntityManager,
  communityId: string,
  s: GridSettings,
  rows: ImportRows,
  apply: boolean,
  accountId: string | null,
): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const bad = (sheet: string, row: number, field: string, reason: string) => problems.push({ sheet, row, field, reason });
  const req = (sheet: string, i: number, r: Cells, field: string, max: number): string => {
    const v = text(r[field]);
    if (!v) bad(sheet, i + 1, field, '必填 — required');
    else if (v.length > max) bad(sheet, i + 1, field, `过长 — longer than ${max}`);
    return v;
  };

  const existingUnits = new Map((await em.find(GridUnit, {}, { fields: ['code', 'level'] })).map((u) => [u.code, u]));
  const newUnits = new Map<string, { id: string; row: number; level: string; name: string; parentCode: string; sortOrder: number }>();
  rows.units.forEach((r, i) => {
    const code = req('units', i, r, 'code', 40);
    const name = req('units', i, r, 'name', 60);
    const level = text(r.level);
    if (!s.levels.some((l) => l.key === level)) bad('units', i + 1, 'level', `未配置的层级 — unknown level "${level}"`);
    const sortOrder = text(r.sortOrder) ? Number(text(r.sortOrder)) : 0;
    if (!Number.isInteger(sortOrder)) bad('units', i + 1, 'sortOrder', '须为整数 — not an integer');
    if (code && (existingUnits.has(code) || newUnits.has(code))) bad('units', i + 1, 'code', '编码重复 — code already exists');
    else if (code) newUnits.set(code, { id: uuidv7(), row: i + 1, level, name, parentCode: text(r.parentCode), sortOrder });
  });
  const levelOf = (code: string) => newUnits.get(code)?.level ?? existingUnits.get(code)?.level;
  for (const u of newUnits.values()) {
    if (u.parentCode && !levelOf(u.parentCode)) bad('units', u.row, 'parentCode', `上级不存在 — no unit "${u.parentCode}"`);
    else if (!parentLevelOk(s, u.level, u.parentCode ? levelOf(u.parentCode)! : null))
      bad('units', u.row, 'parentCode', '层级不符 — parent is not of the level above');
  }

  const householdNumbers = rows.households.map((r) => text(r.number)).filter(Boolean);
  const taken = new Set((await em.find(Household, { number: { $in: householdNumbers } }, { fields: ['number'] })).map((h) => h.number));
  const newHouseholds = new Map<string, { id: string; unitCode: string; row: Cells }>();
  rows.households.forEach((r, i) => {
    const number = req('households', i, r, 'number', 40);
    req('households', i, r, 'address', 300);
    const unitCode = text(r.unitCode);
    if (unitCode && !levelOf(unitCode)) bad('households', i + 1, 'unitCode', `单元不存在 — no unit "${unitCode}"`);
    if (number && (taken.has(number) || newHouseholds.has(number))) bad('households', i + 1, 'number', '户号重复 — household number already exists');
    else if (number) newHouseholds.set(number, { id: uuidv7(), unitCode, row: r });
  });

  const residentHouseholds = [...new Set(rows.residents.map((r) => text(r.householdNumber)).filter((n) => n && !newHouseholds.has(n)))];
  const known = new Map(
    (await em.find(Household, { number: { $in: residentHouseholds }, closedAt: null }, { fields: ['number'] })).map((h) => [h.number, h.id]),
  );
  // Duplicate 身份证号: against current residents through the blind index, and within the file.
  const keys = personalDataKeysOf(em);
  const indexOf = new Map<string, string>();
  for (const r of rows.residents) {
    const id = text(r.idNumber).toUpperCase();
    if (id && isValidIdNumber(id)) indexOf.set(id, personalIndex(keys, 'idNumber', id));
  }
  const registered = new Set<string | null>();
  await chunks(
    [...new Set(indexOf.values())],
    async (part) => {
      for (const r of await em.find(Resident, { idNumberBidx: { $in: part }, movedOutAt: null }, { fields: ['idNumberBidx'] })) registered.add(r.idNumberBidx);
    },
    5000,
  );
  const firstRow = new Map<string, number>();
  rows.residents.forEach((r, i) => {
    req('residents', i, r, 'name', 50);
    const hn = text(r.householdNumber);
    if (hn && !newHouseholds.has(hn) && !known.has(hn)) bad('residents', i + 1, 'householdNumber', `户不存在 — no household "${hn}"`);
    if (genderOf(r.gender) === undefined) bad('residents', i + 1, 'gender', '性别无效 — use MALE, FEMALE, 男 or 女');
    const id = text(r.idNumber).toUpperCase();
    if (id && !isValidIdNumber(id)) bad('residents', i + 1, 'idNumber', '身份证号码校验失败 — invalid ID number');
    else if (id && registered.has(indexOf.get(id)!)) bad('residents', i + 1, 'idNumber', '身份证号已登记 — a current resident has this ID number');
    else if (id && firstRow.has(id)) bad('residents', i + 1, 'idNumber', `身份证号重复 — same ID number as row ${firstRow.get(id)}`);
    else if (id) firstRow.set(id, i + 1);
    if (text(r.phone) && !isValidMobile(text(r.phone))) bad('residents', i + 1, 'phone', '手机号码格式不正确 — invalid mobile number');
  });

  const counts = {
    units: newUnits.size,
    households: newHouseholds.size,
    residents: rows.residents.length,
    placements: [...newHouseholds.values()].filter((h) => h.unitCode).length,
  };
  if (problems.length || !apply) return { problems, ...counts };

  const now = new Date();
  const base = () => ({ id: uuidv7(), communityId, createdAt: now, updatedAt: now });
  const unitId = (code: string) => newUnits.get(code)?.id ?? existingUnits.get(code)!.id;
  // Parents first: insert level by level.
  for (const level of s.levels) {
    const batch = [...newUnits.entries()].filter(([, u]) => u.level === level.key);
    await chunks(batch, (part) =>
      em.insertMany(
        GridUnit,
        part.map(([code, u]) => ({
          id: u.id,
          communityId,
          createdAt: now,
          updatedAt: now,
          code,
          name: u.name,
          level: u.level,
          sortOrder: u.sortOrder,
          outline: null,
          parent: u.parentCode ? unitId(u.parentCode) : null,
        })) as any,
      ),
    );
  }
  await chunks([...newHouseholds.entries()], (part) =>
    em.insertMany(
      Household,
      part.map(([number, h]) => ({
        id: h.id,
        communityId,
        createdAt: now,
        updatedAt: now,
        number,
        address: text(h.row.address),
        building: text(h.row.building) || null,
        tags: text(h.row.tags)
          .split(/[,，、;；]/)
          .map((t) => t.trim())
          .filter(Boolean),
        closedAt: null,
      })) as any,
    ),
  );
  await chunks(
    [...newHouseholds.values()].filter((h) => h.unitCode),
    (part) =>
      em.insertMany(
        GridPlacement,
        part.map((h) => ({
          ...base(),
          household: h.id,
          unit: unitId(h.unitCode),
          placedAt: now,
          endedAt: null,
          placedBy: accountId,
        })) as any,
      ),
  );
  await chunks(rows.residents, (part) =>
    em.insertMany(
      Resident,
      part.map((r) => {
        const id = text(r.idNumber).toUpperCase() || null;
        const row = base();
        return {
          ...row,
          ...sealResidentField(keys, row.id, 'idNumber', id),
          ...sealResidentField(keys, row.id, 'phone', text(r.phone) || null),
          household: newHouseholds.get(text(r.householdNumber))?.id ?? known.get(text(r.householdNumber)) ?? null,
          name: text(r.name),
          gender: genderOf(r.gender) ?? Gender.UNKNOWN,
          relationToHead: text(r.relationToHead) || null,
          birthDate: id ? birthDateFromId(id) : null,
          disability: false,
          hardship: false,
          healthNote: null,
          movedOutAt: null,
        };
      }) as any,
    ),
  );
  return { problems, ...counts };
}

async function chunks<T>(items: T[], fn: (part: T[]) => Promise<unknown>, size = 1000): Promise<void> {
  for (let i = 0; i < items.length; i += size) await fn(items.slice(i, i + size));
}
