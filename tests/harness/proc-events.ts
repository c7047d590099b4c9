// Helpers for the event tests: bounded polling, direct SQL on the test database, and a
// subscription feed that waits for a condition (never sleep-and-hope).
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Polls `fn` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 5000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** One query on a fresh connection (the test database is dropped at the end: no pool to leak). */
export async function sql<R = any>(databaseUrl: string, text: string, params: unknown[] = []): Promise<R[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as R[];
  } finally {
    await c.end();
  }
}

/** Waits until the relay has numbered every committed outbox row. */
export const relayIdle = (databaseUrl: string) =>
  waitUntil('relay numbers all outbox rows', async () => {
    const [r] = await sql(databaseUrl, 'select count(*)::int as n from outbox_event where seq is null');
    return r.n === 0;
  });

export interface Feed<R> {
  events: R[];
  errors: unknown[];
  completed: boolean;
  /** Resolves with the events once `pred(events)` holds; rejects after `timeoutMs`. */
  until(what: string, pred: (events: R[]) => boolean, timeoutMs?: number): Promise<R[]>;
  stop(): void;
}

/** Subscribes with a typed document and records every payload, error and completion. */
export function feed<R, V>(client: WsClient, doc: TypedDocumentNode<R, V>, variables?: V): Feed<R> {
  const f: Feed<R> = {
    events: [],
    errors: [],
    completed: false,
    until: (what, pred, timeoutMs = 5000) =>
      waitUntil(
        what,
        async () => {
          if (pred(f.events)) return f.events;
          if (f.errors.length) throw new Error(`${what}: subscription failed: ${JSON.stringify(f.errors)}`);
          return null;
        },
        timeoutMs,
        10,
      ),
    stop: () => undefined,
  };
  f.stop = client.subscribe<R>(
    { query: print(doc), variables: variables as Record<string, unknown> },
    {
      next: (v: ExecutionResult<R>) => (v.errors ? f.errors.push(...v.errors) : f.events.push(v.data as R)),
      error: (e) => f.errors.push(e),
      complete: () => {
        f.completed = true;
      },
    },
  );
  return f;
}

/**
 * SUBSCRIBE/LISTEN register asynchronously: run `act` (e.g. a mutation) again and again until
 * the feed shows a first event, then return what it has.
 */
export async function untilFirstEvent<R>(f: Feed<R>, act: (attempt: number) => Promise<unknown>, timeoutMs = 8000): Promise<R[]> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    await act(attempt);
    try {
      return await f.until('first event', (e) => e.length > 0, 250);
    } catch (e) {
      if (f.errors.length || Date.now() > deadline) throw e;
    }
  }
}

/** Resolves with the close code when the graphql-ws client's socket closes. */
export function closeCode(client: WsClient, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
    client.on('closed', (e) => {
      clearTimeout(t);
      resolve((e as { code: number }).code);
    });
  });
}

/** `subject { ... on Household { number } }` of a change, whatever type the subject union has. */
export const householdNumber = (change: { subject?: unknown }): string | undefined =>
  (change.subject as { number?: string } | null | undefined)?.number ?? undefined;
