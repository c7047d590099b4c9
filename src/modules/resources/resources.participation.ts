// 户参与率 source of 三项清单: households that answered a need survey in the period.
import type { ParticipationDeclaration } from '../../plugins/module-contract';

export const resourcesParticipation: ParticipationDeclaration[] = [
  {
    key: 'resources.surveyAnswered',
    name: { 'zh-CN': '填写需求调查', en: 'Answered a need survey' },
    households: (c, from, to) => ({
      sql: `select household_id, account_id from resources_survey_response where community_id = ? and created_at >= ? and created_at < ?`,
      params: [c, from, to],
    }),
  },
];
