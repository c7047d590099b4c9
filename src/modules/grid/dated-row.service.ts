// Ending a dated row (a duty, a special-care membership): kept as history with its last day.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../../schema/errors';
import { today } from '../../schema/calendar';
import type { GridDuty } from './duty.entity';
import type { CareMember } from './care.entity';

/**
 * Sets `endsOn` (default today, not before `startsOn`) with one conditional write, so of two
 * concurrent ends one fails with INVALID_STATE; the row is refreshed.
 */
export async function endDatedRow(em: EntityManager, row: GridDuty | CareMember, endsOn: string | null | undefined, timeZone: string): Promise<void> {
  const last = endsOn ?? today(timeZone);
  if (last < row.startsOn)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'endsOn'], { detail: { 'zh-CN': 'endsOn 早于 startsOn', en: 'endsOn < startsOn' } });
  const entity = row.constructor as typeof GridDuty | typeof CareMember;
  if ((await em.nativeUpdate(entity, { id: row.id, endsOn: null }, { endsOn: last })) !== 1)
    throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'ENDED' });
  await em.refresh(row);
}
