// Events points publishes, and the events of other modules it earns from. Integrators add their
// own event types with `registerEarningEvent` (public.ts); a community's rules then decide points.
import type { EventDeclaration, WusheModule } from '../../plugins/module-contract';
import { earnFromEvent } from './earning.service';

export const POINTS_EVENTS = {
  Earned: 'points.Earned',
  Redeemed: 'points.Redeemed',
  RedemptionPickedUp: 'points.RedemptionPickedUp',
  RedemptionCancelled: 'points.RedemptionCancelled',
  Adjusted: 'points.Adjusted',
  AdjustmentRequested: 'points.AdjustmentRequested',
  AdjustmentRejected: 'points.AdjustmentRejected',
  Expired: 'points.Expired',
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
  d(POINTS_EVENTS.ItemChanged, '兑换商品变更', 'Supermarket item changed', 'points.read'),
];

/** Events of other modules the default rules know; each community's rules decide the points. */
export const EARNING_EVENTS = ['volunteer.ShiftCompleted', 'council.VoteCast', 'council.MeetingAttended', 'dispatch.RequestRated'];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;
export const pointsHandlers: Handlers = Object.fromEntries(EARNING_EVENTS.map((t) => [t, earnFromEvent]));

/** Lets rules earn from an integrator's event type (call at plugin load; takes effect at once). */
export function registerEarningEvent(type: string): void {
  if (!/^[a-z][a-z0-9]{1,30}\.[A-Za-z]\w{0,60}$/.test(type) || type.startsWith('points.')) throw new Error(`not an event type: ${type}`);
  pointsHandlers[type] = earnFromEvent;
}
