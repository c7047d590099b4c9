// Writing the 需求库: a new need (once per source object), closing one. Raw conditional SQL so an
// event handled twice or two staff converting the same survey option leave one need.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { pgArray } from '../../db/sql';
import { NeedSource } from './resources.enums';
import { NEED_CLOSABLE } from './resources.policy';
import { RESOURCES_EVENTS } from './resources.events';

export interface NewNeed {
  communityId: string;
  category: string;
  title: string;
  description: string | null;
  gridUnitId: string | null;
  gridPath: string[];
  source: NeedSource;
  sourceRef: string | null;
  demandCount: number;
  createdByAccountId: string | null;
}

export const needSubject = (needId: string) => ({ type: 'ResourcesNeed', id: needId });

/** Inserts the need; null when a need of the same source object exists already. */
export async function insertNeed(em: EntityManager, n: NewNeed): Promise<string | null> {
  const rows: { id: string }[] = await em.execute(
    `insert into resources_need (id, community_id, category, title, description, grid_unit_id, grid_path, source, source_ref, status, demand_count, created_by_account_id)
     values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, 'OPEN', ?, ?)
     on conflict ("community_id", "source", "source_ref") where "source_ref" is not null do nothing returning id`,
    [
      uuidv7(),
      n.communityId,
      n.category,
      n.title,
      n.description,
      n.gridUnitId,
      pgArray(n.gridPath),
      n.source,
      n.sourceRef,
      n.demandCount,
      n.createdByAccountId,
    ],
  );
  return rows[0]?.id ?? null;
}

export async function needState(em: EntityManager, id: string): Promise<string> {
  const [row] = await em.execute(`select status from resources_need where id = ?`, [id]);
  return row?.status ?? 'UNKNOWN';
}

/** OPEN → CLOSED with a reason. */
export async function closeNeed(em: EntityManager, communityId: string, id: string, reason: string): Promise<void> {
  const rows = await em.execute(
    `update resources_need set status = 'CLOSED', reason = ?, updated_at = now() where id = ? and community_id = ? and status = any(?::text[]) returning id`,
    [reason, id, communityId, pgArray(NEED_CLOSABLE)],
  );
  if (!rows[0]) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await needState(em, id) });
  recordEvent(em, RESOURCES_EVENTS.NeedClosed, { communityId, subject: needSubject(id), data: { needId: id } });
}
