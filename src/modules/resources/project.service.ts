// 项目清单 writes: a project from an open need and its resources (the need becomes MATCHED in the
// same transaction, by a conditional write), lifecycle transitions and milestones. Transitions and
// milestone changes lock the project row first, so "complete only when every milestone is done"
// cannot race an untick.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { pgArray, uuidArray } from '../../db/sql';
import { ProjectStatus as P } from './resources.enums';
import { MILESTONE_EDITABLE, NEED_MATCHABLE, PROJECT_FROM, PROJECT_TO, type ProjectAction } from './resources.policy';
import { needSubject, needState } from './need.service';
import { RESOURCES_EVENTS } from './resources.events';

export interface NewProject {
  communityId: string;
  needId: string;
  title: string;
  description: string | null;
  ownerAccountId: string;
  budgetFen: number;
  resources: { resourceId: string; quantity: number | null; valueFen: number | null }[];
  milestones: { title: string; dueOn: string | null }[];
  createdByAccountId: string | null;
}

const projectSubject = (projectId: string) => ({ type: 'ResourcesProject', id: projectId });

export async function createProject(em: EntityManager, p: NewProject): Promise<string> {
  const matched = await em.execute(
    `update resources_need set status = 'MATCHED', updated_at = now() where id = ? and community_id = ? and status = any(?::text[]) returning id`,
    [p.needId, p.communityId, pgArray(NEED_MATCHABLE)],
  );
  if (!matched[0]) throw new UserFacingError('INVALID_STATE', ['input', 'needId'], { state: await needState(em, p.needId) });
  const ids = p.resources.map((r) => r.resourceId);
  const live: { id: string; value_fen: string }[] = await em.execute(
    `select id, value_fen from resources_resource where community_id = ? and active and id = any(?::uuid[])`,
    [p.communityId, uuidArray(ids)],
  );
  const missing = p.resources.findIndex((r) => !live.some((l) => l.id === r.resourceId));
  if (missing >= 0) throw new UserFacingError('RESOURCES_RESOURCE_INACTIVE', ['input', 'resources', String(missing)]);
  const id = uuidv7();
  await em.execute(
    `insert into resources_project (id, community_id, need_id, title, description, owner_account_id, budget_fen, status, created_by_account_id)
     values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)`,
    [id, p.communityId, p.needId, p.title, p.description, p.ownerAccountId, p.budgetFen, p.createdByAccountId],
  );
  for (const r of p.resources) {
    const value = r.valueFen ?? Number(live.find((l) => l.id === r.resourceId)!.value_fen);
    await em.execute(`insert into resources_project_resource (id, community_id, project_id, resource_id, quantity, value_fen) values (?, ?, ?, ?, ?, ?)`, [
      uuidv7(),
      p.communityId,
      id,
      r.resourceId,
      r.quantity,
      value,
    ]);
  }
  for (const [i, m] of p.milestones.entries()) {
    await em.execute(`insert into resources_milestone (id, community_id, project_id, title, due_on, position) values (?, ?, ?, ?, ?, ?)`, [
      uuidv7(),
      p.communityId,
      id,
      m.title,
      m.dueOn,
      i,
    ]);
  }
  recordEvent(em, RESOURCES_EVENTS.ProjectCreated, {
    communityId: p.communityId,
    subject: projectSubject(id),
    data: { projectId: id, needId: p.needId, resourceIds: ids, budgetFen: p.budgetFen },
  });
  return id;
}

async function lockProject(em: EntityManager, communityId: string, id: string): Promise<{ status: P; need_id: string } | null> {
  const rows: { status: P; need_id: string }[] = await em.execute(
    `select status, need_id from resources_project where id = ? and community_id = ? for update`,
    [id, communityId],
  );
  return rows[0] ?? null;
}

export async function transition(em: EntityManager, communityId: string, id: string, action: ProjectAction, reason: string | null): Promise<void> {
  const p = await lockProject(em, communityId, id);
  if (!p || !PROJECT_FROM[action].includes(p.status)) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: p?.status ?? 'UNKNOWN' });
  if (action === 'complete') {
    const [open] = await em.execute(`select count(*)::int n from resources_milestone where project_id = ? and done_at is null`, [id]);
    if (open.n > 0) throw new UserFacingError('RESOURCES_MILESTONES_OPEN', ['input', 'id'], { count: open.n });
  }
  const rows = await em.execute(
    `update resources_project set status = ?, updated_at = now(),
        started_at = case when ? = 'IN_PROGRESS' then now() else started_at end,
        done_at = case when ? = 'DONE' then now() else done_at end,
        reason = case when ? = 'CANCELLED' then ? else reason end
      where id = ? and status = any(?::text[]) returning need_id`,
    [PROJECT_TO[action], PROJECT_TO[action], PROJECT_TO[action], PROJECT_TO[action], reason, id, pgArray(PROJECT_FROM[action])],
  );
  if (!rows[0]) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: p.status });
  const needId = rows[0].need_id as string;
  if (action === 'start') recordEvent(em, RESOURCES_EVENTS.ProjectStarted, { communityId, subject: projectSubject(id), data: { projectId: id } });
  if (action === 'complete') {
    recordEvent(em, RESOURCES_EVENTS.ProjectCompleted, { communityId, subject: projectSubject(id), data: { projectId: id, needId } });
    const met = await em.execute(
      `update resources_need set status = 'MET', met_at = now(), updated_at = now() where id = ? and status = 'MATCHED' returning id`,
      [needId],
    );
    if (met[0]) recordEvent(em, RESOURCES_EVENTS.NeedMet, { communityId, subject: needSubject(needId), data: { needId, projectId: id } });
  }
  if (action === 'cancel') {
    recordEvent(em, RESOURCES_EVENTS.ProjectCancelled, { communityId, subject: projectSubject(id), data: { projectId: id, needId } });
    // The need waits for another match.
    await em.execute(`update resources_need set status = 'OPEN', updated_at = now() where id = ? and status = 'MATCHED'`, [needId]);
  }
}

export async function addMilestone(em: EntityManager, communityId: string, projectId: string, title: string, dueOn: string | null): Promise<string> {
  const p = await lockProject(em, communityId, projectId);
  if (!p || !MILESTONE_EDITABLE.includes(p.status)) throw new UserFacingError('INVALID_STATE', ['input', 'projectId'], { state: p?.status ?? 'UNKNOWN' });
  const id = uuidv7();
  await em.execute(
    `insert into resources_milestone (id, community_id, project_id, title, due_on, position)
     values (?, ?, ?, ?, ?, (select coalesce(max(position) + 1, 0) from resources_milestone where project_id = ?))`,
    [id, communityId, projectId, title, dueOn, projectId],
  );
  recordEvent(em, RESOURCES_EVENTS.MilestoneChanged, { communityId, subject: projectSubject(projectId), data: { projectId, milestoneId: id, done: false } });
  return id;
}

/** Ticks or unticks a milestone while its project is live; a repeated tick keeps the first time. */
export async function setMilestone(em: EntityManager, communityId: string, projectId: string, milestoneId: string, done: boolean): Promise<void> {
  const p = await lockProject(em, communityId, projectId);
  if (!p || !MILESTONE_EDITABLE.includes(p.status)) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: p?.status ?? 'UNKNOWN' });
  const rows = await em.execute(
    `update resources_milestone set done_at = case when ? then coalesce(done_at, now()) else null end, updated_at = now()
      where id = ? and project_id = ? and (done_at is null) = ? returning id`,
    [done, milestoneId, projectId, done],
  );
  if (rows[0]) recordEvent(em, RESOURCES_EVENTS.MilestoneChanged, { communityId, subject: projectSubject(projectId), data: { projectId, milestoneId, done } });
}
