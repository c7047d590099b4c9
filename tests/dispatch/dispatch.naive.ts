// Negative control of dispatch: a transition that trusts the state it read before (no compare-and-set
// on the write) and waits a little; tests/dispatch/dispatch-race.test.ts must see several claimers win.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { TRANSITION_GUARD } from '../../src/modules/dispatch/request.service';

export const naiveDispatch: StrategyOverride[] = [
  replaceStrategy(TRANSITION_GUARD, {
    async conditions() {
      await new Promise((r) => setTimeout(r, 30));
      return { sql: '', params: [] };
    },
  }),
];
