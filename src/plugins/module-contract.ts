// The module contract: everything a governance module (first-party or an integrator's plugin)
// adds to the platform, declared in one manifest. The registry validates it at boot. Plugin authors
// get these types from `wushe/sdk`; docs/plugins.md explains each field with an example.
import type { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { AnyEventDefinition, EventHandlerBinding } from './events/define-event';
import type { Ctx } from '../schema/context';
import type { Strategy } from './strategies';
import type { ModuleSettings, SettingsDeclaration } from './settings.types';
import type { NotificationDeclarations } from './notifications/notification.types';
export type { NotificationDeclarations, NotificationRule, NotificationTarget, NotificationAudience } from './notifications/notification.types';

/** A text shown to users, in both languages the platform speaks (both required, non-empty). */
export type LocalizedText = { 'zh-CN': string; en: string };

export { ROLES, type Role } from '../schema/roles';
import type { Role } from '../schema/roles';

export type { ModuleSettings, SettingsDeclaration, SettingsOf } from './settings.types';

export type { EventHandlerContext, EventHandlerBinding, EventDefinition, AnyEventDefinition } from './events/define-event';

/** What a subscriber sees of an event type; `defineEvent` adds the schema of its data. */
export interface EventDeclaration {
  /** `<moduleKey>.<EventName>`; must start with the module's key (checked at boot). */
  type: string;
  /** What happened, for the event catalogue and webhook subscribers. */
  description: LocalizedText;
  /** Permission a subscriber needs to see this event (live or in catch-up queries). */
  permission: string;
}

/** A GraphQL object type the module adds to `node(id:)`, with the permission to read it. */
export interface NodeDeclaration {
  /** The entity class (also the GraphQL type, implementing `Node`) loaded by database id. */
  entity: Function;
  /** `<moduleKey>.<action>` the caller needs; without it, or with the module disabled, `node` answers null (as for a missing id). */
  permission: string;
  /**
   * Narrower reach than the permission, for rows a caller may see only some of (e.g. households
   * outside a grid worker's units): false makes `node` answer null. Runs once per loaded object.
   * Example: `inScope: (ctx, household) => inMyUnits(ctx, household)`.
   */
  inScope?: (ctx: Ctx, obj: object) => Promise<boolean>;
}

/**
 * A kind of object of the module that photos can be attached to (`attachments` in the manifest).
 * The kernel's upload service asks it who may upload for such an object and who may open its
 * photos; the module's create/update mutation attaches keys with `attachUploads` and its type
 * shows them with `attachmentsOf`.
 */
export interface AttachmentOwnerDeclaration {
  /** `<moduleKey>.<action>` needed to ask for an upload slot for this kind (who may create or edit such objects). */
  uploadPermission: string;
  /** Most photos on one object (default 9). */
  maxFiles?: number;
  /**
   * Whether the viewer, who already sees the object, may open its photos; false: the attachments
   * are listed without URLs. Default: everyone who sees the object.
   * Example: only the requester, the taker and dispatchers open a request's photos.
   */
  canRead?: (ctx: Ctx, owner: any) => boolean | Promise<boolean>;
}

/**
 * A module's narrowing of core rows: while the module is enabled in the community, core's own
 * queries, mutations and `node(id:)` show the caller only these rows (scopes of several modules
 * intersect). E.g. grid limits a grid worker to the households of their units.
 */
export interface RowScopes {
  /**
   * Ids of the households the caller may reach, or null for no narrowing. Residents follow their
   * household. Runs at most once per operation, only while the module is enabled; a throw fails the
   * operation that needed the scope.
   */
  Household?: (ctx: Ctx) => Promise<Iterable<string> | null>;
  /**
   * Ids of the households inside an object of this module named by its global id — e.g. a grid
   * unit with its sub-units — for core's `within` filter on households and residents; null when
   * the id is not one of this module's types. The caller's row scope still applies on top.
   */
  HouseholdsWithin?: (ctx: Ctx, globalId: string) => Promise<Iterable<string> | null>;
}

/** A figure of the 治理成效 (outcomes) dashboard, computed per community and rolled up per street. */
export interface MetricDeclaration {
  /** `<moduleKey>.<name>`, unique in the module (checked at boot). */
  key: string;
  /** Label on the dashboard. */
  name: LocalizedText;
  /**
   * Computes the figure for a community and period, in the module's own tables (`em` is scoped to
   * the community). Runs when a dashboard is read, for the period and the previous one, only where
   * the module is enabled; a throw fails that dashboard query.
   */
  compute: (em: EntityManager, communityId: string, from: Date, to: Date, facts?: MetricFacts) => Promise<number>;
  /**
   * How a street rolls the figure up over its communities: `sum` (counts and amounts, the default),
   * `rate` (percentages and averages: the mean over the communities, weighted by the value of
   * the metric `weightKey` of the same module in each community when given), or `ratio` (a share
   * counted by `parts`: the roll-up adds numerators and denominators and divides once).
   */
  aggregation?: MetricAggregation;
  /** For a `rate`: the key of another metric of the same module to weight the mean by (checked at boot). */
  weightKey?: string;
  /**
   * For a `ratio` (required there, checked at boot): what the share counts. The dashboard shows
   * 100 × numerator / denominator (0 when nothing is counted) with both counts; `compute` is not
   * called for the dashboard (keep it consistent for the module's own reports, e.g. `ratioValue`).
   */
  parts?: (em: EntityManager, communityId: string, from: Date, to: Date, facts: MetricFacts) => Promise<RatioParts>;
}
export type MetricAggregation = 'sum' | 'rate' | 'ratio';

/** What a figure's computation may learn besides its own tables. */
export interface MetricFacts {
  /** Whether a module is enabled in the community (for figures that use another module's public face). */
  enabled: (moduleKey: string) => boolean;
  /** The module's effective settings in the community (defaults ← preset ← overrides). */
  settingsAs: <S extends z.ZodTypeAny>(decl: SettingsDeclaration<S>) => Promise<z.output<S>>;
}

/** The counts behind a `ratio` figure. */
export interface RatioParts {
  numerator: number;
  denominator: number;
  /** How many of the denominator could not be decided and count as not in the numerator (e.g. residents of households without coordinates). */
  unknown?: number;
  /** The same share per group (e.g. per request category), each with its own counts; roll-ups add them by key. */
  groups?: { key: string; name: string; numerator: number; denominator: number }[];
}

/** 100 × numerator / denominator with one decimal; 0 when the denominator is 0. */
export function ratioValue(p: { numerator: number; denominator: number }): number {
  return p.denominator > 0 ? Math.round((1000 * p.numerator) / p.denominator) / 10 : 0;
}

/**
 * One mechanism through which households take part in community life (raising a request, voting,
 * booking a station service …). The 治理成效 dashboard counts 户参与率 as the distinct open
 * households of the community found by any enabled module's declarations in the period, over all
 * open households; each declaration is also shown on its own.
 */
export interface ParticipationDeclaration {
  /** `<moduleKey>.<name>`, unique in the module (checked at boot). */
  key: string;
  name: LocalizedText;
  /**
   * A SELECT over the module's own tables with two uuid columns, `household_id` and `account_id`
   * (either may be null; an account counts for the household of its resident record), of the rows
   * of `communityId` in [from, to). Positional `?` parameters, given in `params`. It runs as a
   * subquery beside the other modules' ones, only where the module is enabled.
   */
  households: (communityId: string, from: Date, to: Date) => { sql: string; params: unknown[] };
}

/** A periodic job (e.g. flagging overdue requests). Every process runs it; the job itself must be
 * safe to run concurrently (conditional writes), so each effect happens once. */
export interface JobDeclaration {
  /** Unique in the module; the job runs as `<moduleKey>.<name>` in logs and in the queue. */
  name: string;
  /**
   * Interval between runs, in milliseconds: a cron schedule of the job queue (graphile-worker),
   * rounded to whole minutes that divide an hour (or hours that divide a day). Each scheduled run
   * happens once across all replicas (WUSHE_JOBS=off runs no worker in a process).
   */
  everyMs: number;
  /** A cron pattern (`0 3 * * *`) instead of `everyMs`'s. */
  cron?: string;
  /**
   * Run once per community where the module is enabled (`ctx.communityId` set, `ctx.em` scoped to
   * it), each community's run its own queued job retried on its own. Default: one run across all communities.
   */
  perCommunity?: boolean;
  /** Attempts of one run before it is given up (default 5); retries back off exponentially. */
  maxAttempts?: number;
  /** One run. A throw (or rejection) is logged and retried by the queue with backoff; it never reaches the server. */
  run: (ctx: JobContext) => Promise<void>;
}

export interface JobContext {
  /** A fresh fork: no tenant scope (the job scopes its own queries by community), or the community's with `perCommunity`. */
  em: EntityManager;
  /** Effective settings of the job's module in a community (null when not enabled there). */
  settings(communityId: string): Promise<unknown | null>;
  /** The same, typed by the module's declaration: `settingsAs(CouncilSettings, communityId)`. Read once per community and run. */
  settingsAs<S extends z.ZodTypeAny>(decl: SettingsDeclaration<S>, communityId: string): Promise<z.output<S> | null>;
  /** The run's clock (tests pass a fixed one). */
  now: Date;
  /** The community of this run (jobs declared `perCommunity` only). */
  communityId?: string;
}

/** What an HTTP route handler gets: path parameters, the query string, and for POST the form fields. */
export interface HttpRouteRequest {
  /** Express path parameters (`:id`). */
  params: Record<string, string>;
  /** Query-string values (repeated keys are dropped). */
  query: Record<string, string | undefined>;
  /**
   * POST only: the fields of an `application/x-www-form-urlencoded` or JSON object body, as strings
   * (repeated keys, nested values and non-scalar JSON values are dropped); `{}` for GET.
   */
  body: Record<string, string | undefined>;
  /** Request headers, lower-case names (repeated headers joined by `, `). */
  headers: Record<string, string | undefined>;
}

/** What an HTTP route handler returns. */
export interface HttpRouteResponse {
  /** Default 200. */
  status?: number;
  /** Written as JSON. */
  body: unknown;
  /** Extra response headers (e.g. caching). */
  headers?: Record<string, string>;
}

/**
 * A plain HTTP route the module serves beside GraphQL (e.g. a read-only projection for another
 * system). The server authenticates the caller exactly as for GraphQL (a community API key in
 * `X-Api-Key` or `?api_key=`, or a bearer token), answers 401 without valid credentials and 403
 * unless the module is enabled in the caller's community and the caller holds `permission`; only
 * then does `handler` run, with a per-request context scoped to that community. GET reads; POST
 * (e.g. a standard's intake) gets the form fields in `body` (the API key may be a field `api_key`
 * too), within the server's body limit.
 */
export interface HttpRouteDeclaration {
  /** GET or POST (checked at boot). */
  method: 'GET' | 'POST';
  /** Express path, starting with `/<moduleKey>` or a standard's own prefix, e.g. `/open311/v2/requests/:id.json`. */
  path: string;
  /** `<moduleKey>.<action>` the caller must hold; one of the module's own actions (checked at boot). */
  permission: string;
  /**
   * Answers the request; `ctx` is a `Ctx` (typed `any` to keep the contract free of the server's
   * types). Throwing an `AppError` answers its status (NOT_FOUND → 404, FORBIDDEN → 403, other
   * codes 400); any other throw is logged and answered 500 with a request id.
   */
  handler: (req: HttpRouteRequest, ctx: any) => Promise<HttpRouteResponse>;
  /** Shape of the 4xx bodies the server writes itself (the standard's error format); default `{ errors: [...] }`. */
  errorBody?: (status: number, code: string, message: string) => unknown;
}

/**
 * A module's manifest: what it adds to the platform. Loaded once at process start (first-party
 * modules, then each WUSHE_PLUGINS entry) and validated by the registry; any invalid field stops
 * the process with `invalid module manifest: module "<key>", field "<field>": <problem>`.
 * Installed is not enabled: a community admin enables a module per community; until then its
 * fields answer MODULE_DISABLED, its handlers, jobs, metrics and row scopes do not run there.
 */
export interface WusheModule {
  /** Unique key, 2–31 lowercase ASCII letters and digits (`noticeboard`); prefixes its permissions, events, metrics, migrations. */
  key: string;
  /** Display name in module lists and admin screens. */
  name: LocalizedText;
  /** One-paragraph description for admin screens. */
  description?: LocalizedText;
  /** The module's own semver version. */
  version: string;
  /** Semver range of the core this module works with (`^0.1.0`); the server refuses to start if its core is outside it. */
  coreRange: string;
  /**
   * Keys of modules this one needs: each must be installed (checked at boot) and enabled in a
   * community before this one can be enabled there (MODULE_REQUIRED otherwise).
   */
  requires?: string[];
  /**
   * Modules whose public face this module imports and whose features it uses only where they are
   * enabled (e.g. dispatch routes by grid when the grid is on). Each must be installed (checked at
   * boot); the contract test checks that every `../<module>/public` import is declared here or in
   * `requires`. Plugins may leave it out.
   */
  uses?: string[];
  /**
   * Enabled in every community and cannot be disabled (e.g. `alwaysOn: true` for a module the
   * others build on); a community may still override its settings and role permissions. Default false.
   */
  alwaysOn?: boolean;
  /**
   * MikroORM entity classes (decorated with `@Entity`; community-owned ones extend `TenantEntity`
   * and get the tenant filter). Listed explicitly: no globs. Their tables come from `migrations`.
   */
  entities: Function[];
  /** type-graphql resolver classes; every root field needs `@Requires(module, permission)` (deny by default). */
  resolvers: Function[];
  /** Extra GraphQL types not reachable from resolvers (interfaces' implementations). */
  orphanedTypes?: Function[];
  /** Per-community settings (zod schema with defaults), validated on every write. */
  settings?: ModuleSettings;
  /** Action keys (without the module prefix, camelCase, dot-separated) with a description for admin screens. */
  permissions: Record<string, LocalizedText>;
  /** Role → actions (keys of `permissions`) granted by default; a community may override per role. Unknown roles or actions stop the boot. */
  roleDefaults: Partial<Record<Role, string[]>>;
  /**
   * Codes this module's mutations return in `userErrors` (UPPER_SNAKE_CASE), each with what it means
   * in both languages: the schema's `UserErrorCode` enum holds the kernel's shared codes (NOT_FOUND,
   * BAD_USER_INPUT, INVALID_STATE, …) plus every module's. The text is also the message when the
   * platform's message table has none for the code (`{name}` placeholders are filled from the
   * error's params). A code returned but not declared fails the error-contract test; a code declared
   * twice, by the kernel, or one of the top-level codes (FORBIDDEN, UNAUTHENTICATED, …) stops the boot.
   * Example: `userErrorCodes: { NOTICE_EXPIRED: { 'zh-CN': '公告已过期', en: 'The notice has expired' } }`.
   */
  userErrorCodes?: Record<string, LocalizedText>;
  /** Events the module publishes and handles; see docs/plugins.md. */
  events?: {
    /** Events the module publishes, each made with `defineEvent` (type `<key>.<Name>`, data schema, description, permission). */
    publishes?: AnyEventDefinition[];
    /**
     * Handlers of other modules' events: `on(Definition, fn)`, or `onAll(fn)` for every event type
     * except the module's own (rules naming types at runtime). Run after the publishing transaction
     * commits, once per event (at-least-once delivery, exactly-once effect: the handler's writes and
     * the cursor commit together) in the event's community, only where this module is enabled. A
     * throw rolls back the handler's batch (its cursor does not move) and is logged; the batch is
     * retried the next time events arrive, and this handler's later events wait behind it (other
     * modules' handlers do not).
     */
    handles?: EventHandlerBinding[];
  };
  /**
   * Whom the module's events concern: rules (data) that feed residents' own live feed
   * (`myChanges`) and the in-app inbox, and audiences that turn ids in events into accounts.
   * See docs/plugins.md ("Notifications").
   */
  notifications?: NotificationDeclarations;
  /** GraphQL type name → how `node(id:)` loads it and who may read it. */
  nodes?: Record<string, NodeDeclaration>;
  /** GraphQL type name → an owning kind of photos (uploads), with who may upload and open them. */
  attachments?: Record<string, AttachmentOwnerDeclaration>;
  /** Narrowing of core rows (households, residents) for callers of this module's roles. */
  rowScopes?: RowScopes;
  /** Subscription topics the module's resolvers publish on (declarative: listed, not enforced). */
  topics?: string[];
  /** Figures the module contributes to the 治理成效 dashboard. */
  metrics?: MetricDeclaration[];
  /** Mechanisms through which households take part, for the dashboard's 户参与率 (core unions them). */
  participation?: ParticipationDeclaration[];
  /** Periodic jobs: cron schedules of the job queue, each run once across all replicas. */
  jobs?: JobDeclaration[];
  /** Plain HTTP routes (GET, authenticated and permission-checked by the server). */
  http?: HttpRouteDeclaration[];
  /**
   * The module's migrations (`{ name, class }`, classes extending the SDK's `Migration`), in order.
   * Names carry `_<key>_` (checked at boot). They join the host's single timeline (ordered by name): `wushe migrate up`
   * applies the pending ones (the embedded default also at start) in one transaction; a throw rolls
   * them all back and stops the command (or the start).
   */
  migrations: MigrationObject[];
  /**
   * Seams where a server may run another implementation of a step (`defineStrategy`, keys
   * `<moduleKey>.<name>`); the module reads the one in effect with `strategyOf(em, strategy)`.
   * Tests replace them for one server to inject the naive paths of their negative controls.
   */
  strategies?: Strategy<object>[];
  /**
   * Optional demo data, loaded lazily by `seed --demo` after the core demo community exists, and by
   * `seed --demo --preset <key>` for each module the preset enables (then with `demo`). A throw
   * fails the seed command.
   */
  demoSeed?: () => Promise<{ seed: (em: EntityManager, communityId: string, demo?: DemoSeedContext) => Promise<void> }>;
}

/** What a module's demo seed learns about the community it fills (preset demos only). */
export interface DemoSeedContext {
  /** The preset the community runs. */
  preset: string;
  /** The module's effective settings there (defaults ← preset). */
  settings: Record<string, unknown>;
  /** Login prefix of the demo's accounts, e.g. `fq` for fq.admin, fq.grid; '' for the default demo (admin, grid …). */
  loginPrefix: string;
  /** The default demo (`seed --demo`, the first start): 金秋社区 on its preset, with its own fixed grid and stations. */
  defaultDemo?: boolean;
}

/** The login of a demo role (`admin`, `staff`, `grid`, `resident` …) in the demo being seeded. */
export const demoLogin = (demo: Pick<DemoSeedContext, 'loginPrefix'>, role: string): string => (demo.loginPrefix ? `${demo.loginPrefix}.${role}` : role);

/** Identity helper so manifests get type checking and editor help; validation happens at boot. */
export function defineModule<M extends WusheModule>(manifest: M): M {
  return manifest;
}
