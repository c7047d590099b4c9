// The organisation identity migrations (issue 16 item 2): every co-building unit, social
// organisation, (non-individual) charity resource, 大党委 member unit and escalation target gets an
// identity; rows naming the same body (same community, same name once normalised) share one — the
// duplicate pairs merge, across communities they do not; grid duties gain organisation holders;
// down returns to the columns as they were.
import { beforeMigration } from '../harness/migration';

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

test('creates identities for existing rows, merges duplicate pairs, keeps communities apart; down drops the links', async () => {
  await beforeMigration('Migration20261207120000_core_organizations', async ({ c, migrator, previous, communityId }) => {
    const other = '01900000-0000-7000-8000-000000000002';
    await c.query(`insert into community (id, created_at, updated_at, name, region_code) values ($1, now(), now(), '另一社区', '520222010')`, [other]);
    const row = (table: string, rid: string, cid: string, name: string, extra = '', vals: unknown[] = []) =>
      c.query(
        `insert into ${table} (id, created_at, updated_at, community_id, name${extra ? `, ${extra}` : ''}) values ($1, now(), now(), $2, $3${vals.map((_, i) => `, $${i + 4}`).join('')})`,
        [rid, cid, name, ...vals],
      );
    // The same power station in four registries, spelled three ways (spaces, full-width brackets).
    await row('cobuilding_unit', id(11), communityId, '县供电局（城区所）');
    await row('charity_resource', id(12), communityId, ' 县供电局(城区所) ', 'kind, offers', ['BUSINESS', '{}']);
    await row('party_unit', id(13), communityId, '县供电局 (城区所)', 'kind', ['STATE_ENTERPRISE']);
    await row('party_escalation_target', id(14), communityId, '供电抢修', 'kind, unit_id', ['UTILITY', id(13)]);
    // A social organisation that is also a member unit; an archived co-building unit that is an active member unit.
    await row('social_organization', id(21), communityId, '金秋社工服务中心', 'services', ['{}']);
    await row('party_unit', id(22), communityId, '金秋社工服务中心', 'kind', ['SOCIAL_ORGANIZATION']);
    await row('cobuilding_unit', id(23), communityId, '县第一中学', 'active', [false]);
    await row('party_unit', id(24), communityId, '县第一中学', 'kind', ['SCHOOL']);
    // Singles: a department only as escalation target; an individual donor (a person: no identity).
    await row('party_escalation_target', id(31), communityId, '区住建局', 'kind', ['DEPARTMENT']);
    await row('charity_resource', id(32), communityId, '爱心人士', 'kind, offers', ['INDIVIDUAL', '{}']);
    // The same name in another community is another body.
    await row('cobuilding_unit', id(41), other, '县供电局（城区所）');

    await migrator.up({ to: 'Migration20261207120100_party_organizations' });
    const orgs = (await c.query(`select id, community_id, name, kind, active from organization order by id`)).rows;
    const linkOf = async (table: string, rid: string) => (await c.query(`select organization_id from ${table} where id = $1`, [rid])).rows[0].organization_id;
    const power = await linkOf('cobuilding_unit', id(11));
    expect(power).toBe(id(11)); // the earliest row's id
    for (const [t, r] of [
      ['charity_resource', id(12)],
      ['party_unit', id(13)],
      ['party_escalation_target', id(14)],
    ] as const)
      expect(await linkOf(t, r)).toBe(power);
    expect(orgs.find((o) => o.id === power)).toMatchObject({ community_id: communityId, name: '县供电局（城区所）', kind: 'ENTERPRISE', active: true });
    const social = await linkOf('social_organization', id(21));
    expect(await linkOf('party_unit', id(22))).toBe(social);
    expect(orgs.find((o) => o.id === social)?.kind).toBe('SOCIAL_ORGANIZATION');
    const school = await linkOf('cobuilding_unit', id(23));
    expect(await linkOf('party_unit', id(24))).toBe(school);
    expect(orgs.find((o) => o.id === school)).toMatchObject({ kind: 'SCHOOL', active: true });
    const dept = await linkOf('party_escalation_target', id(31));
    expect(orgs.find((o) => o.id === dept)?.kind).toBe('GOVERNMENT_DEPARTMENT');
    expect(await linkOf('charity_resource', id(32))).toBeNull();
    const otherPower = await linkOf('cobuilding_unit', id(41));
    expect(otherPower).not.toBe(power);
    expect(orgs.filter((o) => o.community_id === communityId)).toHaveLength(4);
    expect(orgs.filter((o) => o.community_id === other)).toHaveLength(1);

    // Grid duties: an organisation may hold one, exactly one holder each.
    await migrator.up({ to: 'Migration20261207120200_grid_organization_duties' });
    await c.query(
      `insert into grid_unit (id, created_at, updated_at, community_id, level, code, name, sort_order) values ($1, now(), now(), $2, 'grid', 'G1', '一网格', 0)`,
      [id(51), communityId],
    );
    const duty = (rid: number, membership: string | null, org: string | null) =>
      c.query(
        `insert into grid_duty (id, created_at, updated_at, community_id, unit_id, membership_id, organization_id, role, starts_on) values ($1, now(), now(), $2, $3, $4, $5, 'gridWorker', '2026-01-01')`,
        [id(rid), communityId, id(51), membership, org],
      );
    await duty(52, null, power);
    await expect(duty(53, null, null)).rejects.toThrow(/grid_duty_one_holder/);

    await migrator.down({ to: previous });
    for (const t of ['cobuilding_unit', 'charity_resource', 'social_organization', 'party_unit', 'party_escalation_target', 'grid_duty'])
      expect((await c.query(`select 1 from information_schema.columns where table_name = $1 and column_name = 'organization_id'`, [t])).rowCount).toBe(0);
    expect((await c.query(`select count(*)::int as n from grid_duty`)).rows[0].n).toBe(0);
    expect((await c.query(`select to_regclass('organization') as t`)).rows[0].t).toBeNull();
  });
}, 90_000);
