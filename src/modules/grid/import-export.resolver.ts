// Bulk import (dry run or all-or-nothing apply) and logged, permission-gated exports of the
// registers, with personal data masked.
import { Arg, Args, Ctx as Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { mutate } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { UserError } from '../../schema/user-error';
import { recordEvent } from '../../plugins/events/record-event';
import { Household, maskedResidentField, Resident } from '../core/public';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import { GridExportLog } from './export-log.entity';
import { runImport, type ImportProblem } from './import.service';
import { householdsIn, scopeOf, subtree, unitInScope } from './scope.service';
import { CareMember } from './care.entity';
import { GridSettings } from './grid.settings';
import { GRID_EVENTS } from './grid.events';
import { maskPersonalText } from '../../schema/free-text';

const MAX_ROWS = 50_000;

@InputType({ description: '导入单元行 — one row of the units sheet (cells as text)' })
class GridImportUnitRow {
  @Field(() => String, { nullable: true, description: '编码 — code' }) code?: string | null;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '层级 — level key' }) level?: string | null;
  @Field(() => String, { nullable: true, description: '上级编码 — parent code (empty for a top unit)' }) parentCode?: string | null;
  @Field(() => String, { nullable: true, description: '排序 — sort order (integer)' }) sortOrder?: string | null;
}

@InputType({ description: '导入户行 — one row of the households sheet' })
class GridImportHouseholdRow {
  @Field(() => String, { nullable: true, description: '户号 — household number' }) number?: string | null;
  @Field(() => String, { nullable: true, description: '地址 — address' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '楼栋 — building label' }) building?: string | null;
  @Field(() => String, { nullable: true, description: '标签 — tags, separated by commas or 、' }) tags?: string | null;
  @Field(() => String, { nullable: true, description: '单元编码 — code of the unit to place it in' }) unitCode?: string | null;
}

@InputType({ description: '导入居民行 — one row of the residents sheet' })
class GridImportResidentRow {
  @Field(() => String, { nullable: true, description: '户号 — household number' }) householdNumber?: string | null;
  @Field(() => String, { nullable: true, description: '姓名 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '性别 — MALE, FEMALE, 男 or 女' }) gender?: string | null;
  @Field(() => String, { nullable: true, description: '与户主关系 — relation to the head' }) relationToHead?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 — ID number (checksum validated)' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '手机号 — mobile number' }) phone?: string | null;
}

@InputType({ description: '批量导入 — units, households and residents in one call' })
class GridImportInput {
  @Field({ defaultValue: true, description: '试运行 — only validate and report (default); false applies when there is no bad row' }) dryRun!: boolean;
  @Field(() => [GridImportUnitRow], { defaultValue: [], description: '单元表 — units sheet' }) units!: GridImportUnitRow[];
  @Field(() => [GridImportHouseholdRow], { defaultValue: [], description: '户表 — households sheet' }) households!: GridImportHouseholdRow[];
  @Field(() => [GridImportResidentRow], { defaultValue: [], description: '居民表 — residents sheet' }) residents!: GridImportResidentRow[];
}

@ObjectType({ description: '导入问题 — one bad cell' })
class GridImportProblem implements ImportProblem {
  @Field({ description: '表 — sheet: units, households or residents' }) sheet!: string;
  @Field(() => Int, { description: '行号 — row number in the sheet (1-based)' }) row!: number;
  @Field({ description: '列 — field' }) field!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
}

@ObjectType({ description: '导入报告 — what was (or would be) imported and every bad row' })
class GridImportReport {
  @Field({ description: '已写入 — true when applied; false on a dry run or when any row is bad' }) applied!: boolean;
  @Field(() => [GridImportProblem], { description: '问题 — every bad row (nothing is written when not empty)' }) problems!: GridImportProblem[];
  @Field(() => Int, { description: '单元数 — units' }) units!: number;
  @Field(() => Int, { description: '户数 — households' }) households!: number;
  @Field(() => Int, { description: '居民数 — residents' }) residents!: number;
  @Field(() => Int, { description: '落格数 — placements' }) placements!: number;
}

@ObjectType({ description: '导入结果 — result of gridImport' })
class GridImportPayload {
  @Field(() => GridImportReport, { nullable: true, description: '报告 — the report' }) report!: GridImportReport | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' }) userErrors!: UserError[];
}

enum GridExportKind {
  HOUSEHOLDS = 'HOUSEHOLDS',
  RESIDENTS = 'RESIDENTS',
  CARE = 'CARE',
}
registerEnumType(GridExportKind, {
  name: 'GridExportKind',
  description: '台账 — which register to export',
  valuesConfig: {
    HOUSEHOLDS: { description: '户台账 — households (一楼一册)' },
    RESIDENTS: { description: '居民台账 — residents, personal data masked' },
    CARE: { description: '特殊群体台账 — special-care members (needs grid.care.readAll)' },
  },
});

@InputType({ description: '导出台账 — export a register (logged)' })
class GridExportCreateInput {
  @Field(() => GridExportKind, { description: '台账 — which register' }) kind!: GridExportKind;
  @Field(() => ID, { nullable: true, description: "单元 — only this unit's subtree" }) unit?: string | null;
}

@ObjectType({ description: '导出 — the exported register as CSV' })
class GridExport {
  @Field(() => GridExportLog, { description: '记录 — the log entry' }) log!: GridExportLog;
  @Field({ description: '表格内容 — the register as CSV, UTF-8 with a header row; personal data masked' }) csv!: string;
}

@ObjectType({ description: '导出结果 — result of gridExportCreate' })
class GridExportPayload {
  @Field(() => GridExport, { nullable: true, description: '导出 — the export' }) export!: GridExport | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' }) userErrors!: UserError[];
}

const GridExportLogConnection = Connection(GridExportLog, 'GridExportLog', '导出记录');
const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  // Quote, and defuse spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
// An export leaves the system: numbers typed into free-text cells (tags, relations) are masked like the personal columns.
const csv = (rows: unknown[][]) => rows.map((r) => r.map((c) => csvCell(typeof c === 'string' ? maskPersonalText(c) : c)).join(',')).join('\r\n');

@Resolver()
export class GridImportExportResolver {
  @Mutation(() => GridImportPayload, { description: '批量导入 — validate every row; apply all or nothing' })
  @Requires('grid', 'grid.import')
  async gridImport(@Arg('input', { description: '输入 — the mutation input' }) input: GridImportInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(GridSettings);
    const scope = await scopeOf(ctx);
    if (input.units.length + input.households.length + input.residents.length > MAX_ROWS) {
      return {
        report: null,
        userErrors: [
          new UserFacingError('BAD_USER_INPUT', ['input'], { detail: { 'zh-CN': `最多 ${MAX_ROWS} 行`, en: `at most ${MAX_ROWS} rows` } }).toUserError(
            ctx.lang,
          ),
        ],
      };
    }
    const r = await mutate(ctx, async (em) => {
      const result = await runImport(em, communityId!, settings, input as any, !input.dryRun, scope.accountId);
      const applied = !input.dryRun && result.problems.length === 0;
      if (applied)
        recordEvent(em, GRID_EVENTS.ImportApplied, {
          communityId,
          data: { units: result.units, households: result.households, residents: result.residents, placements: result.placements },
        });
      return { applied, ...result };
    });
    return { report: r.value, userErrors: r.userErrors };
  }

  @Mutation(() => GridExportPayload, { description: '导出台账 — export a register as CSV; every export is logged' })
  @Requires('grid', 'grid.export')
  async gridExportCreate(@Arg('input', { description: '输入 — the mutation input' }) input: GridExportCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await scopeOf(ctx);
    let units: string[] | null = scope.all ? null : [...scope.units];
    if (input.unit) {
      const id = fromGlobalId(input.unit, 'GridUnit');
      if (!(await unitInScope(ctx, id))) return { export: null, userErrors: [new UserFacingError('NOT_FOUND', ['input', 'unit']).toUserError(ctx.lang)] };
      units = await subtree(ctx.em, [id]);
    }
    if (input.kind === GridExportKind.CARE && !(await ctx.can('grid.care.readAll'))) throw new AppError('FORBIDDEN');
    const households = units === null ? null : await householdsIn(ctx.em, units);
    const hWhere = households === null ? { closedAt: null } : { closedAt: null, id: { $in: households } };
    let rows: unknown[][];
    if (input.kind === GridExportKind.HOUSEHOLDS) {
      const hs = await ctx.em.find(Household, hWhere, { orderBy: { number: 'asc' } });
      rows = [['户号', '地址', '楼栋', '标签'], ...hs.map((h) => [h.number, h.address, h.building, h.tags.join('、')])];
    } else if (input.kind === GridExportKind.RESIDENTS) {
      const keys = personalDataKeysOf(ctx.em);
      const rs = await ctx.em.find(Resident, { movedOutAt: null, household: hWhere }, { populate: ['household'], orderBy: { id: 'asc' } });
      rows = [
        ['户号', '姓名', '性别', '与户主关系', '身份证号', '手机号'],
        ...rs.map((r) => [
          r.household?.number,
          r.name,
          r.gender,
          r.relationToHead,
          maskedResidentField(keys, r, 'idNumber'),
          maskedResidentField(keys, r, 'phone'),
        ]),
      ];
    } else {
      const ms = await ctx.em.find(CareMember, { endsOn: null, resident: { household: hWhere } }, { populate: ['resident'], orderBy: { id: 'asc' } });
      rows = [['姓名', '类别', '纳入日期', '最近探访'], ...ms.map((m) => [m.resident.name, m.category, m.startsOn, m.lastVisitAt?.toISOString() ?? ''])];
    }
    const r = await mutate(ctx, async (em) => {
      const log = em.create(GridExportLog, {
        communityId: communityId!,
        accountId: scope.accountId,
        kind: input.kind,
        unitId: input.unit ? fromGlobalId(input.unit, 'GridUnit') : null,
        rowCount: rows.length - 1,
      });
      recordEvent(em, GRID_EVENTS.ExportCreated, { communityId, data: { logId: log.id, kind: input.kind, rowCount: rows.length - 1 } });
      return { log, csv: csv(rows) };
    });
    return { export: r.value, userErrors: r.userErrors };
  }

  @Query(() => GridExportLogConnection, { description: '导出记录 — who exported which register, newest first' })
  @Requires('grid', 'grid.export')
  gridExportLogs(@Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, GridExportLog, {}, args);
  }
}
