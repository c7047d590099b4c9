// Builds the per-operation context from an HTTP request or a WebSocket connection: the caller
// comes from the token (or API key), the community from the token or the X-Community-Id header,
// checked against the caller's memberships before any tenant data is read.
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../plugins/app-services';
import { Ctx } from '../schema/context';
import { parseGlobalId } from '../schema/global-id';
import { translate, type Lang } from '../schema/messages';
import { resolveViewer } from '../schema/identity/viewer.service';

export interface AuthInput {
  authorization?: string | null;
  apiKey?: string | null;
  community?: string | null;
  lang: Lang;
  requestId?: string;
}

export async function buildContext(app: AppServices, input: AuthInput): Promise<Ctx> {
  const bearer = input.apiKey?.trim() || bearerOf(input.authorization);
  const resolved = bearer ? await resolveViewer(() => app.orm.em.fork() as EntityManager, app.tokens, bearer) : null;
  if (bearer && !resolved) {
    throw new GraphQLError(translate('TOKEN_INVALID', input.lang), { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  let communityId = resolved?.communityId ?? null;
  if (input.community && resolved && !resolved.viewer.apiKey) {
    const parsed = parseGlobalId(input.community);
    communityId = parsed?.type === 'Community' ? parsed.id : '00000000-0000-0000-0000-000000000000';
  }
  return new Ctx(app, resolved?.viewer ?? null, communityId, input.lang, input.requestId);
}

function bearerOf(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1]!.trim() : null;
}
