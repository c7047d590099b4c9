// 户参与率 source of the grid: households visited at home (入户走访) in the period.
import type { ParticipationDeclaration } from '../../plugins/module-contract';

export const gridParticipation: ParticipationDeclaration[] = [
  {
    key: 'grid.visited',
    name: { 'zh-CN': '入户走访', en: 'Visited at home by the grid' },
    households: (c, from, to) => ({
      sql: `select household_id, null::uuid as account_id from grid_household_visit where community_id = ? and visited_at >= ? and visited_at < ?`,
      params: [c, from, to],
    }),
  },
];
