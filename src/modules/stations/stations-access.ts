// Settings of the stations module in the caller's community, and whether a booking is the caller's.
import type { Ctx } from '../../schema/context';
import { effectiveModuleSettings } from '../../plugins/community-modules';
import { stationsSettings, type StationsSettings } from './stations.settings';
import type { StationBooking } from './station.entity';

/** Effective settings, read once per operation (field resolvers of many stations share them). */
export async function settingsOf(ctx: Ctx): Promise<StationsSettings> {
  const { communityId } = await ctx.access();
  const loader = ctx.loaders.named<string, StationsSettings>('stations.settings', async (ids) =>
    Promise.all(ids.map(async (id) => stationsSettings.parse((await effectiveModuleSettings(ctx.em, ctx.app.registry, ctx.app.presets, id, 'stations')) ?? {}))));
  return loader.load(communityId!);
}

/** A login's own booking (integrator keys own none). */
export const isMine = (ctx: Ctx, b: StationBooking) => !ctx.viewer?.apiKey && !!ctx.viewer?.accountId && b.accountId === ctx.viewer.accountId;

/** Staff who record attendance see every booking; anyone else only their own. */
export async function canSeeBooking(ctx: Ctx, b: StationBooking): Promise<boolean> {
  return isMine(ctx, b) || (await ctx.can('stations.attend'));
}
