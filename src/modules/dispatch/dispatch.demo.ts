// Demo requests (`seed --demo`, `seed --demo --preset <key>`): requests in every state over the
// preset's kinds, categories and channels, each with the timeline a front end shows (intake,
// dispatch, claim, resolve, rate …). Every other one is the demo resident's own, for her household;
// the rest the grid worker filed for other households on a visit (代办). Written directly as rows
// with consistent timestamps; not run without a demo context (the test suites' base community).
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Household, Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { DispatchChannel, DispatchRoute, EscalationTarget, ServiceRequestStatus as S } from './dispatch.enums';
import type { DispatchSettings } from './dispatch.settings';
import { gridUnitOfHouseholds, gridUnitPath } from './grid.lookups';

const H = 3_600_000;
const TITLES: [string, string, string][] = [
  ['楼道灯不亮', '3 单元 2 楼楼道灯坏了一个星期', 'repair'],
  ['想给孩子找个课后辅导', '双职工家庭，孩子放学没人辅导作业', 'care'],
  ['小区垃圾清运不及时', '西门垃圾桶满溢，气味大', 'environment'],
  ['楼上漏水影响我家', '卫生间顶部渗水，与楼上沟通未果', 'dispute'],
  ['医保缴费政策咨询', '老人医保怎么在手机上续费', 'policy'],
  ['希望增设老年食堂', '小区老人多，盼望有个助餐点', 'other'],
  ['独居老人想要一台助行器', '腿脚不便，出门困难', 'care'],
  ['下水道堵塞', '厨房下水道返水', 'repair'],
  ['广场舞音响扰民', '晚上九点后仍然很响', 'dispute'],
  ['想学用智能手机', '希望有志愿者教老人用手机', 'other'],
];

// One request per state, several for the busy ones.
const PLAN: S[] = [
  S.SUBMITTED,
  S.SUBMITTED,
  S.OPEN,
  S.OPEN,
  S.IN_PROGRESS,
  S.IN_PROGRESS,
  S.ESCALATED,
  S.RESOLVED,
  S.CLOSED,
  S.CLOSED,
  S.CLOSED,
  S.CANCELLED,
  S.REJECTED,
  S.MERGED,
];

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (!demo || (await em.count(ServiceRequest, { communityId }))) return;
  const settings = demo.settings as unknown as DispatchSettings;
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const acc = (role: string) => members.find((m) => m.account.login === demoLogin(demo, role))?.account;
  const dispatcher = settings.dispatcher === 'grid' ? acc('grid') : acc('staff');
  const households = await em.find(Household, { communityId }, { orderBy: { number: 'asc' }, limit: PLAN.length * 3 });
  // Her own household: the one her login is linked to (core links the demo logins to residents).
  const residentId = members.find((m) => m.account.login === demoLogin(demo, 'resident'))?.residentId;
  const mine = residentId ? ((await em.findOne(Resident, { id: residentId }, { populate: ['household'] }))?.household ?? null) : null;
  if (mine && !households.some((h) => h.id === mine.id)) households.push(mine);
  // Grid seeds first (seedPresetDemo's order): requests carry their household's grid for the boards.
  const units = await gridUnitOfHouseholds(
    em,
    households.map((h) => h.id),
  ).catch(() => new Map<string, string | null>());
  const created: ServiceRequest[] = [];
  for (const [i, status] of PLAN.entries()) {
    const kind = settings.kinds[i % settings.kinds.length]!;
    const [title, description, cat] = TITLES[i % TITLES.length]!;
    const category = settings.categories.find((c) => c.key === cat)?.key ?? settings.categories[0]!.key;
    const route = kind.route as DispatchRoute;
    const taker =
      route === DispatchRoute.PARTY_MEMBERS
        ? acc('party')
        : route === DispatchRoute.COBUILD_UNITS
          ? acc('cobuild')
          : route === DispatchRoute.MUTUAL_HELP
            ? acc('volunteer')
            : acc('staff');
    const at = new Date(Date.now() - (PLAN.length - i) * 20 * H);
    // Hers (even positions, so the first of each state's pair and the first CLOSED one), or filed for a neighbour.
    const hers = i % 2 === 0 || !acc('grid');
    const requester = hers ? acc('resident') : undefined;
    const household = hers && mine ? mine : households[i * 3];
    const r = em.create(ServiceRequest, {
      communityId,
      kind: kind.key,
      category,
      title,
      description,
      channel: (hers
        ? settings.channels[i % settings.channels.length]
        : settings.channels.includes('GRID_VISIT' as never)
          ? 'GRID_VISIT'
          : settings.channels[0]) as DispatchChannel,
      householdId: household?.id ?? null,
      requesterAccountId: requester?.id ?? null,
      filedByAccountId: requester?.id ?? acc('grid')?.id ?? dispatcher!.id,
      dueAt: new Date(at.getTime() + kind.deadlineHours * H),
      status,
      createdAt: at,
    });
    const unit = r.householdId ? units.get(r.householdId) : null;
    if (unit) Object.assign(r, { gridUnitId: unit, gridPath: await gridUnitPath(em, unit) });
    const log = (action: string, from: S, to: S, hours: number, actor?: { id: string }, actorRole?: string, body?: string) =>
      em.create(DispatchLogEntry, {
        communityId,
        requestId: r.id,
        action,
        fromStatus: from,
        toStatus: to,
        actorAccountId: actor?.id ?? null,
        actorRole: actorRole ?? null,
        body: body ?? null,
        createdAt: new Date(at.getTime() + hours * H),
      });
    log('create', S.SUBMITTED, S.SUBMITTED, 0, requester ?? acc('grid'), requester ? 'REQUESTER' : 'DISPATCHER');
    if (status === S.CANCELLED) {
      Object.assign(r, { closedAt: new Date(at.getTime() + H), closeReason: '问题已自行解决' });
      log('cancel', S.SUBMITTED, S.CANCELLED, 1, requester ?? dispatcher, requester ? 'REQUESTER' : 'DISPATCHER', r.closeReason!);
    } else if (status === S.REJECTED) {
      Object.assign(r, { closedAt: new Date(at.getTime() + 2 * H), closeReason: '属物业服务合同范围，已转告物业' });
      log('reject', S.SUBMITTED, S.REJECTED, 2, dispatcher, 'DISPATCHER', r.closeReason!);
    } else if (status === S.MERGED && created[0]) {
      Object.assign(r, { closedAt: new Date(at.getTime() + H), mergedIntoId: created[0].id, closeReason: '重复诉求' });
      log('merge', S.SUBMITTED, S.MERGED, 1, dispatcher, 'DISPATCHER', '与先前诉求合并');
    } else if (status !== S.SUBMITTED) {
      Object.assign(r, { route, dispatchedAt: new Date(at.getTime() + 2 * H), poolRoles: settings.routeTakers[route] });
      log('open', S.SUBMITTED, S.OPEN, 2, dispatcher, 'DISPATCHER');
      if (status !== S.OPEN && taker) {
        Object.assign(r, { takerAccountId: taker.id, takerName: taker.displayName, takenAt: new Date(at.getTime() + 5 * H) });
        log('claim', S.OPEN, S.IN_PROGRESS, 5, taker, 'POOL');
      }
      if (status === S.ESCALATED) {
        const studio = settings.secretaryStudio;
        Object.assign(r, {
          escalationTarget: studio ? EscalationTarget.SECRETARY_STUDIO : EscalationTarget.DEPARTMENT,
          escalatedTo: studio ? '书记工作室' : (settings.departments[0] ?? '街道办'),
        });
        log('escalate', S.IN_PROGRESS, S.ESCALATED, 8, taker, 'TAKER', '涉及多个部门，需协调');
      }
      if (status === S.RESOLVED || status === S.CLOSED) {
        Object.assign(r, { resolvedAt: new Date(at.getTime() + 12 * H), result: '已上门处理完毕', minutesSpent: 60 });
        log('resolve', S.IN_PROGRESS, S.RESOLVED, 12, taker, 'TAKER', r.result!);
      }
      if (status === S.CLOSED && requester) {
        Object.assign(r, { closedAt: new Date(at.getTime() + 14 * H), rating: 5 - (i % 4 === 0 ? 0 : 1), ratingComment: '办得及时，很满意' });
        log('rate', S.RESOLVED, S.CLOSED, 14, requester, 'REQUESTER', r.ratingComment!);
      } else if (status === S.CLOSED) {
        // Nobody to rate a request filed for a neighbour: it closes when the reopen window ends.
        const hours = Math.min(12 + settings.reopenWindowHours, (Date.now() - at.getTime()) / H);
        r.closedAt = new Date(at.getTime() + hours * H);
        log('autoClose', S.RESOLVED, S.CLOSED, hours, undefined, 'SYSTEM');
      }
    }
    created.push(r);
  }
  // One open request past its deadline, for the board's overdue flag.
  const late = created.find((r) => r.status === S.OPEN)!;
  late.dueAt = new Date(Date.now() - H);
  late.overdueAt = new Date();
  await em.flush();
}
