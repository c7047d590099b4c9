import { Migration } from '@mikro-orm/migrations';

// A donor may be an organisation by its identity (组织, core): a 大党委 member unit gives without
// being registered again as a co-building unit or charity resource.
export class Migration20261207120400_fund_organization_donor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "fund_donation" drop constraint if exists "fund_donation_donor_type_check";`);
    this.addSql(
      `alter table "fund_donation" add constraint "fund_donation_donor_type_check" check ("donor_type" in ('CHARITY_RESOURCE', 'COBUILDING_UNIT', 'INDIVIDUAL', 'ORGANIZATION'));`,
    );
  }

  override async down(): Promise<void> {
    // Donations are ledger history: a rollback keeps them, by the donor's name (as an unregistered donor).
    this.addSql(`update "fund_donation" set "donor_type" = 'INDIVIDUAL', "donor_ref_id" = null where "donor_type" = 'ORGANIZATION';`);
    this.addSql(`alter table "fund_donation" drop constraint "fund_donation_donor_type_check";`);
    this.addSql(
      `alter table "fund_donation" add constraint "fund_donation_donor_type_check" check ("donor_type" in ('CHARITY_RESOURCE', 'COBUILDING_UNIT', 'INDIVIDUAL'));`,
    );
  }
}
