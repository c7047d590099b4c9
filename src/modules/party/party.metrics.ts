// 治理成效 figures of party building, per community and period [from, to), from its own tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => Number((await em.execute(sql, params))[0]?.v ?? 0);
const m = (key: string, zh: string, en: string, compute: MetricDeclaration['compute']): MetricDeclaration => ({
  key: `party.${key}`,
  name: { 'zh-CN': zh, en },
  compute,
});

export const partyMetrics: MetricDeclaration[] = [
  // Units on the roll at the end of the period (created before it, not deactivated).
  m('unitsActive', '在册成员单位数', 'Active member units', (em, c, _from, to) =>
    one(em, `select count(*)::int v from party_unit where community_id = ? and active and created_at < ?`, [c, to]),
  ),
  m('meetingsHeld', '召开联席会议数', 'Joint meetings held', (em, c, from, to) =>
    one(em, `select count(*)::int v from party_meeting where community_id = ? and status = 'HELD' and scheduled_at >= ? and scheduled_at < ?`, [c, from, to]),
  ),
  m('itemsClaimed', '服务项目认领数', 'Service item claims made', (em, c, from, to) =>
    one(em, `select count(*)::int v from party_service_claim where community_id = ? and created_at >= ? and created_at < ?`, [c, from, to]),
  ),
  m('itemsCompleted', '认领服务完成数', 'Service item claims completed', (em, c, from, to) =>
    one(em, `select count(*)::int v from party_service_claim where community_id = ? and status = 'COMPLETED' and completed_at >= ? and completed_at < ?`, [
      c,
      from,
      to,
    ]),
  ),
  m('membersReported', '在册报到党员数', 'Reporting party members on the roll', (em, c, _from, to) =>
    one(em, `select count(*)::int v from party_member where community_id = ? and active and created_at < ?`, [c, to]),
  ),
  // Hours with one decimal, from claims and dispatch requests the members took.
  m('memberServiceHours', '报到党员服务时长（小时）', 'Service hours of reporting members', (em, c, from, to) =>
    one(
      em,
      `select coalesce(round(sum(minutes) / 60.0, 1), 0)::float v from party_service_record where community_id = ? and served_at >= ? and served_at < ?`,
      [c, from, to],
    ),
  ),
];
