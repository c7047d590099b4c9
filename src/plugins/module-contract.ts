// The module contract: everything a governance module (first-party or an integrator's plugin)
// adds to the platform, declared in one manifest. The registry validates it at boot.
import type { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { AnyEventDefinition, EventHandlerBinding } from './events/define-event';
import type { Ctx } from '../schema/context';

export type LocalizedText = { 'zh-CN': string; en: string };

/** Roles a membership can hold in a community (street/platform admins sit above communities). */
export const ROLES = [
  'RESIDENT',
  'GRID_STAFF',
  'SOCIAL_WORKER',
  'VOLUNTEER',
  'PARTY_MEMBER',
  'SOCIAL_ORG_MEMBER',
  'COBUILD_UNIT_MEMBER',
  'COMMUNITY_STAFF',
  'COMMUNITY_ADMIN',
  'STREET_ADMIN',
  'PLATFORM_ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export interface ModuleSettings<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** One declaration gives validation, defaults (`.default()`) and the TS type. */
  schema: S;
  /** Bumped when the stored shape changes; `migrate` upgrades stored overrides. */
  version: number;
  migrate?: (stored: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
}

export type { EventHandlerContext, EventHandlerBinding, EventDefinition, AnyEventDefinition } from './events/define-event';

/** What a subscriber sees of an event type; `defineEvent` adds the schema of its data. */
export interface EventDeclaration {
  type: string;
  description: LocalizedText;
  /** Permission a subscriber needs to see this event (live or in catch-up queries). */
  permission: string;
}

/** A GraphQL object type the module adds to `node(id:)`, with the permission to read it. */
export interface NodeDeclaration {
  entity: Function;
  permission: string;
}

/**
 * A module's narrowing of core rows: while the module is enabled in the community, core's own
 * queries, mutations and `node(id:)` show the caller only these rows (scopes of several modules
 * intersect). E.g. grid limits a grid worker to the households of their units.
 */
export interface RowScopes {
  /** Ids of the households the caller may reach, or null for no narrowing. Residents follow their household. */
  Household?: (ctx: Ctx) => Promise<Iterable<string> | null>;
}

export interface MetricDeclaration {
  key: string;
  name: LocalizedText;
  /** Computes the figure for a community and period, in the module's own tables. */
  compute: (em: EntityManager, communityId: string, from: Date, to: Date) => Promise<number>;
  /**
   * How a street rolls the figure up over its communities: `sum` (counts and amounts, the default)
   * or `rate` (percentages and averages: the mean over the communities, weighted by the value of
   * the metric `weightKey` of the same module in each community when given).
   */
  aggregation?: MetricAggregation;
  weightKey?: string;
}
export type MetricAggregation = 'sum' | 'rate';

/** A periodic job (e.g. flagging overdue requests). Every process runs it; the job itself must be
 * safe to run concurrently (conditional writes), so each effect happens once. */
export interface JobDeclaration {
  name: string;
  everyMs: number;
  run: (ctx: JobContext) => Promise<void>;
}

export interface JobContext {
  /** A fresh fork with no tenant scope set: the job scopes its own queries by community. */
  em: EntityManager;
  /** Effective settings of the job's module in a community (null when not enabled there). */
  settings(communityId: string): Promise<unknown | null>;
  now: Date;
}

/** What an HTTP route handler gets: path parameters and the query string. */
export interface HttpRouteRequest {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

export interface HttpRouteResponse {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * A plain HTTP route the module serves beside GraphQL (e.g. a read-only projection for another
 * system). The server authenticates the caller exactly as for GraphQL (a community API key in
 * `X-Api-Key` or `?api_key=`, or a bearer token), answers 401 without valid credentials and 403
 * unless the module is enabled in the caller's community and the caller holds `permission`; only
 * then does `handler` run, with a per-request context scoped to that community. Read-only: GET.
 */
export interface HttpRouteDeclaration {
  method: 'GET';
  /** Express path, starting with `/<moduleKey>` or a standard's own prefix, e.g. `/open311/v2/requests/:id.json`. */
  path: string;
  /** `<moduleKey>.<action>` the caller must hold. */
  permission: string;
  /** Typed as unknown here to keep the contract free of the server's types; it is a `Ctx`. */
  handler: (req: HttpRouteRequest, ctx: any) => Promise<HttpRouteResponse>;
  /** Shape of the 4xx bodies the server writes itself (the standard's error format); default `{ errors: [...] }`. */
  errorBody?: (status: number, code: string, message: string) => unknown;
}

export interface WusheModule {
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
  version: string;
  /** Semver range of the core this module works with. */
  coreRange: string;
  requires?: string[];
  entities: Function[];
  resolvers: Function[];
  /** Extra GraphQL types not reachable from resolvers (interfaces' implementations). */
  orphanedTypes?: Function[];
  settings?: ModuleSettings;
  /** Action keys (without the module prefix) with a description for admin screens. */
  permissions: Record<string, LocalizedText>;
  /** Role → actions granted by default; a community may override per role. */
  roleDefaults: Partial<Record<Role, string[]>>;
  events?: {
    /** Events the module publishes, each made with `defineEvent` (type, data schema, description, permission). */
    publishes?: AnyEventDefinition[];
    /** Handlers of other modules' events, run once per event in their own transaction: `on(Definition, fn)`,
     * or `onAll(fn)` for every event type except the module's own (rules naming types at runtime). */
    handles?: EventHandlerBinding[];
  };
  /** GraphQL type name → how `node(id:)` loads it and who may read it. */
  nodes?: Record<string, NodeDeclaration>;
  /** Narrowing of core rows (households, residents) for callers of this module's roles. */
  rowScopes?: RowScopes;
  /** Subscription topics the module's resolvers publish on. */
  topics?: string[];
  metrics?: MetricDeclaration[];
  jobs?: JobDeclaration[];
  /** Plain HTTP routes (GET, authenticated and permission-checked by the server). */
  http?: HttpRouteDeclaration[];
  migrations: MigrationObject[];
  /**
   * Optional demo data, loaded lazily by `seed --demo` after the core demo community exists, and by
   * `seed --demo --preset <key>` for each module the preset enables (then with `demo`).
   */
  demoSeed?: () => Promise<{ seed: (em: EntityManager, communityId: string, demo?: DemoSeedContext) => Promise<void> }>;
}

/** What a module's demo seed learns about the community it fills (preset demos only). */
export interface DemoSeedContext {
  /** The preset the community runs. */
  preset: string;
  /** The module's effective settings there (defaults ← preset). */
  settings: Record<string, unknown>;
  /** Login prefix of the demo's accounts, e.g. `fq` for fq.admin, fq.grid. */
  loginPrefix: string;
}

/** Identity helper so manifests get type checking and editor help. */
export function defineModule<M extends WusheModule>(manifest: M): M {
  return manifest;
}
