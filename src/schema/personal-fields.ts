// Personal fields at rest: the one normal form of a 身份证号 or phone, its blind index, and sealing
// bound to the table, column and row that hold it (a value copied elsewhere does not decrypt).
// Modules seal their own columns with these; the kernel seals accounts' phones.
import { blindIndex, seal, unseal, type PersonalDataKeys } from './personal-crypto';

export type PersonalField = 'idNumber' | 'phone';

/** The one normal form both the stored value and every lookup use. */
export const normalisePersonal = (field: PersonalField, value: string) => (field === 'idNumber' ? value.trim().toUpperCase() : value.replace(/[\s-]/g, ''));

/** Blind index of a value as stored for a resident (for `where idNumberBidx = …` lookups). */
export const personalIndex = (keys: PersonalDataKeys, field: PersonalField, value: string) => blindIndex(keys, field, normalisePersonal(field, value));

/** Where a sealed value lives: `<table>.<column>` of the module that owns it, e.g. `volunteer_member.id_number`. */
export type PersonalBinding = `${string}.${string}`;

/** Sealed value and blind index of a personal field of any table's row (both null for null/empty). */
export function sealPersonalField(
  keys: PersonalDataKeys,
  binding: PersonalBinding,
  rowId: string,
  field: PersonalField,
  value: string | null,
): { enc: string | null; bidx: string | null } {
  if (!value) return { enc: null, bidx: null };
  const v = normalisePersonal(field, value);
  return { enc: seal(keys, `${binding}:${rowId}`, v), bidx: blindIndex(keys, field, v) };
}

/** The clear value sealed by sealPersonalField; throws PersonalDataKeyError when no configured key opens it. */
export function openPersonalField(keys: PersonalDataKeys, binding: PersonalBinding, rowId: string, sealed: string | null): string | null {
  return sealed ? unseal(keys, `${binding}:${rowId}`, sealed) : null;
}

// An account's mobile number, indexed for the phone login.

/** Binding of an account's phone (`account.phone_enc`). */
export const ACCOUNT_PHONE_BINDING: PersonalBinding = 'account.phone';

/** Sets an account's phone (sealed, with its blind index; null clears both). */
export function setAccountPhone(keys: PersonalDataKeys, a: { id: string; phoneEnc: string | null; phoneBidx: string | null }, phone: string | null): void {
  const { enc, bidx } = sealPersonalField(keys, ACCOUNT_PHONE_BINDING, a.id, 'phone', phone);
  a.phoneEnc = enc;
  a.phoneBidx = bidx;
}

/** An account's phone in clear; throws PersonalDataKeyError when no configured key opens it. */
export const openAccountPhone = (keys: PersonalDataKeys, a: { id: string; phoneEnc: string | null }) =>
  openPersonalField(keys, ACCOUNT_PHONE_BINDING, a.id, a.phoneEnc);
