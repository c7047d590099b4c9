// Personal data helpers: validation of 身份证号 and mobile numbers, masking, and the access log
// written for every unmasked read (batched per tick into one insert).
import { v7 as uuidv7 } from 'uuid';
import type { Ctx } from '../../schema/context';
import { blindIndex, seal, unseal, type PersonalDataKeys } from '../../schema/personal-crypto';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

export const isValidMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone);

export const maskIdNumber = (id: string) => `${id.slice(0, 3)}${'*'.repeat(Math.max(id.length - 7, 0))}${id.slice(-4)}`;
export const maskPhone = (p: string) => (p.length >= 11 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '*'.repeat(p.length));

/** Birth date from a validated 身份证号, as YYYY-MM-DD. */
export const birthDateFromId = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

export type PersonalField = 'idNumber' | 'phone';

/** The one normal form both the stored value and every lookup use. */
export const normalisePersonal = (field: PersonalField, value: string) => (field === 'idNumber' ? value.trim().toUpperCase() : value.replace(/[\s-]/g, ''));

/** Blind index of a value as stored for a resident (for `where idNumberBidx = …` lookups). */
export const personalIndex = (keys: PersonalDataKeys, field: PersonalField, value: string) => blindIndex(keys, field, normalisePersonal(field, value));

// A resident's fields are sealed like any module's (sealPersonalField below), bound to `resident.<field>`.
const residentBinding = (field: PersonalField): PersonalBinding => `resident.${field}`;

/** The sealed value and blind index columns of one field of a resident (both null for null). */
export function sealResidentField(keys: PersonalDataKeys, residentId: string, field: PersonalField, value: string | null) {
  const { enc, bidx } = sealPersonalField(keys, residentBinding(field), residentId, field, value);
  return field === 'idNumber' ? { idNumberEnc: enc, idNumberBidx: bidx } : { phoneEnc: enc, phoneBidx: bidx };
}

/** Sets one personal field of a resident entity (sealed, with its index). */
export function setResidentField(
  keys: PersonalDataKeys,
  r: { id: string; idNumberEnc: string | null; idNumberBidx: string | null; phoneEnc: string | null; phoneBidx: string | null },
  field: PersonalField,
  value: string | null,
): void {
  Object.assign(r, sealResidentField(keys, r.id, field, value));
}

/** The clear value of one personal field; throws PersonalDataKeyError when no configured key opens it. */
export function openResidentField(
  keys: PersonalDataKeys,
  r: { id: string; idNumberEnc: string | null; phoneEnc: string | null },
  field: PersonalField,
): string | null {
  return openPersonalField(keys, residentBinding(field), r.id, field === 'idNumber' ? r.idNumberEnc : r.phoneEnc);
}

/** The masked form of one personal field (for lists and exports); null when empty. */
export function maskedResidentField(
  keys: PersonalDataKeys,
  r: { id: string; idNumberEnc: string | null; phoneEnc: string | null },
  field: PersonalField,
): string | null {
  const v = openResidentField(keys, r, field);
  return v && (field === 'idNumber' ? maskIdNumber(v) : maskPhone(v));
}

interface AccessRow {
  subjectType: string;
  subjectId: string;
  field: string;
  /** Why: the reason the caller gave, else the operation name. */
  reason: string | null;
}

/** Writes one append-only access-log row per unmasked read; the read fails if the log cannot be written. */
export function logUnmaskedRead(ctx: Ctx, row: AccessRow): Promise<void> {
  const loader = ctx.loaders.named<AccessRow, void>('personalDataAccess', async (rows) => {
    const access = await ctx.access();
    const values = rows.map(() => '(?, now(), now(), ?, ?, ?, ?, ?, array[?]::text[], ?, ?)').join(', ');
    const params = rows.flatMap((r) => [
      uuidv7(), // time-ordered like every other id
      access.communityId,
      ctx.viewer?.apiKey ? null : (ctx.viewer?.accountId ?? null),
      ctx.viewer?.apiKey?.id ?? null,
      r.subjectType,
      r.subjectId,
      r.field,
      r.reason,
      ctx.requestId,
    ]);
    await ctx.em
      .getConnection()
      .execute(
        `insert into personal_data_access (id, created_at, updated_at, community_id, account_id, api_key_id, subject_type, subject_id, fields, reason, request_id) values ${values}`,
        params,
      );
    return rows.map(() => undefined);
  });
  return loader.load(row);
}

// Other modules' personal fields (e.g. a volunteer's 身份证号): the same sealing, bound to the
// module's own table and column so a value copied between tables or rows does not decrypt, and
// indexed in the same space as residents' (one 身份证号 has one index everywhere).

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

// An account's mobile number (login by phone) and a five-forces record's contact phone: sealed
// the same way, bound to their own table and column. The account's is indexed for the phone login.

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

/** Binding of a five-forces record's contact phone: `<table>.contact_phone`. */
export const contactPhoneBinding = (table: string): PersonalBinding => `${table}.contact_phone`;
