// Who the caller is (community, account, permissions), and one row of a party table of the
// community by raw id (a foreign or missing row alike: NOT_FOUND).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';

export interface Actor {
  communityId: string;
  accountId: string | null;
  permissions: ReadonlySet<string>;
}

export async function actorOf(ctx: Ctx): Promise<Actor> {
  const a = await ctx.access();
  if (!a.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  return { communityId: a.communityId, accountId: ctx.viewer?.apiKey ? null : (ctx.viewer?.accountId ?? null), permissions: a.permissions };
}

/** One row of a party table in the community, by raw id, or NOT_FOUND on `field`. */
export async function mustExist(em: EntityManager, table: string, communityId: string, id: string, field: string, extra = ''): Promise<Record<string, any>> {
  const [row] = await em.execute(`select * from ${table} where id = ? and community_id = ? ${extra}`, [id, communityId]);
  if (!row) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return row;
}
