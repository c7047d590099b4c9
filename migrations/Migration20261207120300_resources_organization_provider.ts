import { Migration } from '@mikro-orm/migrations';

// A resource may be offered by an organisation by its identity (组织, core): a 大党委 member unit
// offers a venue without being registered again as a co-building unit.
export class Migration20261207120300_resources_organization_provider extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "resources_resource" drop constraint if exists "resources_resource_provider_type_check";`);
    this.addSql(
      `alter table "resources_resource" add constraint "resources_resource_provider_type_check" check ("provider_type" in ('COBUILDING_UNIT', 'SOCIAL_ORGANIZATION', 'CHARITY_RESOURCE', 'ORGANIZATION'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "resources_resource" where "provider_type" = 'ORGANIZATION';`);
    this.addSql(`alter table "resources_resource" drop constraint "resources_resource_provider_type_check";`);
    this.addSql(
      `alter table "resources_resource" add constraint "resources_resource_provider_type_check" check ("provider_type" in ('COBUILDING_UNIT', 'SOCIAL_ORGANIZATION', 'CHARITY_RESOURCE'));`,
    );
  }
}
