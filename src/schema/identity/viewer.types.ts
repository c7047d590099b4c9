// Who is calling, as the token or API key says (membership and roles are checked per community
// in plugins/access.ts).
export interface Viewer {
  accountId: string | null;
  platformAdmin: boolean;
  /** The session (refresh-token family) of the access token; null for API keys and older tokens. */
  sessionId?: string | null;
  /** Set when the caller authenticated with an integrator API key. */
  apiKey?: { id: string; communityId: string; permissions: string[] };
  /** When the access token it came with expires (a long-lived socket must not outlive it). */
  expiresAt?: Date;
}
