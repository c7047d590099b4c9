// The open WebSockets of each account in this process, so that whatever ends an account's
// standing can end its live deliveries too: its access token expiring (ws.ts closes the socket
// then), its account disabled or deleted (`app.sockets.close(accountId)`; a disabling made on
// another process reaches this one as an event its handler turns into this call).
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/**
 * 4403 Forbidden: graphql-ws clients retry it (4401 they treat as fatal), and a client whose
 * `connectionParams` is a function then connects with a fresh token; one whose credentials are
 * gone is refused at connect.
 */
export const REAUTHENTICATE = { code: 4403, reason: 'credentials expired or withdrawn: reconnect with a fresh token' } as const;

export class ViewerSockets {
  private readonly byAccount = new Map<string, Set<ClosableSocket>>();

  /** Tracks `socket` as one of `accountId`'s; the returned function forgets it (call on close). */
  add(accountId: string, socket: ClosableSocket): () => void {
    let set = this.byAccount.get(accountId);
    if (!set) this.byAccount.set(accountId, (set = new Set()));
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0 && this.byAccount.get(accountId) === set) this.byAccount.delete(accountId);
    };
  }

  /** Closes every socket of the account in this process (default: 4403, reconnect with a fresh token); how many. */
  close(accountId: string, code: number = REAUTHENTICATE.code, reason: string = REAUTHENTICATE.reason): number {
    const set = this.byAccount.get(accountId);
    if (!set) return 0;
    this.byAccount.delete(accountId);
    for (const s of set) s.close(code, reason);
    return set.size;
  }
}
