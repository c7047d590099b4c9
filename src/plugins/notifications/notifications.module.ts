// Notifications (站内通知与推送), the kernel's own manifest beside tenancy's and webhooks': every
// account's inbox, fed by the rules modules declare in their manifests (`notifications.rules`),
// the resident's own live feed (`myChanges`), and delivery on WeChat/SMS through channel adapters.
// Always on; it imports no module: whom an event concerns comes from the manifests.
import { CORE_VERSION } from '../registry';
import { defineModule, type LocalizedText } from '../module-contract';
import { onAll } from '../events/define-event';
import { ROLES, type Role } from '../../schema/roles';
import { Notification, NotificationChannelBinding, NotificationDelivery } from './notification.entity';
import { InboxResolver } from './inbox.resolver';
import { FeedResolver } from './feed.resolver';
import { notifierOf } from './notifier';
import { notificationsErrorCodes } from './notifications.errors';
import { Migration20261207082000_notifications_init } from '../../../migrations/Migration20261207082000_notifications_init';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const notificationsModule = defineModule({
  key: 'notifications',
  name: t('通知', 'Notifications'),
  description: t(
    '居民与工作人员的站内通知、本人动态的实时推送，以及微信订阅消息、短信等渠道',
    'In-app notifications, the live feed of what concerns you, and delivery on WeChat subscription messages and SMS',
  ),
  version: CORE_VERSION,
  coreRange: `^${CORE_VERSION}`,
  alwaysOn: true,
  entities: [Notification, NotificationDelivery, NotificationChannelBinding],
  resolvers: [InboxResolver, FeedResolver],
  permissions: {
    'inbox.read': t('查看本人通知与动态', 'Read your own notifications and live feed, mark them read, bind a channel'),
  },
  // Everyone has an inbox: it only ever shows the caller's own rows.
  roleDefaults: Object.fromEntries(ROLES.map((r) => [r, ['inbox.read']])) as Partial<Record<Role, string[]>>,
  userErrorCodes: notificationsErrorCodes,
  events: {
    publishes: [],
    handles: [onAll((event, { em }) => notifierOf(em).fanOut(em, event))],
  },
  nodes: {
    Notification: {
      entity: Notification,
      permission: 'notifications.inbox.read',
      inScope: async (ctx, n) => !ctx.viewer?.apiKey && (n as Notification).accountId === ctx.viewer?.accountId,
    },
  },
  migrations: [{ name: 'Migration20261207082000_notifications_init', class: Migration20261207082000_notifications_init }],
});
