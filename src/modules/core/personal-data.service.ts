// Personal data helpers: validation of 身份证号 and mobile numbers, masking, and the access log
// written for every unmasked read (batched per tick into one insert).
import { v7 as uuidv7 } from 'uuid';
import type { Ctx } from '../../schema/context';
import type { PersonalDataKeys } from '../../schema/personal-crypto';
import { maskIdNumber, maskPhone } from '../../schema/personal-values';
import { sealPersonalField, openPersonalField, type PersonalBinding, type PersonalField } from '../../schema/personal-fields';
export {
  normalisePersonal,
  personalIndex,
  sealPersonalField,
  openPersonalField,
  setAccountPhone,
  openAccountPhone,
  ACCOUNT_PHONE_BINDING,
  type PersonalBinding,
  type PersonalField,
} from '../../schema/personal-fields';
export { isValidIdNumber, isValidMobile, maskIdNumber, maskPhone, birthDateFromId } from '../../schema/personal-values';

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

// A five-forces record's contact phone: sealed like any personal field, bound to its own table.

/** Binding of a five-forces record's contact phone: `<table>.contact_phone`. */
export const contactPhoneBinding = (table: string): PersonalBinding => `${table}.contact_phone`;
