// The shapes of a module's settings declaration, apart from the module contract so the
// per-operation context can name them without importing the contract.
import type { z } from 'zod';

export interface ModuleSettings<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** The module key, set by `defineSettings` (src/plugins/settings.ts); must be the manifest's key. */
  module?: string;
  /** One declaration gives validation, defaults (`.default()`) and the TS type. */
  schema: S;
  /** Bumped when the stored shape changes; `migrate` upgrades stored overrides. */
  version: number;
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
