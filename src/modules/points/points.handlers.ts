// The one handler points runs for every other module's event ('*'): corrections of volunteer hours
// follow the hours already credited; any other event earns by the community's rules.
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import type { EventHandlerContext } from '../../plugins/module-contract';
import { earnByRules } from './earning.service';
import { followCorrection } from './correction.service';

export function earnFromEvent(event: OutboxEventRecord, ctx: EventHandlerContext): Promise<void> {
  return event.type === 'volunteer.HoursCorrected' ? followCorrection(event, ctx) : earnByRules(event, ctx);
}
