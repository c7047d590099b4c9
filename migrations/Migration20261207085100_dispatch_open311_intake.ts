import { Migration } from '@mikro-orm/migrations';

// 12345 / Open311 intake: a request may carry the coordinates it was filed with (WGS 84, both or
// neither), and one filed through an integrator's API key remembers the key and the client's
// Idempotency-Key (with a digest of what was sent), so a retried POST files nothing twice.
export class Migration20261207085100_dispatch_open311_intake extends Migration {
  override async up(): Promise<void> {
    // The 12345 hotline platform is a channel of its own.
    this.addSql(`alter table "dispatch_request" drop constraint "dispatch_request_channel_check";`);
    this.addSql(
      `alter table "dispatch_request" add constraint "dispatch_request_channel_check" check ("channel" in ('MINI_PROGRAM','APP','GRID_VISIT','WISH_WALL','CLOUD_LOCKER','PHONE','WALK_IN','HOTLINE_12345'));`,
    );
    this.addSql(`alter table "dispatch_request" add column "latitude" double precision null, add column "longitude" double precision null;`);
    this.addSql(
      `alter table "dispatch_request" add constraint "dispatch_request_coordinates_check" check ((latitude is null) = (longitude is null) and latitude between -90 and 90 and longitude between -180 and 180);`,
    );
    this.addSql(
      `alter table "dispatch_request" add column "intake_api_key_id" uuid null, add column "intake_key" text null, add column "intake_digest" text null;`,
    );
    this.addSql(
      `create unique index "dispatch_request_intake_key_unique" on "dispatch_request" ("community_id", "intake_api_key_id", "intake_key") where "intake_key" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispatch_request_intake_key_unique";`);
    this.addSql(`alter table "dispatch_request" drop constraint if exists "dispatch_request_coordinates_check";`);
    this.addSql(
      `alter table "dispatch_request" drop column "intake_digest", drop column "intake_key", drop column "intake_api_key_id", drop column "longitude", drop column "latitude";`,
    );
    // Requests that came by 12345 stay readable: they are counted as phone calls.
    this.addSql(`update "dispatch_request" set "channel" = 'PHONE' where "channel" = 'HOTLINE_12345';`);
    this.addSql(`alter table "dispatch_request" drop constraint "dispatch_request_channel_check";`);
    this.addSql(
      `alter table "dispatch_request" add constraint "dispatch_request_channel_check" check ("channel" in ('MINI_PROGRAM','APP','GRID_VISIT','WISH_WALL','CLOUD_LOCKER','PHONE','WALK_IN'));`,
    );
  }
}
