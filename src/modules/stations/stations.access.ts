// Whether a booking is the caller's, and who may see it.
import type { Ctx } from '../../schema/context';
import type { StationBooking } from './station.entity';

/** A login's own booking (integrator keys own none). */
export const isMine = (ctx: Ctx, b: StationBooking) => !ctx.viewer?.apiKey && !!ctx.viewer?.accountId && b.accountId === ctx.viewer.accountId;

/** Staff who record attendance see every booking; anyone else only their own. */
export async function canSeeBooking(ctx: Ctx, b: StationBooking): Promise<boolean> {
  return isMine(ctx, b) || (await ctx.can('stations.attend'));
}
