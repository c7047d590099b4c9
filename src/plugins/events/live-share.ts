// Fan-out sharing keys and memo. Two keys per subscription:
//  - the *operation* key (`operationShareKey`): community, language, document and variables (the
//    replay cursor aside). The live hub (live-hub.ts) serves caught-up subscribers of one operation
//    together and evaluates an event once per visibility among them (src/schema/viewer-facts.ts);
//  - the *class* key (`subscriptionShareKey`): the operation and the caller (account or API key).
//    Subscribers still on the iterator path (replaying, resyncing, no sink) share the permission
//    re-check and the execution of one event per class through `EventMemo`, keyed by (class, event
//    cursor). Entries live a couple of seconds and are dropped at once when an access-changing
//    event passes, so a revoked role is never answered from before the change.
import { createHash } from 'node:crypto';
import { Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Ctx } from '../../schema/context';
import { ACCESS_EVENTS } from '../access';

const TTL_MS = 2_000;
const MAX_ENTRIES = 50_000;

/** Per running server, owned by its live hub (`app.live.memo`). */
export class EventMemo {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();
  private clearedAt = -1n; // cursor of the last access change acted on

  constructor(private readonly onAccessChange: () => void = () => undefined) {}

  /** The value for `key`, computed by `make` once while it lives. A rejection is not kept. */
  get<T>(key: string, make: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
    const value = make();
    this.entries.delete(key); // re-insert at the end: the map stays ordered by age
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    this.evict(now);
    return value;
  }

  /**
   * Called by the live hub once per live event: an access change invalidates every decision made
   * before it. Also drops the process's access cache,
   * which the relay only clears for events published by this process.
   */
  observe(type: string, seq: string): void {
    if (!ACCESS_EVENTS.has(type) || BigInt(seq) <= this.clearedAt) return;
    this.clearedAt = BigInt(seq);
    this.clear();
    this.onAccessChange();
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(now: number): void {
    for (const [k, e] of this.entries) {
      if (now - e.at < TTL_MS && this.entries.size <= MAX_ENTRIES) return;
      this.entries.delete(k);
    }
  }
}

/**
 * The class of a subscription. The root field's `after` (the replay cursor of every live stream)
 * is left out when it is a variable used nowhere else, so boards that reconnected from different
 * cursors still share their live events; any other use of the variable keeps it in the key.
 */
export function subscriptionShareKey(
  ctx: Ctx,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  query: string,
): string {
  const v = ctx.viewer;
  const who = v?.apiKey ? `k:${v.apiKey.id}` : `a:${v?.accountId ?? ''}:${v?.platformAdmin ? 1 : 0}`;
  return createHash('sha1')
    .update(JSON.stringify([who, operationShareKey(ctx, document, operationName, variables, query)]))
    .digest('base64url');
}

/**
 * The operation a subscription runs, whoever runs it: community, language, document and variables
 * (the replay cursor aside, as above). The live hub shares an event's evaluation among
 * subscriptions of one operation key *and* one visibility (src/schema/viewer-facts.ts).
 */
export function operationShareKey(
  ctx: Pick<Ctx, 'communityId' | 'lang'>,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  query: string,
): string {
  const vars = { ...(variables ?? {}) };
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root = op?.selectionSet.selections[0];
  const afterArg = root?.kind === Kind.FIELD ? root.arguments?.find((a) => a.name.value === 'after') : undefined;
  if (afterArg?.value.kind === Kind.VARIABLE) {
    const name = afterArg.value.name.value;
    let uses = 0;
    visit(document, {
      Variable: (v, _k, parent) => void (v.name.value === name && (parent as { kind?: string })?.kind !== Kind.VARIABLE_DEFINITION && uses++),
    });
    if (uses === 1) delete vars[name];
  }
  return createHash('sha1')
    .update(JSON.stringify([ctx.communityId, ctx.lang, operationName ?? null, query, vars]))
    .digest('base64url');
}
