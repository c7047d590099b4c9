// 治理成效 figures of the council, from its own tables, per community and period ("70+ meetings,
// 40+ items resolved", participation "12 % → 47 %").
import { Arg, Ctx as Context, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import type { Ctx } from '../../schema/context';
import { badInput } from '../../schema/errors';
import { Requires } from '../../schema/requires';
import { openHouseholdCount } from '../core/public';
import { CouncilStatistics } from './council.types';

type Period = [communityId: string, from: Date, to: Date];

async function perLevel(em: EntityManager, [c, from, to]: Period) {
  const rows: { level_key: string; held: number; raised: number; decided: number; done: number }[] = await em.execute(
    `select b.level_key,
        (select count(*)::int from council_meeting m join council_body x on x.id = m.body_id where x.level_key = b.level_key and m.community_id = ? and m.status = 'CLOSED' and m.scheduled_at >= ? and m.scheduled_at < ?) held,
        (select count(*)::int from council_topic t join council_body x on x.id = t.body_id where x.level_key = b.level_key and t.community_id = ? and t.created_at >= ? and t.created_at < ?) raised,
        (select count(*)::int from council_topic t join council_body x on x.id = t.body_id where x.level_key = b.level_key and t.community_id = ? and t.decided_at >= ? and t.decided_at < ? and t.status <> 'NOT_PASSED') decided,
        (select count(*)::int from council_topic t join council_body x on x.id = t.body_id where x.level_key = b.level_key and t.community_id = ? and t.done_at >= ? and t.done_at < ?) done
       from (select distinct level_key from council_body where community_id = ?) b order by b.level_key`,
    [c, from, to, c, from, to, c, from, to, c, from, to, c],
  );
  return rows.map((r) => ({ levelKey: r.level_key, meetingsHeld: r.held, topicsRaised: r.raised, topicsDecided: r.decided, topicsDone: r.done }));
}

async function averageDays(em: EntityManager, [c, from, to]: Period): Promise<number | null> {
  const [row] = await em.execute(
    `select avg(extract(epoch from done_at - created_at) / 86400)::float d from council_topic where community_id = ? and done_at >= ? and done_at < ?`,
    [c, from, to],
  );
  return row?.d == null ? null : Math.round(row.d * 10) / 10;
}

/** Share of open households that raised, discussed, voted, attended or evaluated, in percent. */
async function participation(em: EntityManager, [c, from, to]: Period): Promise<number> {
  const total = await openHouseholdCount(em, c);
  if (!total) return 0;
  const [row] = await em.execute(
    `select count(distinct h)::int n from (
       select raised_by_household_id h from council_topic where community_id = ? and created_at >= ? and created_at < ?
       union all select household_id from council_comment where community_id = ? and created_at >= ? and created_at < ?
       union all select household_id from council_ballot where community_id = ? and created_at >= ? and created_at < ?
       union all select household_id from council_attendance where community_id = ? and created_at >= ? and created_at < ?
       union all select household_id from council_evaluation where community_id = ? and created_at >= ? and created_at < ?
     ) x where h is not null`,
    [c, from, to, c, from, to, c, from, to, c, from, to, c, from, to],
  );
  return Math.round((1000 * row.n) / total) / 10;
}

const sum = (levels: Awaited<ReturnType<typeof perLevel>>, k: 'meetingsHeld' | 'topicsRaised' | 'topicsDecided' | 'topicsDone') =>
  levels.reduce((a, l) => a + l[k], 0);

export async function councilStatistics(em: EntityManager, communityId: string, from: Date, to: Date): Promise<CouncilStatistics> {
  const p: Period = [communityId, from, to];
  const levels = await perLevel(em, p);
  return {
    levels,
    meetingsHeld: sum(levels, 'meetingsHeld'),
    topicsRaised: sum(levels, 'topicsRaised'),
    topicsDecided: sum(levels, 'topicsDecided'),
    topicsDone: sum(levels, 'topicsDone'),
    averageDaysToDone: await averageDays(em, p),
    participationPercent: await participation(em, p),
  };
}

const metric = (
  key: string,
  zh: string,
  en: string,
  pick: (s: CouncilStatistics) => number | null,
  roll: Pick<MetricDeclaration, 'aggregation' | 'weightKey'> = {},
): MetricDeclaration => ({
  key: `council.${key}`,
  name: { 'zh-CN': zh, en },
  ...roll,
  compute: async (em, c, from, to) => pick(await councilStatistics(em, c, from, to)) ?? 0,
});

export const councilMetrics: MetricDeclaration[] = [
  metric('meetingsHeld', '召开议事会议数', 'Council meetings held', (s) => s.meetingsHeld),
  metric('topicsRaised', '提出议题数', 'Topics raised', (s) => s.topicsRaised),
  metric('topicsDecided', '议定事项数', 'Topics decided', (s) => s.topicsDecided),
  metric('topicsDone', '办结事项数', 'Topics carried out', (s) => s.topicsDone),
  metric('averageDaysToDone', '平均办理天数', 'Average days from raised to done', (s) => s.averageDaysToDone, {
    aggregation: 'rate',
    weightKey: 'council.topicsDone',
  }),
  metric('participationPercent', '户参与率（%）', 'Share of households taking part (%)', (s) => s.participationPercent, { aggregation: 'rate' }),
];

@Resolver()
export class CouncilStatisticsResolver {
  @Query(() => CouncilStatistics, { description: '议事成效 — council figures for a period, per level and in total' })
  @Requires('council', 'council.read')
  async councilStatistics(
    @Arg('from', () => Date, { description: '开始 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '结束 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<CouncilStatistics> {
    if (!(from < to)) throw badInput({ 'zh-CN': 'from 须早于 to', en: 'from must be before to' }, 'from');
    const { communityId } = await ctx.access();
    return councilStatistics(ctx.em, communityId!, from, to);
  }
}
