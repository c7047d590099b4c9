import { Migration } from '@mikro-orm/migrations';

// Counters of failed credential checks, shared by every replica when there is no Redis
// (rate-limiter-flexible's RateLimiterPostgres layout: key, points, expire in epoch ms).
export class Migration20261207001000_tenancy_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle";`);
  }
}
