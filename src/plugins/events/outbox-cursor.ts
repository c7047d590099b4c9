// The cursor of a change feed or board: the outbox `seq` of the last event the client saw,
// passed back as `after` to catch up or to resume a subscription.
import { AppError } from '../../schema/errors';

/** The cursor as a bigint, 0 when absent; anything but 1–18 digits is BAD_USER_INPUT (INVALID_ID) on `field`. */
export function parseOutboxCursor(after: string | null | undefined, field = 'after'): bigint {
  if (after == null) return 0n;
  if (!/^\d{1,18}$/.test(after)) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  return BigInt(after);
}
