import { Migration } from '@mikro-orm/migrations';

// 街道吹哨、部门报到 through the party module's targets: the escalation records which target (by
// its raw id) it went to, beside the name in escalated_to, so the target's answers can be
// counted per target even after it is renamed. No foreign key: party may be off or uninstalled.
export class Migration20261122181000_dispatch_escalation_target extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispatch_request" add column "escalation_target_id" uuid null;`);
    this.addSql(
      `create index "dispatch_request_escalation_target_index" on "dispatch_request" ("community_id", "escalation_target_id") where "escalation_target_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispatch_request_escalation_target_index";`);
    this.addSql(`alter table "dispatch_request" drop column "escalation_target_id";`);
  }
}
