// Points handles every event type (all but its own): a rule a community adds in settings for any
// event type — an integrator's plugin's too — takes effect at once in every process, without a restart.
import { onAll } from '../../plugins/events/define-event';
import { earnFromEvent } from './earning.service';

export const pointsHandlers = [onAll(earnFromEvent)];
