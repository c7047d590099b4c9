// 户参与率 sources of points: households whose account earned, was awarded or redeemed points in the
// period (personal accounts count for their owner's household).
import type { ParticipationDeclaration } from '../../plugins/module-contract';

const moved = (kinds: string) => (c: string, from: Date, to: Date) => ({
  sql: `select a.household_id, a.owner_account_id as account_id from points_transaction t join points_account a on a.id = t.member_account_id
         where t.community_id = ? and t.kind in (${kinds}) and t.created_at >= ? and t.created_at < ?`,
  params: [c, from, to],
});

export const pointsParticipation: ParticipationDeclaration[] = [
  { key: 'points.earned', name: { 'zh-CN': '获得积分', en: 'Earned points' }, households: moved(`'EARN', 'AWARD'`) },
  { key: 'points.redeemed', name: { 'zh-CN': '兑换积分', en: 'Redeemed points' }, households: moved(`'REDEEM'`) },
];
