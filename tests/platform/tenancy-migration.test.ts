// Tenancy left the core module: its actions and event types became `tenancy.*`. The data migration
// rewrites every stored old name (API keys, per-role overrides, outbox, consumer cursors), leaves
// core's own names alone, and its down migration restores the rows as they were.
import { beforeMigration } from '../harness/migration';

const MIGRATION = 'Migration20261207000000_tenancy_namespace';
const KEY_ID = '01900000-0000-7000-8000-0000000000a1';

test('stored core.* tenancy names become tenancy.*, core names stay, and down restores them', async () => {
  await beforeMigration(MIGRATION, async ({ c, migrator, previous, communityId }) => {
    await c.query(
      `insert into api_key (id, created_at, updated_at, community_id, name, prefix, secret_hash, permissions)
       values ($1, now(), now(), $2, '12345 对接', 'wsk_test', 'x', $3)`,
      [KEY_ID, communityId, ['core.membership.read', 'core.household.read', 'core.apiKey.manage']],
    );
    const overrides = { GRID_STAFF: { grant: ['apiKey.manage', 'household.write'], revoke: ['membership.read'] }, RESIDENT: { revoke: ['forces.read'] } };
    await c.query(
      `insert into community_module (community_id, module_key, enabled, settings, settings_version, role_permissions, updated_at)
       values ($1, 'core', true, '{}', 1, $2, now())`,
      [communityId, JSON.stringify(overrides)],
    );
    await c.query(
      `insert into outbox_event (seq, type, community_id, data, created_at) values (1, 'core.MemberAdded', $1, '{}', now()), (2, 'core.HouseholdCreated', $1, '{}', now())`,
      [communityId],
    );
    await c.query(`insert into event_consumer (consumer, last_seq) values ('noticeboard:core.MemberAdded', 1), ('noticeboard:core.HouseholdCreated', 2)`);
    const snapshot = async () => ({
      key: (await c.query(`select permissions from api_key where id = $1`, [KEY_ID])).rows[0].permissions,
      modules: (await c.query(`select module_key, role_permissions from community_module order by module_key`)).rows,
      types: (await c.query(`select type from outbox_event order by seq`)).rows.map((r) => r.type),
      consumers: (await c.query(`select consumer, last_seq::int from event_consumer order by consumer`)).rows,
    });
    const before = await snapshot();

    await migrator.up();
    expect(await snapshot()).toEqual({
      key: ['tenancy.membership.read', 'core.household.read', 'tenancy.apiKey.manage'],
      modules: [
        { module_key: 'core', role_permissions: { GRID_STAFF: { grant: ['household.write'] }, RESIDENT: { revoke: ['forces.read'] } } },
        { module_key: 'tenancy', role_permissions: { GRID_STAFF: { grant: ['apiKey.manage'], revoke: ['membership.read'] } } },
      ],
      types: ['tenancy.MemberAdded', 'core.HouseholdCreated'],
      consumers: [
        { consumer: 'noticeboard:core.HouseholdCreated', last_seq: 2 },
        { consumer: 'noticeboard:tenancy.MemberAdded', last_seq: 1 },
      ],
    });

    await migrator.down({ to: previous });
    const after = await snapshot();
    expect(after.key).toEqual(before.key);
    expect(after.types).toEqual(before.types);
    expect(after.consumers).toEqual(before.consumers);
    // The same grants and revokes per role (their order within a list may differ).
    expect(after.modules).toEqual([
      {
        module_key: 'core',
        role_permissions: { GRID_STAFF: { grant: ['household.write', 'apiKey.manage'], revoke: ['membership.read'] }, RESIDENT: { revoke: ['forces.read'] } },
      },
    ]);
  });
});
