// `node(id:)` / `nodes(ids:)`: any object by global id, if the caller may read its type in the
// active community. Foreign, missing and forbidden objects all answer null (NOT_FOUND alike).
import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { parseGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Requires, SIGNED_IN } from '../../schema/requires';

async function load(ctx: Ctx, id: string): Promise<object | null> {
  const parsed = parseGlobalId(id);
  if (!parsed) return null;
  for (const m of ctx.app.registry.list()) {
    const decl = m.nodes?.[parsed.type];
    if (!decl) continue;
    const access = await ctx.access();
    if (m.key !== 'core' && !access.enabledModules.has(m.key)) return null;
    if (!access.permissions.has(decl.permission)) return null;
    return ctx.loaders.entity(decl.entity as any).load(parsed.id);
  }
  return null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: '节点 — fetch any object by its global id' })
  @Requires('core', SIGNED_IN)
  node(@Arg('id', () => ID, { description: '全局 ID — global id' }) id: string, @Context() ctx: Ctx) {
    return load(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: '节点列表 — fetch several objects by global id (max 100)' })
  @Requires('core', SIGNED_IN)
  nodes(@Arg('ids', () => [ID], { description: '全局 ID 列表 — global ids' }) ids: string[], @Context() ctx: Ctx) {
    return Promise.all(ids.slice(0, 100).map((id) => load(ctx, id)));
  }
}
