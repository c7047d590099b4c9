// 户参与率: the share of the community's open households that took part in community life in a
// period through any enabled module's mechanism (raising a request, a council vote, earning points,
// volunteer hours, a station booking …). Each module declares its mechanisms as SQL over its own
// tables (ParticipationDeclaration); core unions them, resolves accounts to their households and
// counts each household once, so a household active in three mechanisms is one participant.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RatioParts, WusheModule } from '../../plugins/module-contract';

export const PARTICIPATION_KEY = 'core.householdParticipation';

/**
 * numerator = distinct open households of the community found by any source in [from, to);
 * denominator = open households of the community (closed files are left out of both);
 * groups = the same count per source, over the same denominator.
 */
export async function householdParticipation(em: EntityManager, modules: WusheModule[], communityId: string, from: Date, to: Date): Promise<RatioParts> {
  const sources = modules.flatMap((m) => m.participation ?? []);
  const [total] = await em.execute<{ n: number }[]>('select count(*)::int n from household where community_id = ? and closed_at is null', [communityId]);
  const denominator = total?.n ?? 0;
  if (sources.length === 0 || denominator === 0) {
    return { numerator: 0, denominator, groups: sources.map((s) => ({ key: s.key, name: s.name['zh-CN'], numerator: 0, denominator })) };
  }
  const params: unknown[] = [];
  const parts = sources.map((s, i) => {
    const q = s.households(communityId, from, to);
    params.push(...q.params);
    return `select ${i} as src, x.household_id::uuid as household_id, x.account_id::uuid as account_id from (${q.sql}) x`;
  });
  // An account counts for the household of its active membership's resident record in this community.
  const rows = await em.execute<{ src: number | null; n: number }[]>(
    `with raw as (${parts.join('\n union all ')}),
          resolved as (
            select r.src, coalesce(r.household_id, (
              select res.household_id from membership m join resident res on res.id = m.resident_id and res.community_id = m.community_id
               where m.community_id = ? and m.active and m.account_id = r.account_id limit 1)) as household_id
              from raw r),
          counted as (
            select distinct s.src, s.household_id from resolved s
              join household h on h.id = s.household_id and h.community_id = ? and h.closed_at is null)
     select src, count(distinct household_id)::int n from counted group by grouping sets ((src), ())`,
    [...params, communityId, communityId],
  );
  const all = rows.find((r) => r.src == null)?.n ?? 0;
  return {
    numerator: all,
    denominator,
    groups: sources.map((s, i) => ({ key: s.key, name: s.name['zh-CN'], numerator: rows.find((r) => r.src === i)?.n ?? 0, denominator })),
  };
}
