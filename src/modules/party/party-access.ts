// Who the caller is (community, account, permissions), and
// global-id decoding that answers a foreign or wrong-typed id exactly like a missing one.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { parseGlobalId } from '../../schema/global-id';

export interface Actor {
  communityId: string;
  accountId: string | null;
  permissions: ReadonlySet<string>;
}

export async function actorOf(ctx: Ctx): Promise<Actor> {
  const a = await ctx.access();
  if (!a.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  return { communityId: a.communityId, accountId: ctx.viewer?.apiKey ? null : ctx.viewer?.accountId ?? null, permissions: a.permissions };
}

/** Raw id of a global id of `type`; malformed → INVALID_ID, another type → NOT_FOUND (for `field`). */
export function rawId(globalId: string, type: string, field: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  if (parsed.type !== type) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return parsed.id;
}

/** Raw id for queries that answer null on anything not found (no error for a bad id). */
export function rawIdOrNull(globalId: string, type: string): string | null {
  const parsed = parseGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

/** One row of a party table in the community, by raw id, or NOT_FOUND on `field`. */
export async function mustExist(em: EntityManager, table: string, communityId: string, id: string, field: string, extra = ''): Promise<Record<string, any>> {
  const [row] = await em.execute(`select * from ${table} where id = ? and community_id = ? ${extra}`, [id, communityId]);
  if (!row) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return row;
}
