// The PIPL access log, for admins: who read whose personal data in clear, which fields, why and
// when. Read-only here; the table itself rejects UPDATE and DELETE.
import { Args, ArgsType, Ctx as Context, Field, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { Requires } from '../../schema/requires';
import { PersonalDataAccess } from './access-log.entity';

const AccessConnection = Connection(PersonalDataAccess, 'PersonalDataAccess', '个人信息访问记录');

@ArgsType()
class AccessLogArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '居民 — only reads of this resident' }) resident?: string | null;
}

@Resolver(() => PersonalDataAccess)
export class AccessLogResolver {
  @Query(() => AccessConnection, { description: '个人信息访问记录 — unmasked reads of personal data, newest first (admins)' })
  @Requires('core', 'core.accessLog.read')
  personalDataAccessLog(@Args() args: AccessLogArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (args.resident) where.subjectId = fromGlobalId(args.resident, 'Resident');
    return paginate(ctx.em, PersonalDataAccess, where, args);
  }
}
