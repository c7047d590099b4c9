// Negative control of stations: a booking that reads the slot's places, checks them in application
// code and writes the new count back; tests/stations/stations.race.test.ts must catch the overbooking.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { F, SLOT_PLACES } from '../../src/modules/stations/booking.service';

export const naiveStations: StrategyOverride[] = [
  replaceStrategy(SLOT_PLACES, {
    async take(em, slotId) {
      const [s]: { booked: number; capacity: number }[] = await em.execute('select booked, capacity from stations_slot where id = ?', [slotId]);
      if (s!.booked >= s!.capacity) throw new UserFacingError('SLOT_FULL', F);
      await new Promise((res) => setTimeout(res, 5));
      await em.execute('update stations_slot set booked = ?, updated_at = now() where id = ?', [s!.booked + 1, slotId]);
    },
  }),
];
