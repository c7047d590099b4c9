// The one handler points runs for every other module's event (`onAll`): a rule a community adds in
// settings for any event type — an integrator's plugin's too — takes effect at once in every
// process, without a restart. Corrections of volunteer hours follow the hours already credited;
// any other event earns by the community's rules.
import { onAll, type EventHandlerContext } from '../../plugins/events/define-event';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import { earnByRules } from './earning.service';
import { CORRECTION_DATA, followCorrection } from './correction.service';

export async function earnFromEvent(event: OutboxEventRecord, ctx: EventHandlerContext): Promise<void> {
  if (event.type !== 'volunteer.HoursCorrected') return earnByRules(event, ctx);
  // Points knows volunteer only through the event's documented data (it does not import volunteer).
  const corrected = CORRECTION_DATA.safeParse(event.data);
  if (corrected.success) await followCorrection({ ...event, data: corrected.data }, ctx);
}

export const pointsHandlers = [onAll(earnFromEvent)];
