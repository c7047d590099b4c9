// Phones of party building at rest: a unit's or escalation target's contact phone and a reporting
// member's phone (mobile or landline, kept as entered) are sealed with the kernel's personal-data
// keys, bound to their table, column and row like every other personal field. Nothing looks them
// up, so no blind index.
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { PersonalDataKeyError, personalDataKeysOf, seal, unseal } from '../../schema/personal-crypto';

export const UNIT_PHONE = 'party_unit.contact_phone';
export const TARGET_PHONE = 'party_escalation_target.contact_phone';
export const MEMBER_PHONE = 'party_member.phone';

type Holder = Parameters<typeof personalDataKeysOf>[0];

/** The sealed form of a phone (null for null or empty). */
export function sealPhone(keysHolder: Holder, binding: string, rowId: string, phone: string | null | undefined): string | null {
  return phone ? seal(personalDataKeysOf(keysHolder), `${binding}:${rowId}`, phone) : null;
}

/** The phone in clear; PERSONAL_DATA_KEY (logged without the value) when no configured key opens it. */
export function openPhone(ctx: Ctx, binding: string, rowId: string, sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return unseal(personalDataKeysOf(ctx.em), `${binding}:${rowId}`, sealed);
  } catch (e) {
    if (!(e instanceof PersonalDataKeyError)) throw e;
    ctx.app.log.error({ err: e.message, subjectId: rowId, field: binding }, 'personal data does not decrypt');
    throw new AppError('PERSONAL_DATA_KEY');
  }
}
