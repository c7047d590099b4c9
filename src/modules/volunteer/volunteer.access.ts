// The caller's own volunteer record, and who may see a volunteer.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { VolunteerMember } from './volunteer.entity';

/** The caller's own volunteer record in the community, if registered. */
export async function myMember(ctx: Ctx, em: EntityManager = ctx.em): Promise<VolunteerMember | null> {
  const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
  if (!accountId) return null;
  return em.findOne(VolunteerMember, { accountId });
}

/** Organizers and reporters see every volunteer; anyone else only themself. */
export async function canSeeMember(ctx: Ctx, m: VolunteerMember): Promise<boolean> {
  if ((await ctx.can('volunteer.organize')) || (await ctx.can('volunteer.manage')) || (await ctx.can('volunteer.report'))) return true;
  return !!m.accountId && m.accountId === ctx.viewer?.accountId && !ctx.viewer?.apiKey;
}
