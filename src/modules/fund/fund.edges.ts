// The fund's side of graph edges from other modules (ResourcesProject.fundingDisbursement):
// disbursement requests by raw id, batched, for callers who read the fund (fund.read, as
// `fundDisbursements` and node(id:)); the tenant filter keeps other communities' out.
import { defineEdgeTarget, visibleOnly } from '../../schema/edges';
import { FundDisbursement } from './disbursement.entity';

export const fundDisbursementEdge = defineEdgeTarget<FundDisbursement>({
  module: 'fund',
  key: 'fund:FundDisbursement',
  async load(ctx, ids) {
    if (!(await ctx.can('fund.read'))) return ids.map(() => null);
    return visibleOnly(await ctx.loaders.entity(FundDisbursement).loadMany([...ids]), () => true);
  },
});
