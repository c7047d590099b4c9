// Negative control of grid care: an overdue scan that reads the members to notify, waits, then marks
// them — concurrent scans publish the same member twice; tests/grid/grid-care.test.ts must catch it.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { uuidArray } from '../../src/db/sql';
import { dueSql, OVERDUE_MARKS } from '../../src/modules/grid/care.service';
import { todaySql } from '../../src/schema/calendar';

export const naiveGrid: StrategyOverride[] = [
  replaceStrategy(OVERDUE_MARKS, {
    async mark(em, cid, timeZone) {
      const conn = em.getConnection();
      const trx = em.getTransactionContext();
      const rows: { id: string; resident_id: string }[] = await conn.execute(
        `select m.id, m.resident_id from grid_care_member m where m.community_id = ? and m.ends_on is null and ${dueSql('m', timeZone)} < ${todaySql(timeZone)}
        and (m.overdue_notified_at is null or m.overdue_notified_at < coalesce(m.last_visit_at, m.starts_on::timestamptz))`,
        [cid],
        'all',
        trx,
      );
      await conn.execute('select pg_sleep(0.2)', [], 'all', trx);
      if (rows.length)
        await conn.execute(`update grid_care_member set overdue_notified_at = now() where id = any(?::uuid[])`, [uuidArray(rows.map((r) => r.id))], 'all', trx);
      return rows;
    },
  }),
];
