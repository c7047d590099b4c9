// 入户走访: recording one visit (with its findings) under an optional idempotency key, referring a
// finding to dispatch or resources (by event: the receiving module makes the request or need),
// and who may see a visit.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { check } from '../../schema/mutation';
import { recordEvent } from '../../plugins/events/record-event';
import { Household } from '../core/public';
import { calendarOf, dayOf, type CommunityCalendar } from '../../schema/calendar';
import { GridFindingReferral, GridVisitOutcome, HouseholdVisit, VisitFinding } from './visit.entity';
import { GridSettings } from './grid.settings';
import { GRID_EVENTS } from './grid.events';
import { gridUnitOfHouseholds, gridUnitPath } from './grid.lookups';
import { scopeOf, type GridScope } from './scope.service';
import { uuidArray } from '../../db/sql';

export const VISIT_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
/** Oldest visit a worker may still sync (offline work kept on a phone). */
const MAX_AGE_DAYS = 90;

export interface FindingInput {
  category: string;
  description: string;
  referTo?: GridFindingReferral | null;
}

export interface VisitInput {
  household: string;
  idempotencyKey?: string | null;
  visitedAt?: Date | null;
  outcome: GridVisitOutcome;
  notes: string;
  findings?: FindingInput[] | null;
}

/** What a visit needs from the caller's context, read before the transaction (it must not use ctx.em). */
export interface VisitPrep {
  communityId: string;
  scope: GridScope;
  settings: GridSettings;
  calendar: CommunityCalendar;
  referable: Record<GridFindingReferral, boolean>;
}

export async function prepareVisits(ctx: Ctx): Promise<VisitPrep> {
  const { communityId } = await ctx.access();
  const scope = await scopeOf(ctx);
  if (!scope.accountId || !scope.membershipId) throw new UserFacingError('FORBIDDEN', null);
  return {
    communityId: communityId!,
    scope,
    settings: await ctx.settings(GridSettings),
    calendar: await calendarOf(ctx),
    referable: { REQUEST: await ctx.moduleEnabled('dispatch'), NEED: await ctx.moduleEnabled('resources') },
  };
}

const findingShape = z.object({ category: z.string(), description: z.string().trim().min(1).max(2000) });
const visitShape = z.object({
  idempotencyKey: z.string().regex(VISIT_KEY, '8–100 of A-Z a-z 0-9 _ . : -').nullish(),
  notes: z.string().max(5000),
  findings: z.array(findingShape).max(20).nullish(),
});

function hashOf(input: VisitInput, householdId: string): string {
  const canon = {
    h: householdId,
    at: input.visitedAt ? input.visitedAt.toISOString() : null,
    o: input.outcome,
    n: input.notes,
    f: (input.findings ?? []).map((f) => [f.category, f.description, f.referTo ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(canon)).digest('hex');
}

/** The first planned role the visitor holds on the household's unit or an ancestor, on the visit's day. */
async function plannedRole(em: EntityManager, prep: VisitPrep, unitId: string | null, day: string): Promise<string | null> {
  if (!unitId || !prep.settings.visitPlans.length) return null;
  const path = await gridUnitPath(em, unitId);
  const rows: { role: string }[] = await em.execute(
    `select distinct role from grid_duty where community_id = ? and membership_id = ? and unit_id = any(?::uuid[])
        and starts_on <= ?::date and (ends_on is null or ends_on >= ?::date)`,
    [prep.communityId, prep.scope.membershipId, uuidArray(path), day, day],
  );
  const held = new Set(rows.map((r) => r.role));
  return prep.settings.visitPlans.find((p) => held.has(p.role))?.role ?? null;
}

export interface RecordedVisit {
  visit: HouseholdVisit;
  replayed: boolean;
}

/** Records one visit in `em`'s transaction; a key seen before returns its visit (same payload) or refuses. */
export async function recordVisit(em: EntityManager, prep: VisitPrep, input: VisitInput): Promise<RecordedVisit> {
  const data = check(visitShape, input);
  const householdId = fromGlobalId(input.household, 'Household', 'household');
  const hash = hashOf(input, householdId);
  const key = data.idempotencyKey ?? null;
  if (key) {
    const seen = await em.findOne(HouseholdVisit, { communityId: prep.communityId, visitorAccountId: prep.scope.accountId!, idempotencyKey: key });
    if (seen) {
      if (seen.requestHash !== hash) throw new UserFacingError('IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
      return { visit: seen, replayed: true };
    }
  }
  const household = await em.findOne(Household, { id: householdId, closedAt: null });
  const unitId = household ? ((await gridUnitOfHouseholds(em, [householdId])).get(householdId) ?? null) : null;
  if (!household || !(prep.scope.all || (!!unitId && prep.scope.units.has(unitId)))) throw new UserFacingError('NOT_FOUND', ['input', 'household']);
  const visitedAt = input.visitedAt ?? new Date();
  if (visitedAt.getTime() > Date.now() + 60_000)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'visitedAt'], { detail: { 'zh-CN': 'visitedAt 不能是将来的时间', en: 'visitedAt in the future' } });
  if (visitedAt.getTime() < Date.now() - MAX_AGE_DAYS * 86_400_000)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'visitedAt'], {
      detail: { 'zh-CN': `visitedAt 早于 ${MAX_AGE_DAYS} 天前`, en: `visitedAt older than ${MAX_AGE_DAYS} days` },
    });
  const findings = input.findings ?? [];
  for (const [i, f] of findings.entries()) {
    if (!prep.settings.findingCategories.some((c) => c.key === f.category))
      throw new UserFacingError('GRID_FINDING_CATEGORY_UNKNOWN', ['input', 'findings', String(i), 'category'], { category: f.category });
    if (f.referTo && !prep.referable[f.referTo]) throw new UserFacingError('GRID_REFERRAL_UNAVAILABLE', ['input', 'findings', String(i), 'referTo']);
  }
  const visitedOn = dayOf(visitedAt, prep.calendar.timeZone);
  const visit = em.create(HouseholdVisit, {
    communityId: prep.communityId,
    householdId,
    unitId,
    visitorMembershipId: prep.scope.membershipId!,
    visitorAccountId: prep.scope.accountId!,
    dutyRole: await plannedRole(em, prep, unitId, visitedOn),
    visitedAt,
    visitedOn,
    outcome: input.outcome,
    notes: data.notes,
    idempotencyKey: key,
    requestHash: key ? hash : null,
  });
  recordEvent(em, GRID_EVENTS.HouseholdVisitRecorded, {
    communityId: prep.communityId,
    subject: { type: 'GridHouseholdVisit', id: visit.id },
    data: { visitId: visit.id, householdId, unitId, findings: findings.length },
  });
  for (const [i, f] of findings.entries()) {
    const finding = em.create(VisitFinding, {
      communityId: prep.communityId,
      visitId: visit.id,
      householdId,
      unitId,
      category: f.category,
      description: data.findings![i]!.description,
    });
    if (f.referTo) refer(em, prep.communityId, finding, f.referTo, prep.scope.accountId!);
  }
  return { visit, replayed: false };
}

/** Marks the finding referred and publishes the event dispatch or resources turns into a request or a need. */
export function refer(em: EntityManager, communityId: string, finding: VisitFinding, to: GridFindingReferral, accountId: string): void {
  finding.referral = to;
  finding.referredAt = new Date();
  finding.referredByAccountId = accountId;
  recordEvent(em, GRID_EVENTS.VisitFindingReferred, {
    communityId,
    subject: { type: 'GridVisitFinding', id: finding.id },
    data: {
      findingId: finding.id,
      visitId: finding.visitId,
      householdId: finding.householdId,
      unitId: finding.unitId,
      category: finding.category,
      target: to,
      accountId,
    },
  });
}

/** Whether the caller may see a visit or its findings: their own, or a household in their units (all with grid.allUnits). */
export async function visitVisible(ctx: Ctx, v: { householdId: string; unitId: string | null; visitorAccountId?: string }): Promise<boolean> {
  const scope = await scopeOf(ctx);
  if (scope.all) return true;
  if (v.visitorAccountId && v.visitorAccountId === scope.accountId) return true;
  const unit = (await gridUnitOfHouseholds(ctx.em, [v.householdId])).get(v.householdId) ?? null;
  return !!unit && scope.units.has(unit);
}
