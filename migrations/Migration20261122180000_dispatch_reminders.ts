import { Migration } from '@mikro-orm/migrations';

// 提醒: the reminder thresholds already sent for a request's current deadline (e.g. `before:24`,
// `overdue:24`). The job appends a key only where it is absent — one conditional write per
// request and threshold, so concurrent runs send each reminder once; reopening clears it.
export class Migration20261122180000_dispatch_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispatch_request" add column "reminders_sent" text[] not null default '{}';`);
    // The reminder job: active requests by deadline.
    this.addSql(
      `create index "dispatch_request_active_due_index" on "dispatch_request" ("community_id", "due_at") where "status" in ('SUBMITTED','OPEN','IN_PROGRESS','ESCALATED');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispatch_request_active_due_index";`);
    this.addSql(`alter table "dispatch_request" drop column "reminders_sent";`);
  }
}
