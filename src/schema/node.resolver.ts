// `node(id:)` / `nodes(ids:)`: any object by global id, if the caller may read its type in the
// active community. Foreign, missing and forbidden objects all answer null (NOT_FOUND alike).
import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from './context';
import { parseGlobalId } from './global-id';
import { Node } from './node';
import { Requires, SIGNED_IN } from './requires';
import { TenantEntity } from '../db/base.entity';
import { Community, District, Street } from './tenancy/community.entity';
import { mayReadDistrict, mayReadStreet } from './tenancy/tier.lookups';

/**
 * Whether a loaded object is within the active community's reach. Tenant rows are scoped by the
 * ORM filter already (checked again here); rows above tenants are visible only from a community
 * they belong to: the community itself, its street and district (or one the caller administers). Any
 * other non-tenant type is denied.
 */
async function inReach(ctx: Ctx, obj: object, communityId: string): Promise<boolean> {
  if (obj instanceof TenantEntity) return obj.communityId === communityId;
  if (obj instanceof Community) return obj.id === communityId;
  if (obj instanceof Street) {
    if (ctx.viewer?.platformAdmin) return true;
    const active = await ctx.loaders.entity(Community).load(communityId);
    if (active?.street?.id === obj.id) return true;
    return mayReadStreet(ctx, obj.id);
  }
  if (obj instanceof District) {
    if (ctx.viewer?.platformAdmin) return true;
    const active = await ctx.loaders.entity(Community).load(communityId);
    const street = active?.street ? await ctx.loaders.entity(Street).load(active.street.id) : null;
    if (street?.district?.id === obj.id) return true;
    return mayReadDistrict(ctx, obj.id);
  }
  return false;
}

/** Loads an object of a node type by its database id, or null when the caller may not see it. */
export async function loadNode(ctx: Ctx, type: string, id: string): Promise<object | null> {
  for (const m of ctx.app.registry.list()) {
    const decl = m.nodes?.[type];
    if (!decl) continue;
    const access = await ctx.access();
    if (!access.communityId) return null;
    if (!access.enabledModules.has(m.key)) return null;
    if (!access.permissions.has(decl.permission)) return null;
    const obj = await ctx.loaders.entity(decl.entity as any).load(id);
    return obj && (await inReach(ctx, obj, access.communityId)) && (!decl.inScope || (await decl.inScope(ctx, obj))) ? obj : null;
  }
  return null;
}

async function load(ctx: Ctx, id: string): Promise<object | null> {
  const parsed = parseGlobalId(id);
  return parsed ? loadNode(ctx, parsed.type, parsed.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: '节点 — fetch any object by its global id' })
  @Requires('tenancy', SIGNED_IN)
  node(@Arg('id', () => ID, { description: '全局 ID — global id' }) id: string, @Context() ctx: Ctx) {
    return load(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: '节点列表 — fetch several objects by global id (max 100)' })
  @Requires('tenancy', SIGNED_IN)
  nodes(@Arg('ids', () => [ID], { description: '全局 ID 列表 — global ids' }) ids: string[], @Context() ctx: Ctx) {
    return Promise.all(ids.slice(0, 100).map((id) => load(ctx, id)));
  }
}
