// Negative controls of volunteer: a sign-up that reads the shift's places and writes the count back
// (tests/volunteer/volunteer.test.ts), and registrations of one 身份证号 without the per-number lock
// (tests/volunteer/volunteer-personal-data.test.ts). Both tests must catch them.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { SHIFT_PLACES } from '../../src/modules/volunteer/volunteer.service';
import { REGISTRATION_LOCK } from '../../src/modules/volunteer/member-personal.service';
import { SignupStatus } from '../../src/modules/volunteer/volunteer.enums';

export const naiveSignUp: StrategyOverride[] = [
  replaceStrategy(SHIFT_PLACES, {
    async take(em, shiftId) {
      const [s]: any[] = await em.execute('select signed_up, capacity from volunteer_shift where id = ?', [shiftId]);
      if (s.signed_up >= s.capacity) throw new UserFacingError('SHIFT_FULL', ['input', 'shiftId']);
      await new Promise((r) => setTimeout(r, 5));
      await em.execute('update volunteer_shift set signed_up = ? where id = ?', [s.signed_up + 1, shiftId]);
      return SignupStatus.CONFIRMED;
    },
  }),
];

/**
 * No lock: concurrent registrations of one number both pass the duplicate check. Each waits here
 * for another to arrive (at most 1 s), so they check together as racing requests do; a fixed sleep
 * let a loaded machine serialise the burst, and the control then missed the bug it must show.
 */
const waiting: (() => void)[] = [];
export const naiveRegistration: StrategyOverride[] = [
  replaceStrategy(REGISTRATION_LOCK, {
    async lock() {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length >= 2) return void waiting.splice(0).forEach((go) => go());
        setTimeout(() => {
          const i = waiting.indexOf(resolve);
          if (i >= 0) waiting.splice(i, 1);
          resolve();
        }, 1000);
      });
    },
  }),
];
