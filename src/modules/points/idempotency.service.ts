// idempotencyKey on every ledger mutation. The first request inserts the key (a concurrent
// insert of the same key waits for it to commit); later ones with the same payload replay its
// result, with another payload they get IDEMPOTENCY_KEY_REUSED. A request that fails leaves no
// key behind (its transaction rolls back), so retrying it may succeed later.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../../schema/errors';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { settleLedger } from './ledger.service';

export const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;
/** What KEY_PATTERN asks, in both languages (the BAD_USER_INPUT detail). */
export const IDEMPOTENCY_KEY_RULE = { 'zh-CN': 'idempotencyKey：8–100 个 A-Z a-z 0-9 _ . : - 字符', en: 'idempotencyKey: 8–100 of A-Z a-z 0-9 _ . : -' };

export interface IdemResult {
  type: string;
  id: string;
}

/** Canonical JSON (sorted keys) so the same payload hashes alike whatever the key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as any)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as any)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function requestHash(operation: string, actor: string | null, payload: Record<string, unknown>): string {
  const { idempotencyKey: _k, ...rest } = payload;
  return createHash('sha256')
    .update(`${operation}|${actor ?? ''}|${canonical(rest)}`)
    .digest('hex');
}

/** Runs `effect` once per key (and settles its postings); returns its result or the first request's result on a retry. */
export function once(
  em: EntityManager,
  communityId: string,
  key: string,
  operation: string,
  hash: string,
  effect: () => Promise<IdemResult>,
  /** The result, when the caller knows it beforehand (its id generated up front): saves a write. */
  known?: IdemResult,
): Promise<IdemResult> {
  if (!KEY_PATTERN.test(key)) return Promise.reject(new UserFacingError('BAD_USER_INPUT', ['input', 'idempotencyKey'], { detail: IDEMPOTENCY_KEY_RULE }));
  return strategyOf(em, KEY_CLAIM).once(em, communityId, key, operation, hash, effect, known);
}

export interface KeyClaim {
  /** `once` after the key's syntax was checked. */
  once(
    em: EntityManager,
    communityId: string,
    key: string,
    operation: string,
    hash: string,
    effect: () => Promise<IdemResult>,
    known?: IdemResult,
  ): Promise<IdemResult>;
}

/** Claims the key first (its primary key makes a concurrent twin wait), then runs the effect. */
export const KEY_CLAIM = defineStrategy<KeyClaim>('points.keyClaim', 'How a ledger mutation claims its idempotencyKey and runs once', {
  async once(em, communityId, key, operation, hash, effect, known) {
    const claimed = await em.execute(
      `insert into points_idempotency (community_id, key, operation, request_hash, result_type, result_id) values (?, ?, ?, ?, ?, ?) on conflict do nothing returning key`,
      [communityId, key, operation, hash, known?.type ?? null, known?.id ?? null],
    );
    if (claimed.length === 0) {
      const [seen]: any[] = await em.execute('select * from points_idempotency where community_id = ? and key = ?', [communityId, key]);
      return replay(seen, hash);
    }
    const result = await effect();
    if (!known)
      await em.execute('update points_idempotency set result_type = ?, result_id = ? where community_id = ? and key = ?', [
        result.type,
        result.id,
        communityId,
        key,
      ]);
    else if (result.type !== known.type || result.id !== known.id) throw new Error('idempotent effect returned another result than announced');
    await settleLedger(em); // last: the system accounts' row locks are held only until commit
    return result;
  },
});

export function replay(row: { request_hash: string; result_type: string | null; result_id: string | null }, hash: string): IdemResult {
  if (row.request_hash !== hash || !row.result_type || !row.result_id) throw new UserFacingError('IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
  return { type: row.result_type, id: row.result_id };
}
