// What the minute jobs (sweep: overdue flags and auto-close; reminders) share: find the communities
// with work, then drain it in batches — one conditional `update … returning *` per batch, each
// returned row given one log entry and one event in the same transaction. The condition in the
// update is what makes two processes running a job at once produce one event per request.
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../plugins/events/record-event';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { eventData } from './request.service';
import type { RequestEventDefinition } from './dispatch.events';

/** Rows per batch; `drain` repeats a batch while it comes back full. */
export const BATCH = 500;

/** Communities that have requests matching `where` (SQL over dispatch_request). */
export async function communitiesWith(em: EntityManager, where: string, params: unknown[] = []): Promise<string[]> {
  const rows = await em.getConnection().execute(`select distinct community_id from dispatch_request where ${where}`, params);
  return (rows as { community_id: string }[]).map((r) => r.community_id);
}

/** How one updated row is logged and announced (actor SYSTEM). */
export interface BatchStep {
  action: string;
  from: string;
  event: RequestEventDefinition;
  body: string;
  data?: Record<string, unknown>;
}

/** Runs `update` (ending in `returning *`) in a transaction; one log row and one event per row. */
export async function applyBatch(em: EntityManager, update: string, params: unknown[], step: (r: ServiceRequest) => BatchStep): Promise<number> {
  return em.transactional(async (tem) => {
    const rows = await tem.execute(update, params);
    for (const row of rows) {
      const r = tem.map(ServiceRequest, row);
      const s = step(r);
      tem.create(DispatchLogEntry, {
        communityId: r.communityId,
        requestId: r.id,
        action: s.action,
        fromStatus: s.from as never,
        toStatus: r.status,
        actorAccountId: null,
        actorRole: 'SYSTEM',
        body: s.body,
      });
      recordEvent(tem as EntityManager, s.event, {
        communityId: r.communityId,
        subject: { type: 'ServiceRequest', id: r.id },
        data: eventData(r, s.from, s.action, s.data),
      });
    }
    return rows.length;
  });
}

/** Repeats a batch until one comes back short of BATCH rows. */
export async function drain(batch: () => Promise<number>): Promise<void> {
  while ((await batch()) === BATCH);
}
