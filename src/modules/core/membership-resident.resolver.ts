// 账号关联居民档案: which resident record a login is, in its community. Modules that act for a
// household (积分 per household, 民需 filed for oneself) follow membership.resident_id, so staff
// link (or unlink) it here; a resident record is linked to at most one active login.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { mutate } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Membership } from '../../schema/tenancy/membership.entity';
import { MembershipPayload } from '../../schema/tenancy/membership.resolver';
import { Resident } from './resident.entity';
import { TENANCY_EVENTS } from '../../schema/tenancy/tenancy.events';

@InputType({ description: "关联居民档案 — link a member's login to a resident record of the community, or unlink it" })
class MembershipResidentLinkInput {
  @Field(() => ID, { description: '成员 — the membership' }) id!: string;
  @Field(() => ID, { nullable: true, description: '居民 — the resident record; null unlinks' }) resident?: string | null;
}

@Resolver(() => Membership)
export class MembershipResidentResolver {
  @FieldResolver(() => Resident, { nullable: true, description: '居民档案 — the resident record this login is (null: not linked, or not visible to you)' })
  async resident(@Root() m: Membership, @Context() ctx: Ctx): Promise<Resident | null> {
    if (!m.residentId || !(await ctx.can('core.resident.read'))) return null;
    return ctx.loaders.entity(Resident).load(m.residentId);
  }

  @Mutation(() => MembershipPayload, { description: '关联居民档案 — link a login to its resident record (or unlink with resident: null)' })
  @Requires('core', 'core.membership.linkResident')
  async membershipResidentLink(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipResidentLinkInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'Membership');
      const residentId = input.resident ? fromGlobalId(input.resident, 'Resident') : null;
      // Tenant-scoped lookups: another community's membership or resident answers NOT_FOUND.
      const [m] = await em.execute('select id from membership where id = ? and community_id = ? for update', [id, communityId]);
      if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (residentId) {
        // The resident's row lock serialises two links of the same resident.
        const [r] = await em.execute('select moved_out_at from resident where id = ? and community_id = ? for update', [residentId, communityId]);
        if (!r) throw new UserFacingError('NOT_FOUND', ['input', 'resident']);
        if (r.moved_out_at) throw new UserFacingError('RESIDENT_MOVED_OUT', ['input', 'resident']);
        const [other] = await em.execute('select 1 from membership where community_id = ? and resident_id = ? and active and id <> ?', [
          communityId,
          residentId,
          id,
        ]);
        if (other) throw new UserFacingError('RESIDENT_ALREADY_LINKED', ['input', 'resident']);
      }
      await em.execute('update membership set resident_id = ?, updated_at = now() where id = ?', [residentId, id]);
      recordEvent(em, TENANCY_EVENTS.MemberUpdated, { communityId, subject: { type: 'Membership', id }, data: { residentLinked: !!residentId } });
      return em.findOneOrFail(Membership, { id }, { refresh: true });
    });
  }
}
