// The sweep, run every minute by every process: flags requests past their deadline (one
// dispatch.RequestOverdue each) and closes resolved requests left unrated after the window.
// Both are single conditional writes (`… where overdue_at is null`, `… where status =
// 'RESOLVED'`): two processes sweeping at once still produce one event per request.
import type { JobContext } from '../../plugins/module-contract';
import { ACTIVE_SQL, TRANSITIONS } from './dispatch.policy';
import { DispatchSettings } from './dispatch.settings';
import { applyBatch, BATCH, communitiesWith, drain } from './batch.jobs';

export async function dispatchSweep({ em, settings, settingsAs, now }: JobContext): Promise<void> {
  for (const cid of await communitiesWith(em, `overdue_at is null and status in (${ACTIVE_SQL}) and due_at < ?`, [now])) {
    if ((await settings(cid)) === null) continue;
    await drain(() =>
      applyBatch(
        em,
        `update dispatch_request set overdue_at = ?, updated_at = ? where id in (
           select id from dispatch_request where community_id = ? and overdue_at is null and status in (${ACTIVE_SQL}) and due_at < ?
            order by due_at limit ${BATCH} for update skip locked)
         and overdue_at is null returning *`,
        [now, now, cid, now],
        (r) => ({
          action: 'flagOverdue',
          from: r.status,
          event: TRANSITIONS.flagOverdue.event,
          body: '已超过办理时限',
          data: { dueAt: r.dueAt?.toISOString() ?? null },
        }),
      ),
    );
  }
  for (const cid of await communitiesWith(em, `status = 'RESOLVED'`)) {
    const s = await settingsAs(DispatchSettings, cid);
    if (s === null) continue;
    const hours = s.reopenWindowHours;
    const cutoff = new Date(now.getTime() - hours * 3_600_000);
    await drain(() =>
      applyBatch(
        em,
        `update dispatch_request set status = 'CLOSED', closed_at = ?, updated_at = ? where id in (
           select id from dispatch_request where community_id = ? and status = 'RESOLVED' and resolved_at < ?
            order by resolved_at limit ${BATCH} for update skip locked)
         and status = 'RESOLVED' returning *`,
        [now, now, cid, cutoff],
        () => ({ action: 'autoClose', from: 'RESOLVED', event: TRANSITIONS.autoClose.event, body: '评价期满未评价，自动关闭' }),
      ),
    );
  }
}
