// The HTTP side of the board: where the API is (config.json next to the page, so one build serves
// any deployment), the signed-in session, and `request()` — a typed POST that refreshes the access
// token once when it has expired. Refresh tokens rotate: each refresh returns a new one and spends
// the old; presenting a spent one again counts as theft and revokes the whole session. So refreshes
// are single-flight (two tabs or two requests must never refresh with the same token at once).
import type { TypedDocumentString } from './gql/graphql';
import { Refresh } from './documents';

export interface BoardConfig {
  /** GraphQL endpoint over HTTP; the WebSocket endpoint is the same URL with ws(s):. */
  api: string;
}

export async function loadConfig(): Promise<BoardConfig> {
  const fallback = (import.meta.env.VITE_WUSHE_API as string | undefined) ?? 'http://localhost:4000/graphql';
  try {
    const res = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    if (res.ok) return { api: ((await res.json()) as Partial<BoardConfig>).api ?? fallback };
  } catch {
    /* no config.json: the build-time default */
  }
  return { api: fallback };
}

export const wsUrl = (api: string) => api.replace(/^http/, 'ws');

export interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Per tab (sessionStorage): closing the tab ends the board's session on this device. */
const KEY = 'wushe-board-session';
export const session = {
  get(): Session | null {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  },
  set(s: Session | null) {
    if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
    else sessionStorage.removeItem(KEY);
  },
};

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GqlResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<R, V>(api: string, doc: TypedDocumentString<R, V>, variables: V, token?: string): Promise<GqlResponse<R>> {
  const res = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'zh-CN',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  return (await res.json()) as GqlResponse<R>;
}

let refreshing: Promise<string | null> | null = null;

/** A fresh access token from the refresh token (single-flight); null when the session is over. */
export function refreshAccess(api: string): Promise<string | null> {
  refreshing ??= (async () => {
    const s = session.get();
    if (!s) return null;
    try {
      const r = await post(api, Refresh, { input: { refreshToken: s.refreshToken } });
      const p = r.data?.authRefresh;
      if (!p?.accessToken || !p.refreshToken) {
        session.set(null); // spent, expired or revoked: sign in again
        return null;
      }
      session.set({ accessToken: p.accessToken, refreshToken: p.refreshToken });
      return p.accessToken;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Sends one operation as the signed-in user; on UNAUTHENTICATED refreshes once and retries. */
export async function request<R, V>(api: string, doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  let token = session.get()?.accessToken;
  let r = await post(api, doc, variables, token);
  if (r.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && session.get()) {
    token = (await refreshAccess(api)) ?? undefined;
    if (token) r = await post(api, doc, variables, token);
  }
  if (r.errors?.length) {
    const e = r.errors[0]!;
    throw new ApiError(e.message, e.extensions?.code ?? 'ERROR');
  }
  return r.data as R;
}

/** Sends one operation without a session (login). */
export async function anonymous<R, V>(api: string, doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const r = await post(api, doc, variables);
  if (r.errors?.length) throw new ApiError(r.errors[0]!.message, r.errors[0]!.extensions?.code ?? 'ERROR');
  return r.data as R;
}
