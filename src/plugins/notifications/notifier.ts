// The inbox's writer and the channels' dispatcher. The notifications manifest's handler (a consumer
// of every event type, see event-consumers.ts) asks the rules whom an event concerns and writes one
// notification per account — `on conflict do nothing` on (account, event, rule), so a redelivered
// event notifies once — and, for rules that ask for channels configured here, one delivery row and
// one queued job per channel in the same transaction. The job sends through the channel's adapter;
// a retryable failure is thrown back to the queue (graphile-worker retries with exponential backoff
// up to WUSHE_NOTIFY_MAX_ATTEMPTS), a final one marks the delivery FAILED.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobHelpers } from 'graphile-worker';
import { v7 as uuidv7 } from 'uuid';
import type { AppServices } from '../app-services';
import type { JobRunner } from '../jobs';
import { enqueueParams, enqueueSql } from '../jobs';
import type { OutboxEventRecord } from '../events/event.types';
import { effectiveModuleSettings } from '../community-modules';
import { pgArray } from '../../db/sql';
import { toGlobalId } from '../../schema/global-id';
import { personalDataKeysOf, seal, unseal } from '../../schema/personal-crypto';
import { openAccountPhone } from '../../schema/personal-fields';
import { NotificationRules } from './notification.rules';
import { ChannelError, type ChannelAdapter } from './channels/channel.types';
import { WechatSubscribeAdapter } from './channels/wechat.adapter';
import { TencentSmsAdapter } from './channels/tencent-sms.adapter';

export const NOTIFY_TASK = 'notifications.deliver';
export const BINDING_AAD = 'notification_channel_binding.address';

const notifiers = new WeakMap<object, Notifier>();

/** Makes the notifier reachable from the manifest's handler, which only holds an EntityManager. */
export function bindNotifier(app: AppServices, n: Notifier): void {
  notifiers.set(app.orm.config, n);
}

export function notifierOf(holder: { config: object }): Notifier {
  const n = notifiers.get(holder.config);
  if (!n) throw new Error('notifications: no notifier bound to this ORM (start the server with startWushe)');
  return n;
}

/** The adapters configured for this server (WUSHE_NOTIFY_CHANNELS); tests and plugins may add their own. */
export function configuredAdapters(app: AppServices): ChannelAdapter[] {
  const { wechat, sms } = app.config.notifications;
  return [...(wechat ? [new WechatSubscribeAdapter(wechat)] : []), ...(sms ? [new TencentSmsAdapter(sms)] : [])];
}

interface DeliveryRow {
  id: string;
  status: string;
  channel: string;
  account_id: string;
  title: string;
  body: string;
  rule_key: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: string | Date;
}

export class Notifier {
  readonly rules: NotificationRules;
  readonly adapters = new Map<string, ChannelAdapter>();

  constructor(
    private readonly app: AppServices,
    jobs: JobRunner,
    adapters: ChannelAdapter[] = configuredAdapters(app),
  ) {
    this.rules = new NotificationRules(app.registry);
    for (const a of adapters) this.adapters.set(a.key, a);
    jobs.define(NOTIFY_TASK, (payload, helpers) => this.deliver(payload as { deliveryId: string }, helpers));
  }

  /** Consumer side: the inbox rows (and channel deliveries) an event causes; idempotent. */
  async fanOut(em: EntityManager, e: OutboxEventRecord): Promise<void> {
    if (!e.communityId) return;
    const rules = this.rules.matching(e).filter((r) => r.notify);
    if (rules.length === 0) return;
    const conn = em.getConnection();
    const tx = em.getTransactionContext();
    for (const rule of rules) {
      // A rule of a module reacting to another's event counts only where its own module is on.
      if (rule.module !== e.type.split('.')[0] && (await effectiveModuleSettings(em, this.app.registry, this.app.presets, e.communityId, rule.module)) === null)
        continue;
      const accounts = await this.rules.recipients(em, e.communityId, rule, e.data);
      if (accounts.length === 0) continue;
      const ids = accounts.map(() => uuidv7());
      const inserted = await conn.execute<{ id: string; account_id: string }[]>(
        `insert into notification (id, community_id, account_id, event_seq, rule_key, event_type, title, body, subject_type, subject_id, created_at, updated_at)
         select unnest(?::uuid[]), ?, unnest(?::uuid[]), ?, ?, ?, ?, ?, ?, ?, ?, ?
         on conflict (account_id, event_seq, rule_key) do nothing returning id, account_id`,
        [
          pgArray(ids),
          e.communityId,
          pgArray(accounts),
          e.seq,
          rule.fullKey,
          e.type,
          rule.notify!.title['zh-CN'],
          rule.notify!.body['zh-CN'],
          e.subjectType,
          e.subjectId,
          new Date(e.createdAt),
          new Date(e.createdAt),
        ],
        'all',
        tx,
      );
      const channels = (rule.channels ?? []).filter((c) => this.adapters.has(c));
      for (const n of inserted)
        for (const channel of channels) {
          const deliveryId = uuidv7();
          await conn.execute(
            'insert into notification_delivery (id, community_id, notification_id, channel) values (?, ?, ?, ?)',
            [deliveryId, e.communityId, n.id, channel],
            'run',
            tx,
          );
          await conn.execute(
            enqueueSql,
            enqueueParams(NOTIFY_TASK, { deliveryId }, { jobKey: `notify:${deliveryId}`, maxAttempts: this.app.config.notifications.maxAttempts }),
            'all',
            tx,
          );
        }
    }
  }

  /** Job side: one delivery through its channel's adapter. */
  async deliver({ deliveryId }: { deliveryId: string }, helpers?: Pick<JobHelpers, 'job'>): Promise<void> {
    const em = this.app.orm.em.fork() as EntityManager;
    const conn = em.getConnection();
    const [d] = await conn.execute<DeliveryRow[]>(
      `select d.id, d.status, d.channel, n.account_id, n.title, n.body, n.rule_key, n.subject_type, n.subject_id, n.created_at
         from notification_delivery d join notification n on n.id = d.notification_id where d.id = ?`,
      [deliveryId],
    );
    if (!d || d.status !== 'PENDING') return;
    const adapter = this.adapters.get(d.channel);
    const finish = (status: string, error: string | null, providerId: string | null = null) =>
      conn.execute(
        `update notification_delivery set status = ?, attempts = attempts + 1, last_error = ?, provider_message_id = coalesce(?, provider_message_id), updated_at = now() where id = ? and status = 'PENDING'`,
        [status, error, providerId, d.id],
      );
    if (!adapter) return void (await finish('SKIPPED', 'channel not configured on this server'));
    const address = await this.address(em, adapter, d.account_id);
    if (!address) return void (await finish('SKIPPED', null));
    try {
      const sent = await adapter.send(
        { accountId: d.account_id, address },
        {
          title: d.title,
          body: d.body,
          sentAt: new Date(d.created_at),
          ruleKey: d.rule_key,
          subjectId: d.subject_type && d.subject_id ? toGlobalId(d.subject_type, d.subject_id) : null,
        },
      );
      await finish('SENT', null, sent.providerMessageId);
    } catch (e) {
      const err = e instanceof ChannelError ? e : new ChannelError('ERROR', (e as Error).message, true);
      const last = !err.retryable || (helpers ? helpers.job.attempts >= helpers.job.max_attempts : true);
      if (last) return void (await finish('FAILED', err.message.slice(0, 500)));
      await conn.execute('update notification_delivery set attempts = attempts + 1, last_error = ?, updated_at = now() where id = ?', [
        err.message.slice(0, 500),
        d.id,
      ]);
      throw err; // the queue retries it with backoff
    }
  }

  /** The account's address on a channel, or null (no phone, not bound). */
  async address(em: EntityManager, adapter: ChannelAdapter, accountId: string): Promise<string | null> {
    const conn = em.getConnection();
    if (adapter.addressSource === 'phone') {
      const [a] = await conn.execute<{ id: string; phone_enc: string | null }[]>('select id, phone_enc from account where id = ?', [accountId]);
      return a?.phone_enc ? openAccountPhone(personalDataKeysOf(em), { id: a.id, phoneEnc: a.phone_enc }) : null;
    }
    const [b] = await conn.execute<{ address: string }[]>('select address from notification_channel_binding where account_id = ? and channel = ?', [
      accountId,
      adapter.key,
    ]);
    return b ? unseal(personalDataKeysOf(em), `${BINDING_AAD}:${accountId}:${adapter.key}`, b.address) : null;
  }

  /** Binds the account's address on a `binding` channel from what the client has (wx.login's code). */
  async bind(em: EntityManager, accountId: string, channel: string, code: string): Promise<void> {
    const adapter = this.adapters.get(channel);
    if (!adapter?.resolveBinding) throw new ChannelError('CHANNEL_UNAVAILABLE', channel, false);
    const address = await adapter.resolveBinding(code);
    const sealed = seal(personalDataKeysOf(em), `${BINDING_AAD}:${accountId}:${channel}`, address);
    await em.execute(
      `insert into notification_channel_binding (account_id, channel, address, bound_at) values (?, ?, ?, now())
       on conflict (account_id, channel) do update set address = excluded.address, bound_at = now()`,
      [accountId, channel, sealed],
    );
  }
}
