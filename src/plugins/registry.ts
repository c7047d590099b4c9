// The module registry: validates every manifest at boot (an error names the module and the
// field), then answers what the installed modules add together.
import semver from 'semver';
import { z } from 'zod';
import type { MigrationObject } from '@mikro-orm/core';
import { ROLES, type Role } from '../schema/roles';
import type { WusheModule } from './module-contract';
import { StrategyTable } from './strategies';
import { KERNEL_USER_ERROR_CODES, TOP_LEVEL_CODES, type DeclaredCode } from '../schema/user-error-codes';
import { declareMessages, isKernelMessage } from '../schema/messages';

export const CORE_VERSION = '0.1.0';

/** Paths of the server itself; module HTTP routes live elsewhere. */
const RESERVED_PATHS = ['/graphql', '/graphiql', '/livez', '/readyz'];

export class ModuleManifestError extends Error {
  constructor(moduleKey: string, field: string, problem: string) {
    super(`模块清单错误 / invalid module manifest: module "${moduleKey}", field "${field}": ${problem}`);
  }
}

const text = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
const manifestShape = z.object({
  key: z.string().regex(/^[a-z][a-z0-9]{1,30}$/, 'lowercase ASCII letters and digits, 2–31 chars'),
  name: text,
  version: z.string().refine((v) => semver.valid(v) !== null, 'not a semver version'),
  coreRange: z.string().refine((v) => semver.validRange(v) !== null, 'not a semver range'),
  requires: z.array(z.string()).optional(),
  uses: z.array(z.string()).optional(),
  alwaysOn: z.boolean().optional(),
  entities: z.array(z.function()),
  resolvers: z.array(z.function()),
  permissions: z.record(z.string().regex(/^[a-z][a-zA-Z.]*$/, 'action keys are camelCase, dot-separated'), text),
  roleDefaults: z.record(z.string(), z.array(z.string())),
  userErrorCodes: z.record(z.string(), text).optional(),
  migrations: z.array(z.object({ name: z.string(), class: z.function() })),
});

export class ModuleRegistry {
  private readonly modules = new Map<string, WusheModule>();
  /** The modules' strategies, with the implementation in effect on this server. */
  readonly strategies = new StrategyTable();
  private readonly codes = new Map<string, DeclaredCode>(Object.entries(KERNEL_USER_ERROR_CODES).map(([c, text]) => [c, { text, declaredBy: 'kernel' }]));

  constructor(manifests: WusheModule[]) {
    for (const m of manifests) this.add(m);
    for (const m of manifests) this.checkRequires(m);
  }

  private add(m: WusheModule): void {
    const key = typeof m?.key === 'string' ? m.key : '?';
    const parsed = manifestShape.safeParse(m);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ModuleManifestError(key, issue.path.join('.') || '(manifest)', issue.message);
    }
    if (this.modules.has(key)) throw new ModuleManifestError(key, 'key', 'another module has the same key');
    if (!semver.satisfies(CORE_VERSION, m.coreRange)) {
      throw new ModuleManifestError(key, 'coreRange', `core ${CORE_VERSION} does not satisfy "${m.coreRange}"`);
    }
    for (const [role, actions] of Object.entries(m.roleDefaults)) {
      if (!ROLES.includes(role as Role)) throw new ModuleManifestError(key, `roleDefaults.${role}`, 'unknown role');
      for (const a of actions) {
        if (!m.permissions[a]) throw new ModuleManifestError(key, `roleDefaults.${role}`, `undeclared action "${a}"`);
      }
    }
    if (m.settings) {
      if (m.settings.module !== undefined && m.settings.module !== key) {
        throw new ModuleManifestError(key, 'settings', `declared for module "${m.settings.module}"`);
      }
      const defaults = m.settings.schema.safeParse({});
      if (!defaults.success) throw new ModuleManifestError(key, 'settings.schema', 'defaults do not validate: ' + defaults.error.issues[0]?.message);
      if (!Number.isInteger(m.settings.version) || m.settings.version < 1) {
        throw new ModuleManifestError(key, 'settings.version', 'must be a positive integer');
      }
    }
    const published = new Set<string>();
    for (const e of m.events?.publishes ?? []) {
      if (!e.type.startsWith(`${key}.`)) throw new ModuleManifestError(key, 'events.publishes', `"${e.type}" must start with "${key}."`);
      // A plain declaration (no schema) would publish unchecked payloads: defineEvent is the only way in.
      if (typeof (e.schema as { safeParse?: unknown } | undefined)?.safeParse !== 'function')
        throw new ModuleManifestError(key, 'events.publishes', `"${e.type}" has no data schema: declare it with defineEvent`);
      if (published.has(e.type)) throw new ModuleManifestError(key, 'events.publishes', `"${e.type}" is declared twice`);
      published.add(e.type);
    }
    const handled = new Set<string>();
    for (const h of m.events?.handles ?? []) {
      if (typeof h?.handle !== 'function' || typeof h.type !== 'string')
        throw new ModuleManifestError(key, 'events.handles', 'each handler is on(Definition, fn) or onAll(fn)');
      // The consumer's cursor is keyed by module and type: two handlers of one type would share it.
      if (handled.has(h.type)) throw new ModuleManifestError(key, 'events.handles', `"${h.type}" is handled twice`);
      handled.add(h.type);
    }
    // Metrics feed the 治理成效 dashboard: keys are the module's, unique, and a rate's weight is a metric of the same module.
    const metricKeys = (m.metrics ?? []).map((d) => d.key);
    for (const d of m.metrics ?? []) {
      if (!d.key.startsWith(`${key}.`)) throw new ModuleManifestError(key, 'metrics', `"${d.key}" must start with "${key}."`);
      if (metricKeys.indexOf(d.key) !== metricKeys.lastIndexOf(d.key)) throw new ModuleManifestError(key, 'metrics', `"${d.key}" is declared twice`);
      if (d.aggregation !== undefined && d.aggregation !== 'sum' && d.aggregation !== 'rate' && d.aggregation !== 'ratio')
        throw new ModuleManifestError(key, 'metrics', `"${d.key}": aggregation is sum, rate or ratio`);
      if ((d.aggregation === 'ratio') !== (typeof d.parts === 'function'))
        throw new ModuleManifestError(key, 'metrics', `"${d.key}": a ratio counts its parts, and only a ratio has parts`);
      if (d.weightKey !== undefined && (d.aggregation !== 'rate' || !metricKeys.includes(d.weightKey))) {
        throw new ModuleManifestError(key, 'metrics', `"${d.key}": weightKey must name another metric of the module, on a rate`);
      }
    }
    // Participation sources join the dashboard's 户参与率: keys are the module's and unique.
    const sourceKeys = (m.participation ?? []).map((p) => p.key);
    for (const p of m.participation ?? []) {
      if (!p.key.startsWith(`${key}.`)) throw new ModuleManifestError(key, 'participation', `"${p.key}" must start with "${key}."`);
      if (sourceKeys.indexOf(p.key) !== sourceKeys.lastIndexOf(p.key)) throw new ModuleManifestError(key, 'participation', `"${p.key}" is declared twice`);
      if (typeof p.households !== 'function') throw new ModuleManifestError(key, 'participation', `"${p.key}": households must be a function`);
    }
    for (const r of m.http ?? []) {
      if (r.method !== 'GET' && r.method !== 'POST') throw new ModuleManifestError(key, 'http', `${r.path}: only GET and POST routes`);
      if (!/^\/[A-Za-z0-9._~:/-]+$/.test(r.path) || RESERVED_PATHS.some((p) => r.path === p || r.path.startsWith(`${p}/`))) {
        throw new ModuleManifestError(key, 'http', `"${r.path}" is not a free path`);
      }
      if (!r.permission.startsWith(`${key}.`) || !m.permissions[r.permission.slice(key.length + 1)]) {
        throw new ModuleManifestError(key, 'http', `${r.path}: permission "${r.permission}" is not one of the module's`);
      }
      for (const other of this.modules.values()) {
        if (other.http?.some((o) => o.path === r.path && o.method === r.method))
          throw new ModuleManifestError(key, 'http', `"${r.path}" is served by module "${other.key}"`);
      }
    }
    for (const [kind, a] of Object.entries(m.attachments ?? {})) {
      if (!a.uploadPermission.startsWith(`${key}.`) || !m.permissions[a.uploadPermission.slice(key.length + 1)])
        throw new ModuleManifestError(key, 'attachments', `${kind}: uploadPermission "${a.uploadPermission}" is not one of the module's`);
      for (const other of this.modules.values()) {
        if (other.attachments?.[kind]) throw new ModuleManifestError(key, 'attachments', `"${kind}" is declared by module "${other.key}"`);
      }
    }
    for (const mig of m.migrations) {
      if (!mig.name.includes(`_${key}_`)) throw new ModuleManifestError(key, 'migrations', `name "${mig.name}" must carry "_${key}_"`);
    }
    for (const s of m.strategies ?? []) {
      if (!s?.key?.startsWith(`${key}.`) || typeof s.impl !== 'object')
        throw new ModuleManifestError(key, 'strategies', `"${s?.key}" must start with "${key}." and come from defineStrategy`);
      if (!this.strategies.declare(s)) throw new ModuleManifestError(key, 'strategies', `"${s.key}" is declared twice`);
    }
    for (const [code, text] of Object.entries(m.userErrorCodes ?? {})) {
      if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(code)) throw new ModuleManifestError(key, 'userErrorCodes', `"${code}" is not UPPER_SNAKE_CASE`);
      if ((TOP_LEVEL_CODES as readonly string[]).includes(code))
        throw new ModuleManifestError(key, 'userErrorCodes', `"${code}" is a top-level error code (errors[].extensions.code), never a user error`);
      const other = this.codes.get(code);
      if (other)
        throw new ModuleManifestError(
          key,
          'userErrorCodes',
          `"${code}" is declared by ${other.declaredBy === 'kernel' ? 'the kernel' : `module "${other.declaredBy}"`}`,
        );
      // Its text is its message: a code the kernel's message table has would have two.
      if (isKernelMessage(code)) throw new ModuleManifestError(key, 'userErrorCodes', `"${code}" is one of the kernel's messages`);
      this.codes.set(code, { text, declaredBy: key });
    }
    declareMessages(m.userErrorCodes ?? {});
    this.modules.set(key, m);
  }

  private checkRequires(m: WusheModule): void {
    for (const field of ['requires', 'uses'] as const) {
      for (const r of m[field] ?? []) {
        if (!this.modules.has(r)) throw new ModuleManifestError(m.key, field, `module "${r}" is not installed`);
      }
    }
  }

  /** Every code `userErrors` may carry: the kernel's and each installed module's (the `UserErrorCode` enum). */
  userErrorCodes(): ReadonlyMap<string, DeclaredCode> {
    return this.codes;
  }
  get(key: string): WusheModule | undefined {
    return this.modules.get(key);
  }
  list(): WusheModule[] {
    return [...this.modules.values()];
  }
  /** Keys of the modules enabled in every community (tenancy, and modules the others build on). */
  alwaysOn(): string[] {
    return this.list()
      .filter((m) => m.alwaysOn)
      .map((m) => m.key);
  }
  entities(): Function[] {
    return this.list().flatMap((m) => m.entities);
  }
  /** Plain HTTP routes of all modules, with the module serving each. */
  httpRoutes(): { module: WusheModule; route: NonNullable<WusheModule['http']>[number] }[] {
    return this.list().flatMap((module) => (module.http ?? []).map((route) => ({ module, route })));
  }
  resolvers(): Function[] {
    return this.list().flatMap((m) => m.resolvers);
  }
  orphanedTypes(): Function[] {
    return this.list().flatMap((m) => m.orphanedTypes ?? []);
  }
  /** One migration timeline across modules, ordered by the timestamp in the name. */
  migrations(): MigrationObject[] {
    return this.list()
      .flatMap((m) => m.migrations)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  /** Every permission as `<module>.<action>`. */
  permissionNames(): string[] {
    return this.list().flatMap((m) => Object.keys(m.permissions).map((a) => `${m.key}.${a}`));
  }
  /** Default permissions of a role in one module, fully qualified. */
  roleDefaults(moduleKey: string, role: Role): string[] {
    const m = this.modules.get(moduleKey);
    return (m?.roleDefaults[role] ?? []).map((a) => `${moduleKey}.${a}`);
  }
  /** Modules whose `requires` names this one. */
  dependents(key: string): string[] {
    return this.list()
      .filter((m) => m.requires?.includes(key))
      .map((m) => m.key);
  }
}
