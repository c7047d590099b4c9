// Events points publishes, and the events of other modules it earns from. Points handles every
// event type ('*', all but its own): a rule a community adds in settings for any event type — an
// integrator's plugin's too — takes effect at once in every process, without a restart.
import type { EventDeclaration, WusheModule } from '../../plugins/module-contract';
import { earnFromEvent } from './points.handlers';

export const POINTS_EVENTS = {
  Earned: 'points.Earned',
  Redeemed: 'points.Redeemed',
  RedemptionPickedUp: 'points.RedemptionPickedUp',
  RedemptionCancelled: 'points.RedemptionCancelled',
  Adjusted: 'points.Adjusted',
  AdjustmentRequested: 'points.AdjustmentRequested',
  AdjustmentRejected: 'points.AdjustmentRejected',
  Expired: 'points.Expired',
  CorrectionShortfall: 'points.CorrectionShortfall',
  ItemChanged: 'points.ItemChanged',
} as const;

const d = (type: string, zh: string, en: string, permission = 'points.manage'): EventDeclaration => ({ type, description: { 'zh-CN': zh, en }, permission });

export const pointsEventDeclarations: EventDeclaration[] = [
  d(POINTS_EVENTS.Earned, '获得积分', 'Points earned by a rule'),
  d(POINTS_EVENTS.Redeemed, '积分兑换', 'Points redeemed'),
  d(POINTS_EVENTS.RedemptionPickedUp, '兑换已领取', 'Redemption picked up'),
  d(POINTS_EVENTS.RedemptionCancelled, '兑换已取消（积分退还）', 'Redemption cancelled and refunded'),
  d(POINTS_EVENTS.Adjusted, '积分调整入账', 'Staff adjustment posted'),
  d(POINTS_EVENTS.AdjustmentRequested, '积分调整待复核', 'Staff adjustment waiting for approval'),
  d(POINTS_EVENTS.AdjustmentRejected, '积分调整被驳回', 'Staff adjustment rejected'),
  d(POINTS_EVENTS.Expired, '积分过期', 'Points expired'),
  d(POINTS_EVENTS.CorrectionShortfall, '时长更正后积分无法全部扣回（已使用）', 'Hours corrected down but the points were already spent'),
  d(POINTS_EVENTS.ItemChanged, '兑换商品变更', 'Supermarket item changed', 'points.read'),
];

/** Events of other modules the default rules know (documentation; any type a rule names earns). */
export const EARNING_EVENTS = ['volunteer.ShiftCompleted', 'volunteer.HoursCorrected', 'council.VoteCast', 'council.MeetingAttended', 'dispatch.RequestRated'];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;
export const pointsHandlers: Handlers = { '*': earnFromEvent };

/** Kept for plugins written against the first version: any event type a rule names earns already. */
export function registerEarningEvent(type: string): void {
  if (!/^[a-z][a-z0-9]{1,30}\.[A-Za-z]\w{0,60}$/.test(type) || type.startsWith('points.')) throw new Error(`not an event type: ${type}`);
}
