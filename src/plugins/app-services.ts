// The long-lived services of one server process, handed to every request context.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { ModuleRegistry } from './registry';
import type { PresetCatalog } from './presets';
import type { WushePubSub } from './pubsub/pubsub.types';
import type { OutboxRelay } from './events/outbox-relay';
import type { TokenService } from '../schema/identity/token.service';
import type { AccessCache } from './access';
import type { LiveHub } from './events/live-hub';
import type { ViewerSockets } from './events/viewer-sockets';
import type { CredentialGuard } from '../schema/identity/credential-guard';
import type { RequestBudget } from '../server/request-budget';
import type { Metrics } from '../server/metrics';

export interface AppServices {
  config: Config;
  orm: MikroORM;
  registry: ModuleRegistry;
  presets: PresetCatalog;
  pubsub: WushePubSub;
  relay: OutboxRelay;
  tokens: TokenService;
  log: Logger;
  accessCache: AccessCache;
  /** Live delivery: one pubsub listener per community, shared verdicts and payloads per class. */
  live: LiveHub;
  /** Open WebSockets per account: `close(accountId)` ends an account's live deliveries in this process. */
  sockets: ViewerSockets;
  /** Throttling of logins and other credential checks, and the bound on password hashing. */
  credentials: CredentialGuard;
  /** Request budgets of accounts and API keys (RateLimit headers, 429). */
  budget: RequestBudget;
  /** Prometheus metrics when /metrics is served (see src/server/metrics.ts), else null. */
  metrics?: Metrics | null;
}
