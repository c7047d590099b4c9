// Webhook endpoints (回调地址) managed by the community's admins, and their delivery log (投递记录).
// An endpoint's permissions are chosen like an API key's (no wider than its creator's) and decide
// which events it receives; its secret is returned once, at creation and at each rotation.
import { Arg, Args, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError, type UserErrorShape } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { UserError } from '../../schema/user-error';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entity';
import { checkTarget, TargetRefused } from './webhook.target';
import { dispatcherOf, newWebhookSecret, SECRET_AAD } from './webhook.dispatcher';
import { personalDataKeysOf, seal } from '../../schema/personal-crypto';

const MANAGE = 'webhooks.endpoint.manage';

const EndpointConnection = Connection(WebhookEndpoint, 'WebhookEndpoint', '回调地址');
const DeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery', '投递记录');
const EndpointPayload = Payload(WebhookEndpoint, 'webhookEndpoint', 'WebhookEndpoint', '回调地址');
const DeliveryPayload = Payload(WebhookDelivery, 'webhookDelivery', 'WebhookDelivery', '投递记录');

@InputType({ description: '新建回调地址 — create a webhook endpoint' })
class WebhookEndpointCreateInput {
  @Field({ description: '地址 — the target URL (http or https, on a public address)' }) url!: string;
  @Field({ nullable: true, description: '说明 — what the endpoint is for' }) description?: string;
  @Field(() => [String], { nullable: true, description: '事件类型 — deliver only these event types (default: every type it may see)' })
  eventTypes?: string[] | null;
  @Field(() => [String], { nullable: true, description: '权限 — permissions payloads are resolved under (no wider than yours; default: yours)' })
  permissions?: string[] | null;
}

@InputType({ description: '修改回调地址 — change a webhook endpoint' })
class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: '回调地址 — the endpoint' }) id!: string;
  @Field({ nullable: true, description: '地址 — a new target URL' }) url?: string;
  @Field({ nullable: true, description: '说明 — a new description' }) description?: string;
  @Field(() => [String], { nullable: true, description: '事件类型 — new event type filter (empty: every type)' }) eventTypes?: string[] | null;
  @Field(() => [String], { nullable: true, description: '权限 — new permissions (no wider than yours)' }) permissions?: string[] | null;
  @Field({ nullable: true, description: '启用 — switch deliveries on (pending ones resume) or off' }) enabled?: boolean;
}

@InputType({ description: '指定回调地址 — names one webhook endpoint' })
class WebhookEndpointIdInput {
  @Field(() => ID, { description: '回调地址 — the endpoint' }) id!: string;
}

@InputType({ description: '重新投递 — send a delivery again' })
class WebhookRedeliverInput {
  @Field(() => ID, { description: '投递记录 — the delivery to send again (same webhook-id)' }) id!: string;
}

@ObjectType({ description: '回调地址与密钥 — an endpoint with its signing secret, shown only this once' })
class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: '回调地址 — the endpoint' }) webhookEndpoint!: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: '签名密钥 — the whsec_ secret; store it now, it cannot be shown again' }) secret!: string | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@ObjectType({ description: '删除回调地址结果 — result of deleting an endpoint' })
class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true, description: '已删除 — id of the deleted endpoint' }) deletedId!: string | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

const listSchema = z.array(z.string().trim().min(1).max(200)).max(200);

/** Checks a URL for an endpoint; a refused one is a typed user error on `input.url`. */
async function targetOf(ctx: Ctx, url: string): Promise<string> {
  try {
    return (await checkTarget(url.trim(), ctx.app.config.webhooks.allowPrivate)).toString();
  } catch (e) {
    if (e instanceof TargetRefused) throw new UserFacingError(e.problem, ['input', 'url']);
    throw e;
  }
}

async function checkFilters(ctx: Ctx, eventTypes: string[] | null | undefined, permissions: string[] | null | undefined) {
  const access = await ctx.access();
  const known = new Set(ctx.app.registry.permissionNames());
  const types = new Set(ctx.app.registry.list().flatMap((m) => (m.events?.publishes ?? []).map((p) => p.type)));
  for (const t of listSchema.parse(eventTypes ?? [])) if (!types.has(t)) throw new UserFacingError('EVENT_TYPE_UNKNOWN', ['input', 'eventTypes'], { type: t });
  const perms = permissions ? listSchema.parse(permissions) : [...access.permissions].filter((p) => known.has(p));
  for (const p of perms) {
    if (!known.has(p)) throw new UserFacingError('PERMISSION_UNKNOWN', ['input', 'permissions'], { permission: p });
    if (!access.permissions.has(p)) throw new AppError('FORBIDDEN');
  }
  return { eventTypes: eventTypes ?? [], permissions: perms.sort() };
}

async function endpointOf(em: EntityManager, id: string, field = 'id'): Promise<WebhookEndpoint> {
  const ep = await em.findOne(WebhookEndpoint, fromGlobalId(id, 'WebhookEndpoint', field));
  if (!ep) throw new UserFacingError('NOT_FOUND', ['input', field]);
  return ep;
}

/** Re-queues every queue of the endpoint with pending deliveries (after it is enabled again). */
async function resume(ctx: Ctx, em: EntityManager, ep: WebhookEndpoint): Promise<void> {
  const queues = await em.execute<{ queue: string }[]>(`select distinct queue from webhook_delivery where endpoint_id = ? and status = 'PENDING'`, [ep.id]);
  await em.execute(`update webhook_delivery set next_attempt_at = null, first_attempt_at = null where endpoint_id = ? and status = 'PENDING'`, [ep.id]);
  for (const { queue } of queues) await dispatcherOf(em).enqueue(em, ep.id, queue, undefined, false);
}

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Query(() => EndpointConnection, { description: '回调地址 — the community’s webhook endpoints' })
  @Requires('webhooks', MANAGE)
  webhookEndpoints(@Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, WebhookEndpoint, {}, args);
  }

  @Query(() => DeliveryConnection, { description: '投递记录 — deliveries to one endpoint, newest first' })
  @Requires('webhooks', MANAGE)
  webhookDeliveries(
    @Arg('endpoint', () => ID, { description: '回调地址 — the endpoint' }) endpoint: string,
    @Args() args: ConnectionArgs,
    @Context() ctx: Ctx,
  ) {
    return paginate(ctx.em, WebhookDelivery, { endpointId: fromGlobalId(endpoint, 'WebhookEndpoint', 'endpoint') }, args);
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: '新建回调地址 — create an endpoint; its signing secret is returned once' })
  @Requires('webhooks', MANAGE)
  async webhookEndpointCreate(
    @Arg('input', { description: '输入 — the mutation input' }) input: WebhookEndpointCreateInput,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpointSecretPayload> {
    const access = await ctx.access();
    const secret = newWebhookSecret();
    const r = await mutate(ctx, async (em) => {
      const data = check(z.object({ url: z.string().trim().min(8).max(2000), description: z.string().trim().max(500).optional() }), input);
      const url = await targetOf(ctx, data.url);
      const filters = await checkFilters(ctx, input.eventTypes, input.permissions);
      return em.create(WebhookEndpoint, {
        communityId: access.communityId!,
        url,
        description: data.description ?? '',
        ...filters,
        secret: seal(personalDataKeysOf(em), SECRET_AAD, secret),
        createdBy: ctx.viewer?.accountId ?? null,
      });
    });
    return { webhookEndpoint: r.value, secret: r.value ? secret : null, userErrors: r.userErrors };
  }

  @Mutation(() => EndpointPayload, { description: '修改回调地址 — change an endpoint’s URL, filters, permissions or switch it on/off' })
  @Requires('webhooks', MANAGE)
  async webhookEndpointUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: WebhookEndpointUpdateInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const ep = await endpointOf(em, input.id);
      const data = check(z.object({ url: z.string().trim().min(8).max(2000).optional(), description: z.string().trim().max(500).optional() }), input);
      if (data.url !== undefined) ep.url = await targetOf(ctx, data.url);
      if (data.description !== undefined) ep.description = data.description;
      if (input.eventTypes != null || input.permissions != null) {
        const f = await checkFilters(ctx, input.eventTypes ?? ep.eventTypes, input.permissions ?? ep.permissions);
        ep.eventTypes = f.eventTypes;
        ep.permissions = f.permissions;
      }
      if (input.enabled === true && !ep.enabled) {
        ep.enabled = true;
        ep.disabledReason = null;
        ep.disabledAt = null;
        await em.flush();
        await resume(ctx, em, ep);
      } else if (input.enabled === false && ep.enabled) {
        ep.enabled = false;
        ep.disabledReason = '管理员停用 / switched off by an administrator';
        ep.disabledAt = new Date();
      }
      return ep;
    });
  }

  @Mutation(() => WebhookEndpointDeletePayload, { description: '删除回调地址 — delete an endpoint and its delivery log' })
  @Requires('webhooks', MANAGE)
  async webhookEndpointDelete(@Arg('input', { description: '输入 — the mutation input' }) input: WebhookEndpointIdInput, @Context() ctx: Ctx) {
    const r = await mutate(ctx, async (em) => {
      const ep = await endpointOf(em, input.id);
      await em.execute('delete from webhook_endpoint where id = ?', [ep.id]);
      return toGlobalId('WebhookEndpoint', ep.id);
    });
    return { deletedId: r.value, userErrors: r.userErrors };
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description: '更换签名密钥 — rotate the secret: the new one is returned once; the old one keeps signing beside it for the grace period',
  })
  @Requires('webhooks', MANAGE)
  async webhookEndpointRotateSecret(
    @Arg('input', { description: '输入 — the mutation input' }) input: WebhookEndpointIdInput,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpointSecretPayload> {
    const secret = newWebhookSecret();
    const r = await mutate(ctx, async (em) => {
      const ep = await endpointOf(em, input.id);
      ep.previousSecret = ep.secret;
      ep.previousSecretExpiresAt = new Date(Date.now() + ctx.app.config.webhooks.rotationGraceMs);
      ep.secret = seal(personalDataKeysOf(em), SECRET_AAD, secret);
      return ep;
    });
    return { webhookEndpoint: r.value, secret: r.value ? secret : null, userErrors: r.userErrors };
  }

  @Mutation(() => DeliveryPayload, { description: '重新投递 — queue a delivery again (same webhook-id), after the endpoint’s pending ones of its subject' })
  @Requires('webhooks', MANAGE)
  async webhookRedeliver(@Arg('input', { description: '输入 — the mutation input' }) input: WebhookRedeliverInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const old = await em.findOne(WebhookDelivery, fromGlobalId(input.id, 'WebhookDelivery'));
      if (!old) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const ep = await endpointOf(em, toGlobalId('WebhookEndpoint', old.endpointId));
      if (!ep.enabled) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'DISABLED' });
      const copy = em.create(WebhookDelivery, {
        communityId: old.communityId,
        endpointId: old.endpointId,
        messageId: old.messageId,
        eventType: old.eventType,
        eventSeq: old.eventSeq,
        queue: old.queue,
        payload: old.payload,
        status: WebhookDeliveryStatus.PENDING,
      });
      await em.flush();
      await dispatcherOf(em).enqueue(em, ep.id, old.queue);
      return copy;
    });
  }
}
