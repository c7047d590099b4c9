import { Migration } from '@mikro-orm/migrations';
import { personalDataKeysOf, seal, unseal } from '../src/schema/personal-crypto';
import { MEMBER_PHONE, TARGET_PHONE, UNIT_PHONE } from '../src/modules/party/personal.service';

// Party building's phones at rest, like core's (Migration20261207050000_core_phones_encrypt): the
// member units' and escalation targets' contact phones and reporting members' phones are sealed
// (bound to table, column and row), in this migration's transaction; the clear columns are dropped.
const COLUMNS: [table: string, column: string, binding: string][] = [
  ['party_unit', 'contact_phone', UNIT_PHONE],
  ['party_escalation_target', 'contact_phone', TARGET_PHONE],
  ['party_member', 'phone', MEMBER_PHONE],
];

export class Migration20261207051000_party_phones_encrypt extends Migration {
  override async up(): Promise<void> {
    const keys = personalDataKeysOf(this.config);
    for (const [table, column, binding] of COLUMNS) {
      await this.execute(`alter table "${table}" add column "${column}_enc" text null`);
      // Party registers are small (units and members of one community): row by row is enough.
      const rows = (await this.execute(`select id, "${column}" as v from "${table}" where "${column}" is not null and "${column}" <> ''`)) as {
        id: string;
        v: string;
      }[];
      for (const r of rows) await this.execute(`update "${table}" set "${column}_enc" = ? where id = ?`, [seal(keys, `${binding}:${r.id}`, r.v), r.id]);
      await this.execute(`alter table "${table}" drop column "${column}"`);
    }
  }

  override async down(): Promise<void> {
    // Decrypts back into the clear columns (only for a rollback during an upgrade).
    const keys = personalDataKeysOf(this.config);
    for (const [table, column, binding] of COLUMNS) {
      await this.execute(`alter table "${table}" add column "${column}" text null`);
      const rows = (await this.execute(`select id, "${column}_enc" as e from "${table}" where "${column}_enc" is not null`)) as { id: string; e: string }[];
      for (const r of rows) await this.execute(`update "${table}" set "${column}" = ? where id = ?`, [unseal(keys, `${binding}:${r.id}`, r.e), r.id]);
      await this.execute(`alter table "${table}" drop column "${column}_enc"`);
    }
  }
}
