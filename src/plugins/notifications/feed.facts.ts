// Whom a live event of the own feed (`myChanges`) concerns, as a viewer fact (src/schema/viewer-
// facts.ts): the live hub evaluates an event once for the residents it concerns and once for the
// rest of a visibility, not once per login. The answer comes from the event (the accounts its
// matching rules name: one lookup per event and audience, shared by every subscriber) instead of
// each account's selectors, which would make every resident a class of her own.
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineFact, type FactScope } from '../../schema/viewer-facts';
import type { OutboxEventRecord } from '../events/event.types';
import { notifierOf } from './notifier';

/** What of an event decides whom it concerns: its community, the rules it matches and the ids their targets name. */
export interface ConcernQuestion {
  community: string;
  rules: string[];
  data: Record<string, unknown>;
}

/** The question for event `e` of `community` under the modules enabled for the viewer's profile; null when no rule matches. */
export function concernQuestion(em: { config: object }, community: string, e: OutboxEventRecord, enabled: ReadonlySet<string>): ConcernQuestion | null {
  const matching = notifierOf(em).rules.matching(e, enabled);
  if (!matching.length) return null;
  const data: Record<string, unknown> = {};
  for (const r of matching) for (const t of r.to) data[t.field] = e.data[t.field] ?? null;
  return { community, rules: matching.map((r) => r.fullKey).sort(), data };
}

// One event is asked about by every visibility class at once: its accounts are looked up once.
const TTL_MS = 2_000;
const MAX = 1_000;
const recent = new Map<string, { at: number; accounts: Promise<ReadonlySet<string>> }>();

function concerned(em: EntityManager, q: ConcernQuestion): Promise<ReadonlySet<string>> {
  const key = JSON.stringify(q);
  const now = Date.now();
  const hit = recent.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.accounts;
  const rules = notifierOf(em).rules;
  const accounts = Promise.all(
    q.rules.map((k) => {
      const rule = rules.rule(k);
      return rule ? rules.recipients(em, q.community, rule, q.data) : [];
    }),
  ).then((lists) => new Set(lists.flat()) as ReadonlySet<string>);
  recent.delete(key);
  recent.set(key, { at: now, accounts });
  accounts.catch(() => recent.get(key)?.accounts === accounts && recent.delete(key));
  for (const [k, v] of recent) {
    if (recent.size <= MAX && now - v.at < TTL_MS) break;
    recent.delete(k);
  }
  return accounts;
}

const accountOf = ({ viewer }: FactScope) => (viewer?.apiKey ? null : (viewer?.accountId ?? null));

/** Whether the event the question describes concerns the caller (her own feed). */
export const CONCERNS_ME = defineFact<ConcernQuestion, boolean>({
  name: 'notifications.concernsMe',
  async of(scope, q) {
    const me = accountOf(scope);
    return !!me && (await concerned(scope.em, q)).has(me);
  },
  async many(scopes, q) {
    const accounts = await concerned(scopes[0]!.em, q);
    return scopes.map((s) => {
      const me = accountOf(s);
      return !!me && accounts.has(me);
    });
  },
});
