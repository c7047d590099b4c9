// 户参与率 sources of dispatch: households that raised a request (the household it names, or the
// requester's) or rated one in the period.
import type { ParticipationDeclaration } from '../../plugins/module-contract';

export const dispatchParticipation: ParticipationDeclaration[] = [
  {
    key: 'dispatch.requestsRaised',
    name: { 'zh-CN': '提出民需', en: 'Raised a service request' },
    households: (c, from, to) => ({
      sql: `select household_id, requester_account_id as account_id from dispatch_request where community_id = ? and created_at >= ? and created_at < ?`,
      params: [c, from, to],
    }),
  },
  {
    key: 'dispatch.requestsRated',
    name: { 'zh-CN': '评价办理结果', en: 'Rated a resolved request' },
    households: (c, from, to) => ({
      sql: `select household_id, requester_account_id as account_id from dispatch_request
             where community_id = ? and rating is not null and closed_at >= ? and closed_at < ?`,
      params: [c, from, to],
    }),
  },
];
