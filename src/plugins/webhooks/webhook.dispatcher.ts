// Webhook fan-out and delivery. The webhooks manifest's handler (a consumer of every event type)
// writes one delivery row per endpoint that may see the event and enqueues a job on the queue
// named after the endpoint and the event's subject, in the consumer's transaction: a delivery
// exists exactly when its job does. The job sends the queue's pending deliveries in order
// (graphile-worker runs one job of a named queue at a time, across replicas); a failed attempt
// keeps its delivery at the head of the queue and schedules the job again with exponential
// backoff, so later events of that subject never overtake it. A delivery still failing after
// the retry window (over 24 h by default) is marked failed and its endpoint disabled with a reason.
import http from 'node:http';
import https from 'node:https';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { v7 as uuidv7 } from 'uuid';
import type { AppServices } from '../app-services';
import type { JobRunner } from '../jobs';
import { enqueueParams, enqueueSql } from '../jobs';
import type { OutboxEventRecord } from '../events/event.types';
import { effectiveModuleSettings } from '../community-modules';
import { toGlobalId } from '../../schema/global-id';
import { personalDataKeysOf, unseal } from '../../schema/personal-crypto';
import { checkTarget, guardedLookup, TargetRefused } from './webhook.target';

export const DELIVER_TASK = 'webhooks.deliver';

const dispatchers = new WeakMap<object, WebhookDispatcher>();

/** Makes the dispatcher reachable from the webhooks handler, which only holds an EntityManager. */
export function bindWebhooks(app: AppServices, d: WebhookDispatcher): void {
  dispatchers.set(app.orm.config, d);
}

export function dispatcherOf(em: EntityManager): WebhookDispatcher {
  const d = dispatchers.get(em.config);
  if (!d) throw new Error('webhooks: no dispatcher bound to this ORM (start the server with startWushe)');
  return d;
}

/** Secrets are sealed at rest with the personal-data keys (WUSHE_PII_KEYS): a database dump alone cannot sign. */
export const SECRET_AAD = 'webhook_endpoint.secret';

/** A new signing secret in the Standard Webhooks format: `whsec_` + base64 of 24 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** The job queue of one endpoint and subject (events without a subject queue by type). */
export const deliveryQueue = (endpointId: string, e: Pick<OutboxEventRecord, 'type' | 'subjectType' | 'subjectId'>) =>
  `webhook:${endpointId}:${e.subjectType && e.subjectId ? `${e.subjectType}:${e.subjectId}` : e.type}`;

/** The Standard Webhooks body: type, timestamp and data (ids, types and the event's data). */
export function webhookPayload(e: OutboxEventRecord): Record<string, unknown> {
  return {
    type: e.type,
    timestamp: new Date(e.createdAt).toISOString(),
    data: {
      cursor: e.seq,
      community: e.communityId ? toGlobalId('Community', e.communityId) : null,
      subject: e.subjectType && e.subjectId ? { type: e.subjectType, id: toGlobalId(e.subjectType, e.subjectId) } : null,
      data: e.data,
    },
  };
}

interface PendingRow {
  id: string;
  message_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  next_attempt_at: Date | null;
  first_attempt_at: Date | null;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean;
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error: string | null;
}

export class WebhookDispatcher {
  constructor(
    private readonly app: AppServices,
    jobs: JobRunner,
  ) {
    jobs.define(DELIVER_TASK, (payload) => this.deliverQueue(payload as { endpointId: string; queue: string }));
  }

  /** Consumer side: deliveries for the endpoints of the event's community that may see it. */
  async fanOut(em: EntityManager, e: OutboxEventRecord): Promise<void> {
    if (!e.communityId) return;
    const endpoints = await em
      .getConnection()
      .execute<{ id: string; event_types: string[]; permissions: string[] }[]>(
        'select id, event_types, permissions from webhook_endpoint where community_id = ? and enabled',
        [e.communityId],
        'all',
        em.getTransactionContext(),
      );
    if (endpoints.length === 0) return;
    const moduleKey = e.type.split('.')[0]!;
    const decl = this.app.registry.get(moduleKey)?.events?.publishes?.find((p) => p.type === e.type);
    // The event's permission decides, as for a subscriber: an endpoint sees what its permissions show.
    if (!decl) return;
    if ((await effectiveModuleSettings(em, this.app.registry, this.app.presets, e.communityId, moduleKey)) === null) return;
    const payload = webhookPayload(e);
    for (const ep of endpoints) {
      if (ep.event_types.length > 0 && !ep.event_types.includes(e.type)) continue;
      if (!ep.permissions.includes(decl.permission)) continue;
      const queue = deliveryQueue(ep.id, e);
      await em.execute(
        `insert into webhook_delivery (id, community_id, endpoint_id, message_id, event_type, event_seq, queue, payload)
         values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
        // UUIDv7 like every entity id: the log pages newest first by id.
        [uuidv7(), e.communityId, ep.id, `msg_${e.seq}`, e.type, e.seq, queue, JSON.stringify(payload)],
      );
      await this.enqueue(em, ep.id, queue);
    }
  }

  /** Enqueues the job that sends a queue's pending deliveries (one per queue: keyed, run time kept). */
  enqueue(em: EntityManager, endpointId: string, queue: string, runAt?: Date, keepRunAt = true): Promise<unknown> {
    return em.execute(
      enqueueSql,
      enqueueParams(
        DELIVER_TASK,
        { endpointId, queue },
        { queueName: queue, jobKey: queue, jobKeyMode: keepRunAt ? 'preserve_run_at' : 'replace', runAt, maxAttempts: 25 },
      ),
    );
  }

  /** Delay before attempt `attempts + 1`: base · 2^(attempts − 1), capped. */
  backoff(attempts: number): number {
    const { backoffMs, backoffMaxMs } = this.app.config.webhooks;
    return Math.min(backoffMaxMs, backoffMs * 2 ** Math.max(0, attempts - 1));
  }

  /** Job side: sends the queue's pending deliveries in order until one fails or none is left. */
  async deliverQueue({ endpointId, queue }: { endpointId: string; queue: string }): Promise<void> {
    const conn = this.app.orm.em.getConnection();
    for (;;) {
      const [d] = await conn.execute<PendingRow[]>(
        `select d.id, d.message_id, d.payload, d.attempts, d.next_attempt_at, d.first_attempt_at,
                e.url, e.secret, e.previous_secret, e.previous_secret_expires_at, e.enabled
           from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
          where d.endpoint_id = ? and d.queue = ? and d.status = 'PENDING' order by d.position limit 1`,
        [endpointId, queue],
      );
      // Nothing left, or the endpoint is off: its deliveries wait until it is enabled again.
      if (!d || !d.enabled) return;
      // Raw rows carry timestamps as text.
      for (const k of ['next_attempt_at', 'first_attempt_at', 'previous_secret_expires_at'] as const) if (d[k] != null) d[k] = new Date(d[k]);
      const now = new Date();
      if (d.next_attempt_at && d.next_attempt_at > now) {
        await this.enqueue(this.app.orm.em.fork() as EntityManager, endpointId, queue, d.next_attempt_at, false);
        return;
      }
      const r = await this.attempt(d, now);
      const first = d.first_attempt_at ?? now;
      const expired = !r.ok && Date.now() - first.getTime() >= this.app.config.webhooks.retryWindowMs;
      this.app.metrics?.webhookDelivery(r.ok ? 'delivered' : expired ? 'failed' : 'retry', r.latencyMs);
      if (r.ok) {
        await conn.execute(
          `update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status = ?, last_latency_ms = ?, last_error = null,
             next_attempt_at = null, first_attempt_at = ?, delivered_at = now(), updated_at = now() where id = ?`,
          [r.status, r.latencyMs, first, d.id],
        );
        continue;
      }
      const attempts = d.attempts + 1;
      if (expired) {
        const reason = `投递持续失败，已停用 / deliveries failed for ${Math.round((Date.now() - first.getTime()) / 60_000)} min (${attempts} attempts); last: ${r.error}`;
        await this.app.orm.em.fork().transactional(async (tem) => {
          await tem.execute(
            `update webhook_delivery set status = 'FAILED', attempts = ?, last_status = ?, last_latency_ms = ?, last_error = ?,
               next_attempt_at = null, first_attempt_at = ?, updated_at = now() where id = ?`,
            [attempts, r.status, r.latencyMs, r.error, first, d.id],
          );
          await tem.execute(
            'update webhook_endpoint set enabled = false, disabled_reason = ?, disabled_at = now(), updated_at = now() where id = ? and enabled',
            [reason, endpointId],
          );
        });
        this.app.log.warn({ endpoint: endpointId, attempts }, 'webhook endpoint disabled: deliveries kept failing');
        return;
      }
      const next = new Date(Date.now() + this.backoff(attempts));
      await this.app.orm.em.fork().transactional(async (tem) => {
        await tem.execute(
          `update webhook_delivery set attempts = ?, last_status = ?, last_latency_ms = ?, last_error = ?, next_attempt_at = ?,
             first_attempt_at = ?, updated_at = now() where id = ?`,
          [attempts, r.status, r.latencyMs, r.error, next, first, d.id],
        );
        await this.enqueue(tem as EntityManager, endpointId, queue, next, false);
      });
      this.app.log.info({ endpoint: endpointId, attempts, status: r.status, next }, 'webhook delivery failed; retrying later');
      return;
    }
  }

  /** One signed POST; 2xx is success. Redirects are not followed. */
  private async attempt(d: PendingRow, now: Date): Promise<AttemptResult> {
    const started = Date.now();
    const { allowPrivate, timeoutMs } = this.app.config.webhooks;
    const body = JSON.stringify(d.payload);
    const keys = personalDataKeysOf(this.app.orm);
    const secrets = [d.secret];
    if (d.previous_secret && d.previous_secret_expires_at && d.previous_secret_expires_at > now) secrets.push(d.previous_secret);
    const plain = secrets.map((s) => unseal(keys, SECRET_AAD, s));
    // Standard Webhooks: several signatures, space-separated; a receiver accepts any one it can verify.
    const signature = plain.map((s) => new Webhook(s).sign(d.message_id, now, body)).join(' ');
    try {
      const url = await checkTarget(d.url, allowPrivate);
      const status = await post(
        url,
        body,
        {
          'content-type': 'application/json',
          'user-agent': 'Wushe-Webhooks/1',
          'webhook-id': d.message_id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signature,
        },
        timeoutMs,
        allowPrivate,
      );
      const ok = status >= 200 && status < 300;
      return { ok, status, latencyMs: Date.now() - started, error: ok ? null : `HTTP ${status}` };
    } catch (e) {
      const msg = e instanceof TargetRefused ? `${e.problem}: ${e.message}` : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      return { ok: false, status: null, latencyMs: Date.now() - started, error: String(msg).slice(0, 300) };
    }
  }
}

function post(url: URL, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, lookup: guardedLookup(allowPrivate), timeout: timeoutMs },
      (res) => {
        res.resume(); // the body is not needed; drain it so the socket is freed
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}
