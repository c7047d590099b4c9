// 治理成效 figures of 三项清单, per community and period [from, to), from the module's own tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => Number((await em.execute(sql, params))[0]?.v ?? 0);

export const resourcesMetrics: MetricDeclaration[] = [
  {
    key: 'resources.needsRecorded',
    name: { 'zh-CN': '新增需求数', en: 'Needs recorded in the period' },
    compute: (em, c, from, to) =>
      one(em, `select count(*)::int v from resources_need where community_id = ? and created_at >= ? and created_at < ?`, [c, from, to]),
  },
  {
    key: 'resources.needsOpen',
    name: { 'zh-CN': '待满足需求数（期末）', en: 'Needs open or matched at the end of the period' },
    compute: (em, c, _from, to) =>
      one(
        em,
        `select count(*)::int v from resources_need where community_id = ? and created_at < ?
                 and (status in ('OPEN', 'MATCHED') or (status = 'MET' and met_at >= ?))`,
        [c, to, to],
      ),
  },
  {
    key: 'resources.needsMet',
    name: { 'zh-CN': '已满足需求数', en: 'Needs met in the period' },
    compute: (em, c, from, to) => one(em, `select count(*)::int v from resources_need where community_id = ? and met_at >= ? and met_at < ?`, [c, from, to]),
  },
  {
    key: 'resources.projectsDone',
    name: { 'zh-CN': '完成项目数', en: 'Projects done in the period' },
    compute: (em, c, from, to) =>
      one(em, `select count(*)::int v from resources_project where community_id = ? and status = 'DONE' and done_at >= ? and done_at < ?`, [c, from, to]),
  },
  {
    key: 'resources.resourceValueFen',
    name: { 'zh-CN': '撬动资源价值（分）', en: 'Value of resources mobilised by projects done in the period (fen)' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select coalesce(sum(r.value_fen), 0) v from resources_project_resource r join resources_project p on p.id = r.project_id
                where p.community_id = ? and p.status = 'DONE' and p.done_at >= ? and p.done_at < ?`,
        [c, from, to],
      ),
  },
  {
    key: 'resources.surveyResponses',
    name: { 'zh-CN': '需求调查答卷数', en: 'Need-survey answers in the period' },
    compute: (em, c, from, to) =>
      one(em, `select count(*)::int v from resources_survey_response where community_id = ? and created_at >= ? and created_at < ?`, [c, from, to]),
  },
];
