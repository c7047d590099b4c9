// What the viewer may do, for UIs that show only the buttons that work: the effective permissions
// in the active community — exactly the set the @Requires guard checks (src/plugins/access.ts:
// role defaults of enabled modules ± the community's overrides, or an API key's own list) — and
// the catalogue of every permission the installed modules declare, for API-key and role screens.
import { Ctx as Context, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { Requires, SIGNED_IN } from '../requires';
import { ROLES } from '../roles';
import { Community } from './community.entity';
import { RoleKind } from './tenancy.enums';

@ObjectType('PermissionInfo', { description: '权限说明 — one permission key of an installed module, for API-key and role screens' })
export class PermissionInfo {
  @Field({ description: '权限标识 — full key as API keys and overrides name it, e.g. dispatch.request.take' }) key!: string;
  @Field({ description: '模块标识 — key of the module declaring it' }) module!: string;
  @Field({ description: '模块名称 — module name (zh-CN or en, by the request language)' }) moduleName!: string;
  @Field({ description: '操作 — the action without the module prefix, as role overrides (grant / revoke) name it' }) action!: string;
  @Field({ description: '中文名称 — zh-CN name' }) nameZh!: string;
  @Field({ description: '英文名称 — en name' }) nameEn!: string;
  @Field({ description: '说明 — the name in the request language (zh-CN by default)' }) description!: string;
  @Field(() => [RoleKind], { description: '默认角色 — roles holding it by default where the module is enabled (before overrides)' })
  defaultRoles!: RoleKind[];
}

@Resolver(() => Community)
export class PermissionResolver {
  @Query(() => [PermissionInfo], { description: '权限目录 — every permission the installed modules declare' })
  @Requires('tenancy', SIGNED_IN)
  permissionCatalog(@Context() ctx: Ctx): PermissionInfo[] {
    const en = ctx.lang === 'en';
    return ctx.app.registry.list().flatMap((m) =>
      Object.entries(m.permissions).map(([action, text]) => ({
        key: `${m.key}.${action}`,
        module: m.key,
        moduleName: en ? m.name.en : m.name['zh-CN'],
        action,
        nameZh: text['zh-CN'],
        nameEn: text.en,
        description: en ? text.en : text['zh-CN'],
        defaultRoles: ROLES.filter((r) => m.roleDefaults[r]?.includes(action)) as string[] as RoleKind[],
      })),
    );
  }

  @FieldResolver(() => [String], {
    description: '我的权限 — effective permissions of the caller here (role defaults of enabled modules ± overrides; what the guard checks)',
  })
  async viewerPermissions(@Root() c: Community, @Context() ctx: Ctx): Promise<string[]> {
    return [...(await this.mine(c, ctx)).permissions].sort();
  }

  @FieldResolver(() => [RoleKind], { description: '我的角色 — roles of the caller here (with street and platform admin)' })
  async viewerRoles(@Root() c: Community, @Context() ctx: Ctx): Promise<RoleKind[]> {
    const roles = (await this.mine(c, ctx)).roles;
    return ROLES.filter((r) => roles.has(r)) as string[] as RoleKind[];
  }

  @FieldResolver(() => [String], { description: '已启用模块 — keys of the modules enabled here' })
  async viewerModules(@Root() c: Community, @Context() ctx: Ctx): Promise<string[]> {
    return [...(await this.mine(c, ctx)).enabledModules].sort();
  }

  /** The guard's own access: only the active community's is known (as for `modules`). */
  private async mine(c: Community, ctx: Ctx) {
    const access = await ctx.access();
    if (access.communityId !== c.id) throw new AppError('NOT_FOUND');
    return access;
  }
}
