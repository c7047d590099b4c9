// Negative control of party service items: read the claimed count, wait, then write it back
// (read-modify-write); tests/party/party.test.ts must see several claimers through.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { ITEM_PLACES } from '../../src/modules/party/service.resolver';

export const naiveParty: StrategyOverride[] = [
  replaceStrategy(ITEM_PLACES, {
    async take(em, item) {
      const [cur] = await em.execute(`select claimed_count, capacity from party_service_item where id = ?`, [item.id]);
      await new Promise((r) => setTimeout(r, 30));
      if (cur.claimed_count >= cur.capacity) throw new UserFacingError('PARTY_ITEM_FULL');
      await em.execute(`update party_service_item set claimed_count = ?, updated_at = now() where id = ?`, [cur.claimed_count + 1, item.id]);
    },
  }),
];
