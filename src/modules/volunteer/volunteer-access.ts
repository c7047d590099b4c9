// Settings and the caller's own volunteer record.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { settingsFromAccess } from '../../plugins/community-modules';
import { VolunteerMember } from './volunteer.entity';
import { volunteerSettings, type VolunteerSettings } from './volunteer.settings';

/** The community's volunteer settings, from the rows the caller's access was loaded with (no query). */
export async function settingsOf(ctx: Ctx): Promise<VolunteerSettings> {
  const s = settingsFromAccess(ctx.app.registry, ctx.app.presets, await ctx.access(), 'volunteer');
  return (s ?? volunteerSettings.parse({})) as VolunteerSettings;
}

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
