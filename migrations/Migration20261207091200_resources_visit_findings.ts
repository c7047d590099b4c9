import { Migration } from '@mikro-orm/migrations';

// A need may come from a grid worker's visit finding (入户走访, source GRID_VISIT).
export class Migration20261207091200_resources_visit_findings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "resources_need" drop constraint if exists "resources_need_source_check";`);
    this.addSql(
      `alter table "resources_need" add constraint "resources_need_source_check" check ("source" in ('SURVEY', 'DISPATCH_REQUEST', 'COUNCIL_TOPIC', 'STAFF', 'GRID_VISIT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resources_need" drop constraint if exists "resources_need_source_check";`);
    this.addSql(
      `alter table "resources_need" add constraint "resources_need_source_check" check ("source" in ('SURVEY', 'DISPATCH_REQUEST', 'COUNCIL_TOPIC', 'STAFF'));`,
    );
  }
}
