import { Migration } from '@mikro-orm/migrations';
import { personalDataKeysOf } from '../src/schema/personal-crypto';
import { ACCOUNT_PHONE_BINDING, contactPhoneBinding, openPersonalField, sealPersonalField } from '../src/modules/core/personal-data.service';
import { uuidArray } from '../src/db/sql';

const FORCE_TABLES = ['social_organization', 'social_worker', 'volunteer', 'cobuilding_unit', 'charity_resource'];

// The last phones kept in clear, at rest like residents' (Migration20261122200000_core_personal_data_encrypt):
// an account's phone (sealed, bound to account.phone, with the blind index the phone login looks
// up; the unique constraint moves to the index) and the five-forces registry's contact phones
// (sealed, bound to <table>.contact_phone; nothing looks them up). In this migration's transaction,
// clear columns dropped at the end: a failure leaves them untouched.
export class Migration20261207050000_core_phones_encrypt extends Migration {
  override async up(): Promise<void> {
    const keys = personalDataKeysOf(this.config);
    await this.execute(`alter table "account" add column "phone_enc" text null, add column "phone_bidx" text null`);
    await this.sealColumn('account', 'phone', (id, v) => sealPersonalField(keys, ACCOUNT_PHONE_BINDING, id, 'phone', v), true);
    await this.execute(`alter table "account" drop column "phone"`);
    await this.execute(`alter table "account" add constraint "account_phone_bidx_unique" unique ("phone_bidx")`);
    for (const table of FORCE_TABLES) {
      await this.execute(`alter table "${table}" add column "contact_phone_enc" text null`);
      await this.sealColumn(table, 'contact_phone', (id, v) => sealPersonalField(keys, contactPhoneBinding(table), id, 'phone', v), false);
      await this.execute(`alter table "${table}" drop column "contact_phone"`);
    }
  }

  override async down(): Promise<void> {
    // Decrypts back into the clear columns (only for a rollback during an upgrade).
    const keys = personalDataKeysOf(this.config);
    await this.execute(`alter table "account" add column "phone" text null`);
    await this.openColumn('account', 'phone', (id, v) => openPersonalField(keys, ACCOUNT_PHONE_BINDING, id, v));
    await this.execute(`alter table "account" drop constraint "account_phone_bidx_unique"`);
    await this.execute(`alter table "account" drop column "phone_enc", drop column "phone_bidx"`);
    await this.execute(`alter table "account" add constraint "account_phone_unique" unique ("phone")`);
    for (const table of FORCE_TABLES) {
      await this.execute(`alter table "${table}" add column "contact_phone" text null`);
      await this.openColumn(table, 'contact_phone', (id, v) => openPersonalField(keys, contactPhoneBinding(table), id, v));
      await this.execute(`alter table "${table}" drop column "contact_phone_enc"`);
    }
  }

  /** Seals `<column>` into `<column>_enc` (and `<column>_bidx` when indexed), 2000 rows a statement. */
  private async sealColumn(
    table: string,
    column: string,
    sealOne: (id: string, value: string) => { enc: string | null; bidx: string | null },
    indexed: boolean,
  ): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(`select id, "${column}" as v from "${table}" where id > ? and "${column}" is not null order by id limit 2000`, [
        after,
      ])) as { id: string; v: string }[];
      if (!rows.length) break;
      const sealed = rows.map((r) => ({ id: r.id, ...sealOne(r.id, r.v) }));
      // Sealed values and indexes are base64url with a key id: no quotes or commas to escape.
      const col = (k: 'enc' | 'bidx') => `{${sealed.map((s) => (s[k] === null ? 'NULL' : `"${s[k]}"`)).join(',')}}`;
      await this.execute(
        `update "${table}" t set "${column}_enc" = v.e${indexed ? `, "${column}_bidx" = v.b` : ''}
           from unnest(?::uuid[], ?::text[], ?::text[]) as v(id, e, b) where t.id = v.id`,
        [uuidArray(sealed.map((s) => s.id)), col('enc'), col('bidx')],
      );
      after = rows[rows.length - 1]!.id;
    }
  }

  private async openColumn(table: string, column: string, openOne: (id: string, sealed: string) => string | null): Promise<void> {
    const rows = (await this.execute(`select id, "${column}_enc" as e from "${table}" where "${column}_enc" is not null`)) as { id: string; e: string }[];
    for (const r of rows) await this.execute(`update "${table}" set "${column}" = ? where id = ?`, [openOne(r.id, r.e), r.id]);
  }
}
