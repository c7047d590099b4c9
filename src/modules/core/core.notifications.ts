// Core's notification audience: `core.household` — the login accounts of a household's residents
// (through their membership's resident record), so other modules' rules can notify a household.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { accountsOfHouseholds, householdsOfAccounts } from './public';

export const coreNotifications: NotificationDeclarations = {
  audiences: {
    household: {
      accounts: (em, communityId, ids) => accountsOfHouseholds(em, communityId, ids),
      of: async (em, communityId, accountId) => [...(await householdsOfAccounts(em, communityId, [accountId])).values()].filter((h): h is string => !!h),
    },
  },
};
