// Integrator API keys: scoped to one community and a permission set no wider than the creator's.
// The secret is returned once at creation; only its hash is kept.
import { Arg, Args, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../context';
import { AppError, UserFacingError, type UserErrorShape } from '../errors';
import { fromGlobalId } from '../global-id';
import { Connection, ConnectionArgs, paginate } from '../connection';
import { check, mutate, Payload } from '../mutation';
import { Requires } from '../requires';
import { UserError } from '../user-error';
import { recordEvent } from '../../plugins/events/record-event';
import { ApiKey } from './auth.entity';
import { newApiKey } from './token.service';
import { TENANCY_EVENTS } from '../tenancy/tenancy.events';

const ApiKeyConnection = Connection(ApiKey, 'ApiKey', '接口密钥');
const ApiKeyPayload = Payload(ApiKey, 'apiKey', 'ApiKey', '接口密钥');

@InputType({ description: '新建接口密钥 — create an API key for an integrator' })
class ApiKeyCreateInput {
  @Field({ description: '名称 — what the key is for' }) name!: string;
  @Field(() => [String], { description: '权限 — permissions, e.g. core.household.read (no wider than yours)' }) permissions!: string[];
}

@InputType({ description: '吊销接口密钥 — revoke an API key' })
class ApiKeyRevokeInput {
  @Field(() => ID, { description: '接口密钥 — the key' }) id!: string;
}

@ObjectType({ description: '新接口密钥 — a created key with its secret, shown only this once' })
class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true, description: '接口密钥 — the key' }) apiKey!: ApiKey | null;
  @Field(() => String, { nullable: true, description: '密钥 — the secret; store it now, it cannot be shown again' }) secret!: string | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: '接口密钥 — API keys of the community' })
  @Requires('tenancy', 'tenancy.apiKey.manage')
  apiKeys(@Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, ApiKey, {}, args);
  }

  @Mutation(() => ApiKeyCreatePayload, { description: '新建接口密钥 — create an API key; the secret is returned once' })
  @Requires('tenancy', 'tenancy.apiKey.manage')
  async apiKeyCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ApiKeyCreateInput, @Context() ctx: Ctx): Promise<ApiKeyCreatePayload> {
    const access = await ctx.access();
    let secret: string | null = null;
    const r = await mutate(ctx, async (em) => {
      const data = check(z.object({ name: z.string().trim().min(1).max(100), permissions: z.array(z.string()).min(1).max(200) }), input);
      const known = new Set(ctx.app.registry.permissionNames());
      for (const p of data.permissions) {
        if (!known.has(p)) throw new UserFacingError('PERMISSION_UNKNOWN', ['input', 'permissions'], { permission: p });
        if (!access.permissions.has(p)) throw new AppError('FORBIDDEN');
      }
      const k = newApiKey();
      secret = k.key;
      const key = em.create(ApiKey, {
        communityId: access.communityId!,
        name: data.name,
        prefix: k.prefix,
        secretHash: k.hash,
        permissions: data.permissions,
        createdBy: ctx.viewer?.accountId ?? null,
      });
      recordEvent(em, TENANCY_EVENTS.ApiKeyCreated, { communityId: access.communityId, subject: { type: 'ApiKey', id: key.id } });
      return key;
    });
    return { apiKey: r.value, secret: r.value ? secret : null, userErrors: r.userErrors };
  }

  @Mutation(() => ApiKeyPayload, { description: '吊销接口密钥 — revoke an API key at once' })
  @Requires('tenancy', 'tenancy.apiKey.manage')
  async apiKeyRevoke(@Arg('input', { description: '输入 — the mutation input' }) input: ApiKeyRevokeInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const key = await em.findOne(ApiKey, fromGlobalId(input.id, 'ApiKey'));
      if (!key) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      key.revokedAt ??= new Date();
      recordEvent(em, TENANCY_EVENTS.ApiKeyRevoked, { communityId: key.communityId, subject: { type: 'ApiKey', id: key.id } });
      return key;
    });
  }
}
