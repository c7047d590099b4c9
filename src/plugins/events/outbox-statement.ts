// An event written by the same SQL statement as the change it describes, for the few hot paths
// that post in one autocommit statement (points adjustments): the kernel builds the outbox insert
// (a CTE of the caller's statement) from the event's definition, so the data's keys are the
// schema's; after the statement, `written` checks the data it stored (outside production) and
// wakes the relay, which no flush hook would have done for raw SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkEventData, type AnyEventDefinition, type EventData } from './define-event';
import { outboxWritten } from './outbox-kicker';
import { ACTOR_PARAMS, type EventActor } from './event.types';

export interface SqlEventInsert {
  /** `insert into outbox_event … select … from <from> returning data`: put it in a CTE and select its `data`. */
  sql: string;
  /** Values of the statement's `?`s, in order; the actor is the one of `em`'s operation (the kernel stamps it, as recordEvent does). */
  paramsFor(em: EntityManager): unknown[];
  /** After the statement: `data` is what the CTE returned (null: no row written). Checks it and wakes the relay. */
  written(em: EntityManager, data: unknown): void;
}

export interface SqlEventColumns<E extends AnyEventDefinition> {
  /** Row source of the insert (a CTE name): one event per row. */
  from: string;
  /** SQL expressions (already bound or columns of `from`). */
  communityId: string;
  subject?: { type: string; id: string };
  /** One SQL expression per data field, every field of the schema named. */
  data: { [K in keyof Required<EventData<E>>]: string };
}

const KEY = /^[A-Za-z_]\w{0,60}$/;

export function eventInsertSql<E extends AnyEventDefinition>(def: E, c: SqlEventColumns<E>): SqlEventInsert {
  const fields = Object.entries(c.data as Record<string, string>).map(([k, expr]) => {
    if (!KEY.test(k)) throw new Error(`eventInsertSql: bad data key "${k}"`);
    return `'${k}', ${expr}`;
  });
  return {
    sql: `insert into outbox_event (type, community_id, subject_type, subject_id, data, created_at, actor_account_id, actor_api_key_id)
       select ?, ${c.communityId}, ?, ${c.subject?.id ?? 'null'}, jsonb_build_object(${fields.join(', ')}), now(), ?::uuid, ?::uuid from ${c.from} returning data`,
    paramsFor(em) {
      const actor = em.getFilterParams<EventActor>(ACTOR_PARAMS);
      return [def.type, c.subject?.type ?? null, actor?.accountId ?? null, actor?.apiKeyId ?? null];
    },
    written(em, data) {
      if (data == null) return;
      checkEventData(def, data);
      outboxWritten(em);
    },
  };
}
