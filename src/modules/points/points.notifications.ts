// Whom points' events concern: a redemption is ready to pick up (兑换成功，凭码领取) — the household
// whose points account paid, or the person owning a personal account (`points.account`); the
// redemption and its cancellation also stream to their own feeds.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { uuidArray } from '../../db/sql';
import { accountsOfHouseholds, householdsOfAccounts } from '../core/public';
import { POINTS_EVENTS } from './points.events';

const holder = [{ field: 'accountId', audience: 'points.account' }];

export const pointsNotifications: NotificationDeclarations = {
  audiences: {
    account: {
      accounts: async (em, communityId, ids) => {
        const rows = await em.execute<{ household_id: string | null; owner_account_id: string | null }[]>(
          'select household_id, owner_account_id from points_account where community_id = ? and id = any(?::uuid[])',
          [communityId, uuidArray(ids)],
        );
        const households = rows.map((r) => r.household_id).filter((h): h is string => !!h);
        const owners = rows.map((r) => r.owner_account_id).filter((a): a is string => !!a);
        return [...new Set([...owners, ...(await accountsOfHouseholds(em, communityId, households))])];
      },
      of: async (em, communityId, accountId) => {
        const household = (await householdsOfAccounts(em, communityId, [accountId])).get(accountId) ?? null;
        return (
          await em.execute<{ id: string }[]>('select id from points_account where community_id = ? and (owner_account_id = ? or household_id = ?)', [
            communityId,
            accountId,
            household,
          ])
        ).map((r) => r.id);
      },
    },
  },
  rules: [
    {
      key: 'redemptionReady',
      event: POINTS_EVENTS.Redeemed.type,
      to: holder,
      notify: {
        title: { 'zh-CN': '兑换成功，待领取', en: 'Redemption ready to pick up' },
        body: { 'zh-CN': '您家的积分兑换已备好，请凭兑换码到积分超市领取。', en: 'Your redemption is ready; pick it up at the points shop with its code.' },
      },
      channels: ['wechat'],
    },
    {
      key: 'redemptionCancelled',
      event: POINTS_EVENTS.RedemptionCancelled.type,
      to: holder,
      notify: {
        title: { 'zh-CN': '兑换已取消，积分已退还', en: 'Redemption cancelled, points refunded' },
        body: { 'zh-CN': '您家的一笔积分兑换已取消，积分已退回账户。', en: 'A redemption was cancelled and its points returned to the account.' },
      },
    },
  ],
};
