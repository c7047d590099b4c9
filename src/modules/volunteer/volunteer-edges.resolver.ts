// Graph edge from a volunteer member into core's five-forces registry (src/schema/edges.ts).
// Volunteer owns it: the member holds the registry record's id; core knows nothing of volunteer.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { Volunteer, volunteerEdge } from '../core/public';
import { VolunteerMember } from './volunteer.entity';

@Resolver(() => VolunteerMember)
export class VolunteerMemberEdgesResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: '五社志愿者 — the linked registry record (志愿者); null when not linked or the viewer may not read the registry' })
  volunteerRecord(@Root() m: VolunteerMember, @Context() ctx: Ctx) {
    return edge(ctx, volunteerEdge, m.volunteerRecordId);
  }
}
