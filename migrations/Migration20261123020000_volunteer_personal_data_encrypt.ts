import { Migration } from '@mikro-orm/migrations';
import { openPersonalField, sealPersonalField } from '../src/modules/core/public';
import { personalDataKeysOf } from '../src/schema/personal-crypto';
import { ID_NUMBER_BINDING } from '../src/modules/volunteer/member-personal.service';
import { uuidArray } from '../src/db/sql';

// A volunteer's 身份证号 at rest, as residents' (Migration20261122200000_core_personal_data_encrypt):
// existing clear values are sealed (AES-256-GCM, bound to volunteer_member.id_number and the row)
// with a blind index, in this migration's transaction, and the clear column is dropped — a failure
// leaves the clear column untouched. Keys come from the configuration the database was opened with.
// Legacy duplicates (one 身份证号 registered twice) are kept; new ones are refused by the resolver.
export class Migration20261123020000_volunteer_personal_data_encrypt extends Migration {
  override async up(): Promise<void> {
    const keys = personalDataKeysOf(this.config);
    await this.execute(`alter table "volunteer_member" add column "id_number_enc" text null, add column "id_number_bidx" text null`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(`select id, id_number from "volunteer_member" where id > ? and id_number is not null order by id limit 2000`, [
        after,
      ])) as { id: string; id_number: string }[];
      if (!rows.length) break;
      const sealed = rows.map((r) => ({ id: r.id, ...sealPersonalField(keys, ID_NUMBER_BINDING, r.id, 'idNumber', r.id_number) }));
      // Sealed values and indexes are base64url with a key id: no quotes or commas to escape.
      const col = (k: 'enc' | 'bidx') => `{${sealed.map((s) => (s[k] === null ? 'NULL' : `"${s[k]}"`)).join(',')}}`;
      await this.execute(
        `update "volunteer_member" m set id_number_enc = v.e, id_number_bidx = v.b
           from unnest(?::uuid[], ?::text[], ?::text[]) as v(id, e, b) where m.id = v.id`,
        [uuidArray(sealed.map((s) => s.id)), col('enc'), col('bidx')],
      );
      after = rows[rows.length - 1]!.id;
    }
    await this.execute(`alter table "volunteer_member" drop column "id_number"`);
    await this.execute(`create index "volunteer_member_community_id_id_number_bidx_index" on "volunteer_member" ("community_id", "id_number_bidx")`);
  }

  override async down(): Promise<void> {
    // Decrypts back into the clear column (only for a rollback during an upgrade).
    const keys = personalDataKeysOf(this.config);
    await this.execute(`alter table "volunteer_member" add column "id_number" text null`);
    const rows = (await this.execute(`select id, id_number_enc from "volunteer_member" where id_number_enc is not null`)) as {
      id: string;
      id_number_enc: string;
    }[];
    for (const r of rows) {
      await this.execute(`update "volunteer_member" set id_number = ? where id = ?`, [openPersonalField(keys, ID_NUMBER_BINDING, r.id, r.id_number_enc), r.id]);
    }
    await this.execute(`drop index "volunteer_member_community_id_id_number_bidx_index"`);
    await this.execute(`alter table "volunteer_member" drop column "id_number_enc", drop column "id_number_bidx"`);
  }
}
