import { Migration } from '@mikro-orm/migrations';

// A request filed from a grid worker's visit finding keeps the finding's id: one request per finding.
export class Migration20261207091100_dispatch_visit_findings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispatch_request" add column "source_finding_id" uuid null;`);
    this.addSql(
      `create unique index "dispatch_request_source_finding_unique" on "dispatch_request" ("community_id", "source_finding_id") where "source_finding_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispatch_request_source_finding_unique";`);
    this.addSql(`alter table "dispatch_request" drop column if exists "source_finding_id";`);
  }
}
