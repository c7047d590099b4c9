// Graph edge from a volunteer member into core's five-forces registry (src/schema/edges.ts).
// Volunteer owns it: the member holds the registry record's id; core knows nothing of volunteer.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { Volunteer, volunteerEdge } from '../core/public';
import { VolunteerHoursRecord, VolunteerMember } from './volunteer.entity';
import { VolunteerHoursTotal } from './volunteer-hours.resolver';
import { canSeeMember } from './volunteer.access';

@Resolver(() => VolunteerMember)
export class VolunteerMemberEdgesResolver {
  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: '五社志愿者 — the linked registry record (志愿者); null when not linked or the viewer may not read the registry',
  })
  volunteerRecord(@Root() m: VolunteerMember, @Context() ctx: Ctx) {
    return edge(ctx, volunteerEdge, m.volunteerRecordId);
  }
}

// In-module edges (no other module involved): the same batched, tenant-filtered loaders.
@Resolver(() => VolunteerHoursRecord)
export class VolunteerHoursRecordEdgesResolver {
  @FieldResolver(() => VolunteerHoursRecord, { nullable: true, description: '更正对象 — the record this one corrects (更正); null for an original record' })
  corrects(@Root() r: VolunteerHoursRecord, @Context() ctx: Ctx) {
    return r.correctsId ? ctx.loaders.entity(VolunteerHoursRecord).load(r.correctsId) : null;
  }
}

@Resolver(() => VolunteerHoursTotal)
export class VolunteerHoursTotalEdgesResolver {
  @FieldResolver(() => VolunteerMember, {
    nullable: true,
    description: '志愿者 — the volunteer (志愿者) of the total; null when the viewer may not see the member record',
  })
  async member(@Root() t: VolunteerHoursTotal, @Context() ctx: Ctx) {
    const m = await ctx.loaders.entity(VolunteerMember).load(t.memberRawId);
    return m && (await canSeeMember(ctx, m)) ? m : null;
  }
}
