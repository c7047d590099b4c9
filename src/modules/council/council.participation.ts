// 户参与率 sources of the council: households that raised, discussed, voted on, attended or
// evaluated in the period (the tables of the council's own 户参与率 figure).
import type { ParticipationDeclaration } from '../../plugins/module-contract';

const source = (key: string, zh: string, en: string, table: string, column = 'household_id'): ParticipationDeclaration => ({
  key: `council.${key}`,
  name: { 'zh-CN': zh, en },
  households: (c, from, to) => ({
    sql: `select ${column} as household_id, null::uuid as account_id from ${table} where community_id = ? and created_at >= ? and created_at < ?`,
    params: [c, from, to],
  }),
});

export const councilParticipation: ParticipationDeclaration[] = [
  source('topicsRaised', '提出议题', 'Raised a council topic', 'council_topic', 'raised_by_household_id'),
  source('comments', '参与讨论', 'Discussed a topic', 'council_comment'),
  source('ballots', '参与表决', 'Voted', 'council_ballot'),
  source('attendance', '参加议事会', 'Attended a meeting', 'council_attendance'),
  source('evaluations', '评议落实', 'Evaluated a carried-out topic', 'council_evaluation'),
];
