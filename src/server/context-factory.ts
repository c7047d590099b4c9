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
import { AppError } from '../schema/errors';

export interface AuthInput {
  authorization?: string | null;
  apiKey?: string | null;
  community?: string | null;
  lang: Lang;
  requestId?: string;
  /** The client's address as the server trusts it (see WUSHE_TRUST_PROXY). */
  ip?: string | null;
}

export async function buildContext(app: AppServices, input: AuthInput): Promise<Ctx> {
  const bearer = input.apiKey?.trim() || bearerOf(input.authorization);
  const ip = input.ip ?? null;
  // An API key is looked up in the database: an address that keeps sending wrong ones is refused
  // for a while, as for wrong passwords. (A JWT is checked by its signature alone.)
  const isKey = !!bearer?.startsWith('wsk_');
  if (isKey) await throttled(() => app.credentials.beforeCredential(ip), input.lang);
  const resolved = bearer ? await resolveViewer(() => app.orm.em.fork() as EntityManager, app.tokens, bearer) : null;
  if (bearer && !resolved) {
    if (isKey) await app.credentials.credentialFailed(ip);
    throw new GraphQLError(translate('TOKEN_INVALID', input.lang), { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  let communityId = resolved?.communityId ?? null;
  if (input.community && resolved && !resolved.viewer.apiKey) {
    const parsed = parseGlobalId(input.community);
    communityId = parsed?.type === 'Community' ? parsed.id : '00000000-0000-0000-0000-000000000000';
  }
  return new Ctx(app, resolved?.viewer ?? null, communityId, input.lang, input.requestId, ip);
}

/** A throttle refusal as the HTTP answer of the whole request (429, Retry-After in `extensions.retryAfter`). */
async function throttled(check: () => Promise<void>, lang: Lang): Promise<void> {
  try {
    await check();
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'TOO_MANY_ATTEMPTS') throw e;
    throw new GraphQLError(e.localized(lang), { extensions: { ...e.extensions, http: { status: 429 } } });
  }
}

function bearerOf(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1]!.trim() : null;
}
