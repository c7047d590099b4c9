import { Migration } from '@mikro-orm/migrations';

// Keyset pages walk a community's rows by id: (community_id, id) serves both the filter and the
// order, so a small community in a large table does not scan the whole primary key. The plain
// community_id indexes become redundant.
const TABLES = [
  'household',
  'resident',
  'membership',
  'api_key',
  'personal_data_access',
  'social_organization',
  'social_worker',
  'volunteer',
  'cobuilding_unit',
  'charity_resource',
];

export class Migration20261122090000_core_keyset_indexes extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`create index "${t}_community_id_id_index" on "${t}" ("community_id", "id");`);
      this.addSql(`drop index if exists "${t}_community_id_index";`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`create index "${t}_community_id_index" on "${t}" ("community_id");`);
      this.addSql(`drop index if exists "${t}_community_id_id_index";`);
    }
  }
}
