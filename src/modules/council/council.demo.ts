// Demo council (`seed --demo`, `seed --demo --preset <key>`): one body per configured level (Baoji
// 社区/小区/楼栋, Changzhou's four, Fengqing's two), seats for the demo logins (户代表 of their
// households where they live here), topics at several steps of the 五民 lifecycle with their
// history, a held meeting with minutes and attendance, and the next one scheduled. Written as rows
// with consistent timestamps; not run without a demo context (the test suites' base community).
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Membership } from '../../schema/tenancy/membership.entity';
import { Resident } from '../core/public';
import { CouncilBody, CouncilMember } from './body.entity';
import { CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { CouncilAgendaItem, CouncilAttendance, CouncilDocument, CouncilMeeting } from './meeting.entity';
import {
  CouncilChannel,
  CouncilConstituency,
  CouncilDocumentKind,
  CouncilMeetingKind,
  CouncilMeetingStatus,
  CouncilMemberRole,
  CouncilTopicStatus as T,
} from './council.enums';

const DAY = 86_400_000;
const TOPICS: [string, string][] = [
  ['加装电梯费用分摊', '按楼层系数分摊加装电梯费用，一楼住户是否出资'],
  ['小区停车位划线', '消防通道被占，建议重新规划停车位'],
  ['楼道堆物清理', '楼道堆放杂物存在消防隐患'],
  ['广场舞时间约定', '约定晚间活动结束时间和音量'],
  ['绿化带认养', '居民认养门前绿化带，美化环境'],
];
// Top body: decided and done, being carried out; lower bodies: new, in discussion, screened out.
const PLAN: { depth: number; status: T; path: [string, T | null, T][] }[] = [
  {
    depth: 0,
    status: T.CLOSED,
    path: [
      ['raise', null, T.RAISED],
      ['accept', T.RAISED, T.DISCUSSING],
      ['openVote', T.DISCUSSING, T.VOTING],
      ['passed', T.VOTING, T.CARRYING_OUT],
      ['complete', T.CARRYING_OUT, T.EVALUATING],
      ['closeEvaluation', T.EVALUATING, T.CLOSED],
    ],
  },
  {
    depth: 0,
    status: T.CARRYING_OUT,
    path: [
      ['raise', null, T.RAISED],
      ['accept', T.RAISED, T.DISCUSSING],
      ['openVote', T.DISCUSSING, T.VOTING],
      ['passed', T.VOTING, T.CARRYING_OUT],
    ],
  },
  {
    depth: 1,
    status: T.DISCUSSING,
    path: [
      ['raise', null, T.RAISED],
      ['accept', T.RAISED, T.DISCUSSING],
    ],
  },
  { depth: 1, status: T.RAISED, path: [['raise', null, T.RAISED]] },
  {
    depth: 1,
    status: T.REJECTED,
    path: [
      ['raise', null, T.RAISED],
      ['reject', T.RAISED, T.REJECTED],
    ],
  },
];

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (!demo || (await em.count(CouncilBody, { communityId }))) return;
  const levels = demo.settings.levels as { key: string; name: string }[];
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const seats = ['admin', 'resident', 'volunteer', 'party', 'cobuild', 'socialworker']
    .map((l) => members.find((m) => m.account.login === demoLogin(demo, l)))
    .filter((m): m is Membership => !!m);
  const bodies: CouncilBody[][] = [];
  for (const [depth, level] of levels.entries()) {
    const parent = bodies[depth - 1]?.[0] ?? null;
    bodies.push(
      [1, 2].slice(0, depth === 0 ? 1 : 2).map((i) =>
        em.create(CouncilBody, {
          communityId,
          name: depth === 0 ? level.name : `第${i === 1 ? '一' : '二'}${level.name}`,
          levelKey: level.key,
          parentId: parent?.id ?? null,
        }),
      ),
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  // 户代表: a seat of a login linked to a resident record represents that household, so bodies
  // that vote by household (Baoji's 楼栋微协商) have voting seats too.
  const linked = seats.map((m) => m.residentId).filter((id): id is string => !!id);
  const homes = new Map(
    (linked.length ? await em.find(Resident, { id: { $in: linked } }) : []).map((r) => [r.id, (r.household as { id: string } | null)?.id ?? null]),
  );
  const seatOf = new Map<string, string>();
  for (const body of bodies.flat()) {
    for (const [i, m] of seats.entries()) {
      const member = em.create(CouncilMember, {
        communityId,
        bodyId: body.id,
        accountId: m.account.id,
        householdId: (m.residentId && homes.get(m.residentId)) || null,
        displayName: m.account.displayName,
        role: i === 0 ? CouncilMemberRole.CHAIR : CouncilMemberRole.REPRESENTATIVE,
        constituency: i === 0 ? CouncilConstituency.PARTY : CouncilConstituency.RESIDENT_REP,
        termStart: today,
      });
      if (body === bodies[0]![0]) seatOf.set(m.account.id, member.id);
    }
  }
  const raiser = seats[1] ?? seats[0];
  const topics: CouncilTopic[] = [];
  for (const [i, p] of PLAN.entries()) {
    const body = (bodies[p.depth] ?? bodies[0]!)[0]!;
    const at = new Date(Date.now() - (40 - i * 7) * DAY);
    const t = em.create(CouncilTopic, {
      communityId,
      bodyId: body.id,
      title: TOPICS[i]![0],
      description: TOPICS[i]![1],
      status: p.status,
      raisedByAccountId: raiser?.account.id ?? null,
      createdAt: at,
      decidedAt: p.path.some(([a]) => a === 'passed') ? new Date(at.getTime() + 14 * DAY) : null,
      doneAt: p.status === T.CLOSED ? new Date(at.getTime() + 30 * DAY) : null,
      rejectReason: p.status === T.REJECTED ? '属物业服务范围，已转物业处理' : null,
    });
    p.path.forEach(([action, from, to], k) =>
      em.create(CouncilTopicTransition, {
        communityId,
        topicId: t.id,
        bodyId: body.id,
        action,
        fromStatus: from,
        toStatus: to,
        actorAccountId: seats[0]?.account.id ?? null,
        createdAt: new Date(at.getTime() + k * 4 * DAY),
      }),
    );
    topics.push(t);
  }
  // A held meeting that decided the first two topics, and the next one scheduled.
  const top = bodies[0]![0]!;
  const held = em.create(CouncilMeeting, {
    communityId,
    bodyId: top.id,
    title: `${top.name}（上一期）`,
    kind: CouncilMeetingKind.SCHEDULED,
    status: CouncilMeetingStatus.CLOSED,
    scheduledAt: new Date(Date.now() - 26 * DAY),
    minutes: '审议两项议题，均表决通过，明确责任人和完成时限。',
    report: '议定 2 项',
    closedAt: new Date(Date.now() - 26 * DAY),
  });
  topics.slice(0, 2).forEach((t, i) => em.create(CouncilAgendaItem, { communityId, meetingId: held.id, topicId: t.id, position: i + 1 }));
  for (const [i, m] of seats.entries())
    em.create(CouncilAttendance, {
      communityId,
      meetingId: held.id,
      accountId: m.account.id,
      memberId: seatOf.get(m.account.id) ?? null,
      householdId: null,
      name: m.account.displayName,
      channel: i % 3 === 2 ? CouncilChannel.ONLINE : CouncilChannel.IN_PERSON,
      recordedByAccountId: seats[0]?.account.id ?? null,
    });
  // 居民公约 and 议事规则, published by the top body (Panzhou's 公约 sung as a 顺口溜, Sanshundian's 议事规则).
  em.create(CouncilDocument, {
    communityId,
    bodyId: top.id,
    kind: CouncilDocumentKind.CONVENTION,
    version: 1,
    title: '居民公约',
    text: '爱党爱国爱家园，邻里和睦互相帮；垃圾入桶不乱扔，楼道整洁车停好；尊老爱幼讲文明，红白喜事不攀比。',
    publishedByAccountId: seats[0]?.account.id ?? null,
  });
  em.create(CouncilDocument, {
    communityId,
    bodyId: top.id,
    kind: CouncilDocumentKind.RULES,
    version: 1,
    title: '议事规则',
    text: '议题由居民提出，议事会受理后公开讨论；表决须过半数成员到会，按设定的通过门槛决定；决议公开，办理结果由居民评议。',
    publishedByAccountId: seats[0]?.account.id ?? null,
  });
  em.create(CouncilMeeting, {
    communityId,
    bodyId: top.id,
    title: `${top.name}（下一期）`,
    kind: CouncilMeetingKind.SCHEDULED,
    scheduledAt: new Date(Date.now() + 20 * DAY),
  });
  await em.flush();
}
