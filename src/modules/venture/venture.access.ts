// The caller as the venture rules see them: community, account, permissions; and the facts of one
// call (on its panel?) and application (its applicant?) that venture.policy.ts decides on.
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import {
  VentureApplication as VentureApplicationEntity,
  VentureCall as VentureCallEntity,
  type VentureCall,
  type VentureApplication,
  type VentureMilestone,
} from './venture.entity';
import { ventureAllows, type VentureAction, type VentureFacts } from './venture.policy';

export interface Actor {
  communityId: string;
  accountId: string | null;
  permissions: ReadonlySet<string>;
}

export async function actorOf(ctx: Ctx): Promise<Actor> {
  const a = await ctx.access();
  if (!a.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  return { communityId: a.communityId, accountId: ctx.viewer?.accountId ?? null, permissions: a.permissions };
}

export function factsOf(actor: Actor, call?: VentureCall | null, app?: VentureApplication | null): VentureFacts {
  return {
    permissions: actor.permissions,
    panel: !!call && !!actor.accountId && call.panelAccountIds.includes(actor.accountId),
    applicant: !!app && !!actor.accountId && app.applicantAccountId === actor.accountId,
  };
}

export async function allows(ctx: Ctx, action: VentureAction, call?: VentureCall | null, app?: VentureApplication | null): Promise<boolean> {
  return ventureAllows(action, factsOf(await actorOf(ctx), call, app));
}

/** An application the caller may see: every one for staff and the call's panel, otherwise one's own. */
export async function applicationVisible(ctx: Ctx, app: VentureApplication): Promise<boolean> {
  const call = await ctx.loaders.entity(VentureCallEntity).load(app.callId);
  if (await allows(ctx, 'readAll', call, app)) return true;
  return (await allows(ctx, 'read', call, app)) && (await actorOf(ctx)).accountId === app.applicantAccountId;
}

/** A milestone is seen with its application. */
export async function milestoneVisible(ctx: Ctx, m: VentureMilestone): Promise<boolean> {
  const app = await ctx.loaders.entity(VentureApplicationEntity).load(m.applicationId);
  return !!app && applicationVisible(ctx, app);
}
