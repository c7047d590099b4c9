// Installed ≠ enabled: which modules a community runs, and its own settings, are data.
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'community_module' })
export class CommunityModule {
  [OptionalProps]?: 'updatedAt' | 'enabled' | 'settings' | 'settingsVersion' | 'rolePermissions';

  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  @PrimaryKey({ type: 'text' })
  moduleKey!: string;

  @Property({ type: 'boolean' })
  enabled: boolean = true;

  /** The community's own overrides, on top of module defaults and the preset. */
  @Property({ type: 'jsonb' })
  settings: Record<string, unknown> = {};

  @Property({ type: 'integer' })
  settingsVersion: number = 1;

  /** Per-role grants and revocations: { ROLE: { grant: [...], revoke: [...] } }. */
  @Property({ type: 'jsonb' })
  rolePermissions: Record<string, { grant?: string[]; revoke?: string[] }> = {};

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
