// Negative control of 公益创投: a transition that reads the row's state, checks it in application
// code and then writes without a condition on the state; tests/venture/venture.concurrency.test.ts
// must catch the double award and the double payment request it lets through.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { STATE_GUARD } from '../../src/modules/venture/venture.service';

export const naiveVenture: StrategyOverride[] = [
  replaceStrategy(STATE_GUARD, {
    async conditions(em, row, from) {
      const [cur]: { status: string }[] = await em.execute(`select status from ${row.table} where ${row.column} = ?`, [row.value]);
      if (!cur || !from.includes(cur.status)) return { sql: ' and false', params: [] };
      await new Promise((res) => setTimeout(res, 20));
      return { sql: '', params: [] };
    },
  }),
];
