// What other modules may use of the fund: event definitions, global id type names and a lookup (the money scalar Fen is the platform's).
import type { EntityManager } from '@mikro-orm/postgresql';
/** Definitions of the fund's events (`on(FUND_EVENTS.DisbursementPaid, …)` in a handler). */
export { FUND_EVENTS } from './fund.events';
export const FUND_TYPE = 'Fund';
export const FUND_DISBURSEMENT_TYPE = 'FundDisbursement';
export const FUND_DONATION_TYPE = 'FundDonation';
// Graph edges into the fund (src/schema/edges.ts): the object type and its checked, batched lookup.
export { FundDisbursement } from './disbursement.entity';
export { fundDisbursementEdge } from './fund.edges';

/** Whether `fundId` is an active fund of the community (a module naming the fund that will pay checks it first). */
export async function fundIsActive(em: EntityManager, communityId: string, fundId: string): Promise<boolean> {
  const [row] = await em.execute(`select active from fund_fund where id = ? and community_id = ?`, [fundId, communityId]);
  return !!row?.active;
}
