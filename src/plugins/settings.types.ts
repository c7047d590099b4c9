// The shapes of a module's settings declaration, apart from the module contract so the
// per-operation context can name them without importing the contract.
import type { z } from 'zod';

/**
 * Per-community settings of a module. Effective value = schema defaults ← the community preset's
 * values ← the community admin's overrides (`communityModuleConfigure`), validated by `schema`.
 */
export interface ModuleSettings<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** The module key, set by `defineSettings` (src/plugins/settings.ts); must be the manifest's key. */
  module?: string;
  /**
   * One zod declaration gives validation, defaults (`.default()`) and the TS type (`z.infer`).
   * Checked at boot: `schema.parse({})` must succeed (every field has a default), else the server
   * refuses to start. Checked again on every write: an invalid override is refused with
   * `SETTINGS_INVALID` and nothing is stored.
   */
  schema: S;
  /** Positive integer, bumped when the stored shape changes; stored overrides carry the version they were written with. */
  version: number;
  /**
   * Upgrades overrides stored under an older `version` to the current shape; runs when they are
   * read. Pure and synchronous. A throw fails the operation reading the settings.
   */
  migrate?: (stored: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
}

/**
 * Settings declared with `defineSettings` (src/plugins/settings.ts): the key names the module, so
 * the declaration alone lets a reader find and type the community's effective value.
 */
export interface SettingsDeclaration<S extends z.ZodTypeAny = z.ZodTypeAny> extends ModuleSettings<S> {
  readonly module: string;
}

/** The effective settings' type of a declaration (the schema's output: defaults filled in). */
export type SettingsOf<D extends SettingsDeclaration> = z.output<D['schema']>;
