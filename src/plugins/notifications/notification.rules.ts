// The notification rules of every installed module, checked once and indexed by event type; and
// the two things the kernel does with them: who an event concerns (accounts, for the inbox) and
// which events concern one account (her own feed, `myChanges`).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleRegistry } from '../registry';
import { ModuleManifestError } from '../registry';
import type { OutboxEventRecord } from '../events/event.types';
import type { EventDataMatch } from '../events/change-feed';
import { pgArray } from '../../db/sql';
import type { NotificationAudience, NotificationRule } from './notification.types';

/** A rule with its module and full key (`<module>.<key>`). */
export interface CompiledRule extends NotificationRule {
  module: string;
  fullKey: string;
}

const FIELD = /^[A-Za-z_]\w{0,60}$/;
const RULE_KEY = /^[a-z][A-Za-z0-9]{0,60}$/;

/** Built-in audiences, answered from the kernel's own tables. */
const BUILT_IN: Record<string, NotificationAudience> = {
  account: {
    accounts: async (em, communityId, ids) => activeAccounts(em, communityId, 'account_id', ids),
    of: async (_em, _c, accountId) => [accountId],
  },
  resident: {
    accounts: async (em, communityId, ids) => activeAccounts(em, communityId, 'resident_id', ids),
    of: async (em, communityId, accountId) =>
      (
        await em
          .getConnection()
          .execute<{ resident_id: string }[]>(
            'select resident_id from membership where community_id = ? and account_id = ? and active and resident_id is not null',
            [communityId, accountId],
            'all',
            em.getTransactionContext(),
          )
      ).map((r) => r.resident_id),
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function activeAccounts(em: EntityManager, communityId: string, column: 'account_id' | 'resident_id', ids: string[]): Promise<string[]> {
  const valid = ids.filter((i) => UUID.test(i));
  if (valid.length === 0) return [];
  const rows = await em
    .getConnection()
    .execute<{ account_id: string }[]>(
      `select m.account_id from membership m join account a on a.id = m.account_id where m.community_id = ? and m.active and not a.disabled and m.${column} = any(?::uuid[])`,
      [communityId, pgArray(valid)],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => r.account_id);
}

export class NotificationRules {
  private readonly byType = new Map<string, CompiledRule[]>();
  private readonly all: CompiledRule[] = [];
  private readonly audiences = new Map<string, NotificationAudience>(Object.entries(BUILT_IN));

  /** Checks every module's declarations (a problem stops the start, naming module and field). */
  constructor(registry: ModuleRegistry) {
    const types = new Set(registry.list().flatMap((m) => (m.events?.publishes ?? []).map((p) => p.type)));
    for (const m of registry.list())
      for (const [name, a] of Object.entries(m.notifications?.audiences ?? {})) {
        if (!RULE_KEY.test(name) || typeof a?.accounts !== 'function' || typeof a?.of !== 'function')
          throw new ModuleManifestError(
            m.key,
            `notifications.audiences.${name}`,
            'an audience is { accounts(em, communityId, ids), of(em, communityId, accountId) } under a camelCase name',
          );
        this.audiences.set(`${m.key}.${name}`, a);
      }
    for (const m of registry.list()) {
      const seen = new Set<string>();
      (m.notifications?.rules ?? []).forEach((r, i) => {
        const at = `notifications.rules[${i}]`;
        const bad = (field: string, problem: string) => new ModuleManifestError(m.key, `${at}.${field}`, problem);
        if (!RULE_KEY.test(r.key ?? '') || seen.has(r.key)) throw bad('key', 'camelCase and unique in the module');
        seen.add(r.key);
        if (!types.has(r.event)) throw bad('event', `no installed module publishes "${r.event}"`);
        if (!Array.isArray(r.to) || r.to.length === 0) throw bad('to', 'at least one target');
        for (const t of r.to) {
          if (!FIELD.test(t.field ?? '')) throw bad('to.field', 'a field name of the event data');
          if (!this.audiences.has(t.audience ?? 'account')) throw bad('to.audience', `unknown audience "${t.audience}"`);
        }
        if (r.notify && !(r.notify.title?.['zh-CN'] && r.notify.title.en && r.notify.body?.['zh-CN'] && r.notify.body.en))
          throw bad('notify', 'title and body in zh-CN and en');
        const rule: CompiledRule = { ...r, module: m.key, fullKey: `${m.key}.${r.key}` };
        this.all.push(rule);
        const list = this.byType.get(r.event) ?? [];
        list.push(rule);
        this.byType.set(r.event, list);
      });
    }
  }

  get types(): string[] {
    return [...this.byType.keys()];
  }

  rule(fullKey: string): CompiledRule | undefined {
    return this.all.find((r) => r.fullKey === fullKey);
  }

  /** Rules that apply to this event (type and `when`), of modules enabled where it happened. */
  matching(e: Pick<OutboxEventRecord, 'type' | 'data'>, enabled?: ReadonlySet<string>): CompiledRule[] {
    return (this.byType.get(e.type) ?? []).filter((r) => (!enabled || enabled.has(r.module)) && whenMatches(r, e.data));
  }

  /** The accounts an event concerns under a rule (active members of the event's community). */
  async recipients(em: EntityManager, communityId: string, rule: CompiledRule, data: Record<string, unknown>): Promise<string[]> {
    const out = new Set<string>();
    for (const t of rule.to) {
      const ids = idsIn(data[t.field]);
      if (ids.length === 0) continue;
      const accounts = await this.audiences.get(t.audience ?? 'account')!.accounts(em, communityId, ids);
      for (const a of accounts) out.add(a);
    }
    // Whatever an audience answers, only active, enabled members of the event's community are notified.
    return activeAccounts(em, communityId, 'account_id', [...out]);
  }

  /**
   * What one account's own feed matches: per (field, audience) the ids she stands for and the
   * event types of rules naming them, as `readEvents` filters (`anyOf`).
   */
  async selectorsFor(em: EntityManager, communityId: string, accountId: string, enabled: ReadonlySet<string>): Promise<EventDataMatch[]> {
    const of = new Map<string, Promise<string[]>>();
    const groups = new Map<string, EventDataMatch & { types: string[] }>();
    for (const r of this.all) {
      if (!enabled.has(r.module)) continue;
      for (const t of r.to) {
        const audience = t.audience ?? 'account';
        if (!of.has(audience)) of.set(audience, this.audiences.get(audience)!.of(em, communityId, accountId));
        const values = await of.get(audience)!;
        if (values.length === 0) continue;
        const key = `${t.field}|${audience}`;
        const g = groups.get(key) ?? { field: t.field, values, types: [] };
        if (!g.types.includes(r.event)) g.types.push(r.event);
        groups.set(key, g);
      }
    }
    return [...groups.values()];
  }
}

function idsIn(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

export function whenMatches(r: Pick<NotificationRule, 'when'>, data: Record<string, unknown>): boolean {
  for (const [k, want] of Object.entries(r.when ?? {})) {
    const list = Array.isArray(want) ? want : [want];
    if (!list.includes(data[k] as string | boolean)) return false;
  }
  return true;
}

/** Whether an event falls under one of the account's selectors (and a rule's `when`). */
export function concerns(rules: NotificationRules, selectors: EventDataMatch[], e: OutboxEventRecord, enabled: ReadonlySet<string>): boolean {
  if (rules.matching(e, enabled).length === 0) return false;
  return selectors.some((s) => (!s.types || s.types.includes(e.type)) && idsIn(e.data[s.field]).some((id) => s.values.includes(id)));
}
