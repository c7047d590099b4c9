// Whom grid's events concern: the member responsible (包保责任人) for a person under special care is
// told when a visit is overdue. The text names nobody: the cared-for person stays on the register.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { uuidArray } from '../../db/sql';
import { GRID_EVENTS } from './grid.events';

export const gridNotifications: NotificationDeclarations = {
  audiences: {
    careResponsible: {
      accounts: async (em, communityId, ids) =>
        (
          await em.execute<{ account_id: string }[]>(
            `select distinct m.account_id from grid_care_member c join membership m on m.id = c.responsible_id
              where c.community_id = ? and c.id = any(?::uuid[]) and m.active`,
            [communityId, uuidArray(ids)],
          )
        ).map((r) => r.account_id),
      of: async (em, communityId, accountId) =>
        (
          await em.execute<{ id: string }[]>(
            'select c.id from grid_care_member c join membership m on m.id = c.responsible_id where c.community_id = ? and m.account_id = ?',
            [communityId, accountId],
          )
        ).map((r) => r.id),
    },
  },
  rules: [
    {
      key: 'careVisitOverdue',
      event: GRID_EVENTS.CareVisitOverdue.type,
      to: [{ field: 'memberId', audience: 'grid.careResponsible' }],
      notify: {
        title: { 'zh-CN': '包保对象走访已逾期', en: 'A care visit is overdue' },
        body: {
          'zh-CN': '您包保的一位关爱对象已过走访日期，请尽快走访并登记。',
          en: 'Someone in your care is past their visit date; please visit and record it.',
        },
      },
      channels: ['wechat'],
    },
  ],
};
