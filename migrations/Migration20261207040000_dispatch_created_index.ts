import { Migration } from '@mikro-orm/migrations';

// serviceRequests sorts by 提交时间 (created_at, id as tie-break) in either direction and filters
// on a created-at range: one index serves both (scanned backward for the ascending order). The
// other filters (kind, category, channel) are few values each and ride along; grid uses the GIN
// index on grid_path.
export class Migration20261207040000_dispatch_created_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "dispatch_request_created_index" on "dispatch_request" ("community_id", "created_at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispatch_request_created_index";`);
  }
}
