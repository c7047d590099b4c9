// Scheduled: publish grid.CareVisitOverdue in every community that has grid enabled. The scan is
// one conditional write per community, so processes running it together publish once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../../plugins/module-contract';
import { dueSql, notifyOverdue } from './care.service';

export async function careOverdueJob({ em, settings }: JobContext): Promise<void> {
  const rows = await em
    .getConnection()
    // Candidates in any zone up to a day ahead of UTC; each community's scan uses its own calendar.
    .execute<{ community_id: string }[]>(
      `select distinct m.community_id from grid_care_member m where m.ends_on is null and ${dueSql('m', 'UTC')} <= current_date + 1`,
    );
  for (const { community_id: cid } of rows) {
    if (!(await settings(cid))) continue;
    const fork = em.fork() as EntityManager;
    fork.setFilterParams('tenant', { communityId: cid });
    await fork.transactional((tem) => notifyOverdue(tem as EntityManager));
  }
}
