// Live board events over graphql-ws, with reconnect and catch-up from the last cursor.
//
// The graphql-ws client can retry a dropped socket by itself, but it would resend the subscription
// exactly as first sent — without the cursor reached since, so what happened while the board was
// away would be lost. So the client here does not retry (retryAttempts: 0): when the socket drops,
// this loop subscribes again with `after: <last cursor>`, and the server replays every event after
// it before going live — no gap, no duplicate. Before the first event there is no cursor yet: after
// a reconnect the loop then asks the page to reload the board (`onResync`).
import { createClient, type Client } from 'graphql-ws';
import { BoardLive } from './documents';
import type { BoardLiveSubscription } from './gql/graphql';
import { refreshAccess, session } from './api';

export type BoardEvent = BoardLiveSubscription['dispatchBoard'];
export type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveOptions {
  api: string;
  ws: string;
  grid: string | null;
  onEvent(e: BoardEvent): void;
  onState(s: LiveState, detail?: string): void;
  /** The subscription is open but there is no cursor to catch up from: reload the board. */
  onResync(): void;
}

/** Closes that mean "your credentials expired or were withdrawn": refresh the token, then reconnect. */
const REAUTH = new Set([4401, 4403]);

export function startLive(o: LiveOptions): { stop(): void; cursor(): string | null } {
  let cursor: string | null = null;
  let stopped = false;
  let attempt = 0;
  let lastClose = 0;
  let connections = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | null = null;

  const client: Client = createClient({
    url: o.ws,
    lazy: true,
    retryAttempts: 0,
    keepAlive: 10_000,
    connectionParams: () => {
      const token = session.get()?.accessToken;
      return token ? { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' } : {};
    },
    on: {
      connected: () => {
        attempt = 0;
        o.onState('live');
        // The page loaded the board as it started; after a reconnect without a cursor, load it again.
        if (connections++ > 0 && cursor === null) o.onResync();
      },
      closed: (e) => {
        lastClose = (e as CloseEvent | undefined)?.code ?? 0;
      },
    },
  });

  const retry = async () => {
    unsubscribe = null;
    if (stopped) return;
    o.onState('offline');
    if (REAUTH.has(lastClose) && !(await refreshAccess(o.api))) return o.onState('offline', 'signed-out');
    // 0.5 s, 1 s, 2 s … at most 5 s between attempts, with a little jitter.
    const delay = Math.min(5000, 500 * 2 ** attempt++) + Math.random() * 250;
    timer = setTimeout(subscribe, delay);
  };

  function subscribe() {
    if (stopped) return;
    o.onState('connecting');
    unsubscribe = client.subscribe<BoardLiveSubscription>(
      { query: BoardLive.toString(), variables: { grid: o.grid, after: cursor } },
      {
        next: (r) => {
          const e = r.data?.dispatchBoard;
          if (!e) return;
          cursor = e.cursor;
          o.onEvent(e);
        },
        error: () => void retry(),
        complete: () => void retry(),
      },
    );
  }

  subscribe();
  return {
    cursor: () => cursor,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
      void client.dispose();
    },
  };
}
