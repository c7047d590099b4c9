import { Migration } from '@mikro-orm/migrations';
import { personalDataKeysOf } from '../src/schema/personal-crypto';
import { openResidentField, sealResidentField } from '../src/modules/core/personal-data.service';
import { uuidArray } from '../src/db/sql';

// 身份证号 and phone at rest (and the access log's `reason`): existing clear values are sealed (AES-256-GCM) with a blind index
// each, in this migration's transaction, and the clear columns are dropped — there is no moment
// when both exist after commit, and a failure leaves the clear columns untouched. The keys come
// from the configuration the database was opened with (openOrm binds them).
export class Migration20261122200000_core_personal_data_encrypt extends Migration {
  override async up(): Promise<void> {
    const keys = personalDataKeysOf(this.config);
    // The access log records why (the reason given, or the operation).
    await this.execute(`alter table "personal_data_access" add column "reason" text null`);
    await this.execute(`alter table "resident" add column "id_number_enc" text null, add column "id_number_bidx" text null,
      add column "phone_enc" text null, add column "phone_bidx" text null`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(
        `select id, id_number, phone from "resident" where id > ? and (id_number is not null or phone is not null) order by id limit 2000`,
        [after],
      )) as { id: string; id_number: string | null; phone: string | null }[];
      if (!rows.length) break;
      const sealed = rows.map((r) => ({
        id: r.id,
        ...sealResidentField(keys, r.id, 'idNumber', r.id_number),
        ...sealResidentField(keys, r.id, 'phone', r.phone),
      }));
      const col = (k: 'idNumberEnc' | 'idNumberBidx' | 'phoneEnc' | 'phoneBidx') => `{${sealed.map((s) => (s[k] === null ? 'NULL' : `"${s[k]}"`)).join(',')}}`;
      await this.execute(
        `update "resident" r set id_number_enc = v.ie, id_number_bidx = v.ib, phone_enc = v.pe, phone_bidx = v.pb
           from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[]) as v(id, ie, ib, pe, pb) where r.id = v.id`,
        [uuidArray(sealed.map((s) => s.id)), col('idNumberEnc'), col('idNumberBidx'), col('phoneEnc'), col('phoneBidx')],
      );
      after = rows[rows.length - 1]!.id;
    }
    await this.execute(`alter table "resident" drop column "id_number", drop column "phone"`);
    await this.execute(`create index "resident_community_id_id_number_bidx_index" on "resident" ("community_id", "id_number_bidx")`);
    await this.execute(`create index "resident_community_id_phone_bidx_index" on "resident" ("community_id", "phone_bidx")`);
  }

  override async down(): Promise<void> {
    // Decrypts back into clear columns (only for a rollback during an upgrade).
    const keys = personalDataKeysOf(this.config);
    await this.execute(`alter table "resident" add column "id_number" text null, add column "phone" text null`);
    const rows = (await this.execute(`select id, id_number_enc, phone_enc from "resident" where id_number_enc is not null or phone_enc is not null`)) as {
      id: string;
      id_number_enc: string | null;
      phone_enc: string | null;
    }[];
    for (const r of rows) {
      const v = { id: r.id, idNumberEnc: r.id_number_enc, phoneEnc: r.phone_enc };
      await this.execute(`update "resident" set id_number = ?, phone = ? where id = ?`, [
        openResidentField(keys, v, 'idNumber'),
        openResidentField(keys, v, 'phone'),
        r.id,
      ]);
    }
    await this.execute(`alter table "resident" drop column "id_number_enc", drop column "id_number_bidx", drop column "phone_enc", drop column "phone_bidx"`);
    await this.execute(`alter table "personal_data_access" drop column "reason"`);
  }
}
