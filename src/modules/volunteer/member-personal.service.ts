// A volunteer's 身份证号 (real-name registration) at rest: sealed with core's personal-data keys,
// bound to this table and column, with a blind index in the same space as residents'. Clear
// values exist only in memory; masked unless the caller holds volunteer.readPersonal, and every
// unmasked read writes core's access log.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { logUnmaskedRead, openPersonalField, personalIndex, sealPersonalField, type PersonalBinding } from '../core/public';
import { PersonalDataKeyError, personalDataKeysOf, type PersonalDataKeys } from '../../schema/personal-crypto';

export const ID_NUMBER_BINDING: PersonalBinding = 'volunteer_member.id_number';

interface SealedMember {
  id: string;
  idNumberEnc: string | null;
  idNumberBidx: string | null;
}

/** Seals (or clears) the member's 身份证号 and its index. */
export function setMemberIdNumber(keys: PersonalDataKeys, m: SealedMember, value: string | null): void {
  const { enc, bidx } = sealPersonalField(keys, ID_NUMBER_BINDING, m.id, 'idNumber', value);
  m.idNumberEnc = enc;
  m.idNumberBidx = bidx;
}

/** The clear 身份证号, or null; a key problem is logged and surfaces as PERSONAL_DATA_KEY. */
export function openMemberIdNumber(ctx: Pick<Ctx, 'app'>, keys: PersonalDataKeys, m: { id: string; idNumberEnc: string | null }): string | null {
  try {
    return openPersonalField(keys, ID_NUMBER_BINDING, m.id, m.idNumberEnc);
  } catch (e) {
    if (!(e instanceof PersonalDataKeyError)) throw e;
    ctx.app.log.error({ err: e.message, subjectId: m.id, field: 'idNumber' }, 'volunteer personal data does not decrypt');
    throw new AppError('PERSONAL_DATA_KEY');
  }
}

/** Blind index of a typed 身份证号 (for exact lookups). */
export const memberIdNumberIndex = (em: EntityManager, idNumber: string) => personalIndex(personalDataKeysOf(em), 'idNumber', idNumber);

/**
 * Duplicate real-name registration: another member of the community with the same 身份证号.
 * Serialised per (community, index) with a transaction-scoped advisory lock, so two concurrent
 * registrations of one person cannot both pass (legacy duplicates do not block the migration).
 */
export async function assertNotRegistered(em: EntityManager, communityId: string, bidx: string | null, self: string | null = null): Promise<void> {
  if (!bidx) return;
  await strategyOf(em, REGISTRATION_LOCK).lock(em, communityId, bidx);
  const [dup] = await em
    .getConnection()
    .execute(
      'select id from volunteer_member where community_id = ? and id_number_bidx = ? and id <> ? limit 1',
      [communityId, bidx, self ?? '00000000-0000-0000-0000-000000000000'],
      'all',
      em.getTransactionContext(),
    );
  if (dup) throw new UserFacingError('VOLUNTEER_ALREADY_REGISTERED', ['input', 'idNumber']);
}

export interface RegistrationLock {
  /** Serialises registrations of one 身份证号 (blind index) in a community until the transaction ends. */
  lock(em: EntityManager, communityId: string, bidx: string): Promise<void>;
}

/** A transaction-scoped advisory lock per (community, index). */
export const REGISTRATION_LOCK = defineStrategy<RegistrationLock>('volunteer.registrationLock', 'How concurrent registrations of one 身份证号 are serialised', {
  async lock(em, communityId, bidx) {
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`volunteer_member_id:${communityId}:${bidx}`], 'all', em.getTransactionContext());
  },
});

/** The access log's "why": the caller's reason (trimmed, at most 200 characters), else the operation. */
export const reasonOf = (reason: string | null, info: GraphQLResolveInfo) =>
  reason?.trim().slice(0, 200) || `operation ${info.operation.name?.value ?? '(anonymous)'}`;

/** Logs one unmasked read of a member's 身份证号 in core's access log. */
export const logMemberRead = (ctx: Ctx, memberId: string, reason: string) =>
  logUnmaskedRead(ctx, { subjectType: 'VolunteerMember', subjectId: memberId, field: 'idNumber', reason });
