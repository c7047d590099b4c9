// 积分账户 GraphQL: your account, staff views of any account, statements (entries with the
// running balance, newest first) and the transactions behind them.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { Requires } from '../../schema/requires';
import { PointsAccount, PointsEntry, PointsTransaction } from './points-ledger.entity';
import { PointsAccountKind } from './points.enums';
import { canSeeAccount, ownAccountId } from './points.access';

const AccountConnection = Connection(PointsAccount, 'PointsAccount', '积分账户');
const EntryConnection = Connection(PointsEntry, 'PointsEntry', '积分分录');

@ArgsType()
class AccountsArgs extends ConnectionArgs {
  @Field(() => PointsAccountKind, { nullable: true, description: '类型 — only this kind (SYSTEM needs points.report)' }) kind?: PointsAccountKind | null;
}

@Resolver(() => PointsAccount)
export class PointsAccountResolver {
  @Query(() => PointsAccount, { nullable: true, description: "我的积分 — your household's (or your own) account; null until it first moves" })
  @Requires('points', 'points.read')
  async pointsMyAccount(@Context() ctx: Ctx) {
    const id = await ownAccountId(ctx, ctx.em, false);
    return id ? ctx.em.findOne(PointsAccount, { id }) : null;
  }

  @Query(() => PointsAccount, { nullable: true, description: '积分账户 — one account by id (yours, or any for staff)' })
  @Requires('points', 'points.read')
  async pointsAccount(@Arg('id', () => ID, { description: '积分账户 ID — account id' }) id: string, @Context() ctx: Ctx) {
    const a = await ctx.em.findOne(PointsAccount, { id: fromGlobalId(id, 'PointsAccount') });
    return a && (await canSeeAccount(ctx, a)) ? a : null;
  }

  @Query(() => AccountConnection, { description: '积分账户列表 — accounts of the community (staff)' })
  @Requires('points', 'points.manage')
  async pointsAccounts(@Args() args: AccountsArgs, @Context() ctx: Ctx) {
    const kind = args.kind ?? { $ne: PointsAccountKind.SYSTEM };
    if (args.kind === PointsAccountKind.SYSTEM && !(await ctx.can('points.report'))) return paginate(ctx.em, PointsAccount, { id: null } as any, args);
    return paginate(ctx.em, PointsAccount, { kind } as any, args);
  }

  @FieldResolver(() => EntryConnection, { description: '对账单 — statement: entries with the running balance, newest first' })
  entries(@Root() a: PointsAccount, @Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    // The account itself was only returned to a caller who may see it.
    return paginate(ctx.em, PointsEntry, { accountId: a.id }, args);
  }
}

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(() => PointsTransaction, { description: '交易 — the transaction this entry belongs to' })
  transaction(@Root() e: PointsEntry, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PointsTransaction).load(e.transactionId);
  }
}
