// Events points publishes, and the events of other modules it earns from (its handler of every
// event type is in points.handlers.ts).
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const points = z.number().int();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission = 'points.manage') =>
  defineEvent(`points.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

export const POINTS_EVENTS = {
  /** sourceEvent: the type of the event the rule earned from. */
  Earned: e('Earned', z.object({ accountId: id, points, ruleKey: z.string(), sourceEvent: z.string() }), '获得积分', 'Points earned by a rule'),
  Redeemed: e('Redeemed', z.object({ accountId: id, itemId: id, quantity: z.number().int() }), '积分兑换', 'Points redeemed'),
  RedemptionPickedUp: e('RedemptionPickedUp', z.object({}), '兑换已领取', 'Redemption picked up'),
  RedemptionCancelled: e('RedemptionCancelled', z.object({ accountId: id }), '兑换已取消（积分退还）', 'Redemption cancelled and refunded'),
  /** points: signed (negative for a deduction). */
  Adjusted: e('Adjusted', z.object({ accountId: id, points }), '积分调整入账', 'Staff adjustment posted'),
  AdjustmentRequested: e('AdjustmentRequested', z.object({}), '积分调整待复核', 'Staff adjustment waiting for approval'),
  AdjustmentRejected: e('AdjustmentRejected', z.object({}), '积分调整被驳回', 'Staff adjustment rejected'),
  Expired: e('Expired', z.object({ accountId: id, points }), '积分过期', 'Points expired'),
  /** points: what could not be taken back. */
  CorrectionShortfall: e(
    'CorrectionShortfall',
    z.object({ accountId: id, ruleKey: z.string(), points }),
    '时长更正后积分无法全部扣回（已使用）',
    'Hours corrected down but the points were already spent',
  ),
  ItemChanged: e('ItemChanged', z.object({}), '兑换商品变更', 'Supermarket item changed', 'points.read'),
};

export const pointsEvents = Object.values(POINTS_EVENTS);

/** Events of other modules the default rules know (documentation; any type a rule names earns). */
export const EARNING_EVENTS = ['volunteer.ShiftCompleted', 'volunteer.HoursCorrected', 'council.VoteCast', 'council.MeetingAttended', 'dispatch.RequestRated'];

/** Kept for plugins written against the first version: any event type a rule names earns already. */
export function registerEarningEvent(type: string): void {
  if (!/^[a-z][a-z0-9]{1,30}\.[A-Za-z]\w{0,60}$/.test(type) || type.startsWith('points.')) throw new Error(`not an event type: ${type}`);
}
