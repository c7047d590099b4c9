// Webhooks (M35), the kernel's own manifest beside tenancy's: a community's admins register
// endpoints (回调地址) that receive its events signed per Standard Webhooks, delivered by the job
// queue at least once and in order per subject. Always on; added to every registry by the kernel.
import { CORE_VERSION } from '../registry';
import { defineModule, type LocalizedText } from '../module-contract';
import { onAll } from '../events/define-event';
import type { Role } from '../../schema/roles';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { WebhookResolver } from './webhook.resolver';
import { dispatcherOf } from './webhook.dispatcher';
import { Migration20261207100000_webhooks_init } from '../../../migrations/Migration20261207100000_webhooks_init';
import { webhooksErrorCodes } from './webhooks.errors';

export const WEBHOOKS = 'webhooks';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const webhookPermissions = {
  'endpoint.manage': t('管理回调地址', 'Manage webhook endpoints and read their delivery log'),
};

const admins: Partial<Record<Role, (keyof typeof webhookPermissions)[]>> = {
  COMMUNITY_ADMIN: ['endpoint.manage'],
  PLATFORM_ADMIN: ['endpoint.manage'],
};

export const webhooksModule = defineModule({
  key: WEBHOOKS,
  name: t('回调通知', 'Webhooks'),
  description: t(
    '向第三方系统的回调地址推送签名的社区事件（Standard Webhooks）',
    "Signed deliveries of the community's events to integrators' URLs (Standard Webhooks)",
  ),
  version: CORE_VERSION,
  coreRange: `^${CORE_VERSION}`,
  alwaysOn: true,
  entities: [WebhookEndpoint, WebhookDelivery],
  resolvers: [WebhookResolver],
  permissions: webhookPermissions,
  roleDefaults: admins,
  userErrorCodes: webhooksErrorCodes,
  events: {
    publishes: [],
    // Every event of every module: each endpoint that may see it gets a delivery.
    handles: [onAll((event, { em }) => dispatcherOf(em).fanOut(em, event))],
  },
  nodes: {
    WebhookEndpoint: { entity: WebhookEndpoint, permission: 'webhooks.endpoint.manage' },
    WebhookDelivery: { entity: WebhookDelivery, permission: 'webhooks.endpoint.manage' },
  },
  migrations: [{ name: 'Migration20261207100000_webhooks_init', class: Migration20261207100000_webhooks_init }],
});
