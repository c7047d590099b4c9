// The sweep, run every minute by every process: flags requests past their deadline (one
// dispatch.RequestOverdue each) and closes resolved requests left unrated after the window.
// Both are single conditional writes (`… where overdue_at is null`, `… where status =
// 'RESOLVED'`): two processes sweeping at once still produce one event per request.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../../plugins/module-contract';
import { recordEvent } from '../../plugins/events/record-event';
import { ACTIVE, TRANSITIONS } from './dispatch.policy';
import { dispatchSettings } from './dispatch.settings';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { eventData } from './request.service';

const BATCH = 500;
const active = ACTIVE.map((s) => `'${s}'`).join(', ');

async function communitiesWith(em: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows = await em.getConnection().execute(`select distinct community_id from dispatch_request where ${sql}`, params);
  return (rows as { community_id: string }[]).map((r) => r.community_id);
}

async function apply(em: EntityManager, name: 'flagOverdue' | 'autoClose', update: string, params: unknown[], body: string): Promise<number> {
  return em.transactional(async (tem) => {
    const rows = await tem.execute(update, params);
    for (const row of rows) {
      const r = tem.map(ServiceRequest, row);
      const from = name === 'autoClose' ? 'RESOLVED' : r.status;
      tem.create(DispatchLogEntry, { communityId: r.communityId, requestId: r.id, action: name, fromStatus: from as never, toStatus: r.status, actorAccountId: null, actorRole: 'SYSTEM', body });
      recordEvent(tem as EntityManager, { type: TRANSITIONS[name].event, communityId: r.communityId, subject: { type: 'ServiceRequest', id: r.id }, data: eventData(r, from, name, name === 'flagOverdue' ? { dueAt: r.dueAt } : {}) });
    }
    return rows.length;
  });
}

export async function dispatchSweep({ em, settings, now }: JobContext): Promise<void> {
  for (const cid of await communitiesWith(em, `overdue_at is null and status in (${active}) and due_at < ?`, [now])) {
    if ((await settings(cid)) === null) continue;
    while (
      (await apply(
        em,
        'flagOverdue',
        `update dispatch_request set overdue_at = ?, updated_at = ? where id in (
           select id from dispatch_request where community_id = ? and overdue_at is null and status in (${active}) and due_at < ?
            order by due_at limit ${BATCH} for update skip locked)
         and overdue_at is null returning *`,
        [now, now, cid, now],
        '已超过办理时限',
      )) === BATCH
    );
  }
  for (const cid of await communitiesWith(em, `status = 'RESOLVED'`, [])) {
    const raw = await settings(cid);
    if (raw === null) continue;
    const hours = dispatchSettings.parse(raw).reopenWindowHours;
    const cutoff = new Date(now.getTime() - hours * 3_600_000);
    while (
      (await apply(
        em,
        'autoClose',
        `update dispatch_request set status = 'CLOSED', closed_at = ?, updated_at = ? where id in (
           select id from dispatch_request where community_id = ? and status = 'RESOLVED' and resolved_at < ?
            order by resolved_at limit ${BATCH} for update skip locked)
         and status = 'RESOLVED' returning *`,
        [now, now, cid, cutoff],
        '评价期满未评价，自动关闭',
      )) === BATCH
    );
  }
}
