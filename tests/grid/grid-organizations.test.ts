// Organisations on the grid (issue 16 item 2) end to end through GraphQL: a duty held by an
// organisation down the same tree as members' (Sanshundian's 单位包小区 — 党支部包楼栋 — 党员包户),
// a department holding a piece (Fengqing's 部门分片包保) counted by the coverage check, one
// organisation as 大党委 member unit, co-building unit and resource provider without registering
// it again, bad holders refused, and the new ids isolated between communities.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';

const Configure = graphql(`
  mutation OrgGridConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Tree = graphql(`
  query OrgGridTree($parent: ID) {
    gridUnits(parent: $parent, first: 20) {
      nodes {
        id
        code
      }
    }
  }
`);
const UnitHouseholds = graphql(`
  query OrgGridUnitHouseholds($id: ID!) {
    gridUnit(id: $id) {
      households(first: 1) {
        nodes {
          id
        }
      }
    }
  }
`);
const Members = graphql(`
  query OrgGridMembers {
    memberships(first: 50) {
      nodes {
        id
        login
      }
    }
  }
`);
const UnitCreate = graphql(`
  mutation OrgGridUnitCreate($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Place = graphql(`
  mutation OrgGridPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      userErrors {
        code
        field
      }
    }
  }
`);
const PartyUnitCreate = graphql(`
  mutation OrgPartyUnitCreate($input: PartyUnitCreateInput!) {
    partyUnitCreate(input: $input) {
      unit {
        id
        organization {
          id
          name
          kind
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const CobuildingCreate = graphql(`
  mutation OrgCobuildingCreate($input: CobuildingUnitCreateInput!) {
    cobuildingUnitCreate(input: $input) {
      cobuildingUnit {
        id
        organization {
          id
          name
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const OrgCreate = graphql(`
  mutation OrgCreate($input: OrganizationCreateInput!) {
    organizationCreate(input: $input) {
      organization {
        id
        name
        kind
        active
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const OrgUpdate = graphql(`
  mutation OrgUpdate($input: OrganizationUpdateInput!) {
    organizationUpdate(input: $input) {
      organization {
        id
        name
        active
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const OrgRoles = graphql(`
  query OrgRoles($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      partyUnits {
        id
        name
      }
      cobuildingUnits {
        id
      }
      socialOrganizations {
        id
      }
      charityResources {
        id
      }
      resources {
        title
        provider {
          type
          name
        }
      }
    }
  }
`);
const Orgs = graphql(`
  query OrgList($search: String, $includeInactive: Boolean) {
    organizations(search: $search, includeInactive: $includeInactive, first: 20) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
const OrgPage = graphql(`
  query OrgPage($search: String) {
    organizations(search: $search, first: 20) {
      nodes {
        name
        partyUnits {
          name
        }
        cobuildingUnits {
          id
        }
      }
    }
  }
`);
const ResourceCreate = graphql(`
  mutation OrgResourceCreate($input: ResourcesResourceCreateInput!) {
    resourcesResourceCreate(input: $input) {
      resource {
        id
        provider {
          id
          type
          name
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const SocialOrgs = graphql(`
  query OrgSocialOrgs {
    socialOrganizations(first: 5) {
      nodes {
        id
        name
      }
    }
  }
`);
const FundCreate = graphql(`
  mutation OrgFundCreate($input: FundCreateInput!) {
    fundCreate(input: $input) {
      fund {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DonationRecord = graphql(`
  mutation OrgDonationRecord($input: FundDonationInput!) {
    fundDonationRecord(input: $input) {
      donation {
        id
        donorType
        donor {
          __typename
          ... on Organization {
            id
            name
          }
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const OrgDonations = graphql(`
  query OrgDonations($id: ID!) {
    organization(id: $id) {
      donations {
        id
        amountFen
      }
    }
  }
`);
const DutyAssign = graphql(`
  mutation OrgDutyAssign($input: GridDutyAssignInput!) {
    gridDutyAssign(input: $input) {
      gridDuty {
        id
        role
        holderKind
        holderName
        holder {
          id
        }
        holderOrganization {
          id
          name
        }
        unit {
          code
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DutyEnd = graphql(`
  mutation OrgDutyEnd($input: GridDutyEndInput!) {
    gridDutyEnd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Responsible = graphql(`
  query OrgResponsible($h: ID!) {
    gridResponsible(household: $h) {
      holderKind
      holderName
      role
      unit {
        code
      }
      holderOrganization {
        id
      }
    }
  }
`);
const Coverage = graphql(`
  query OrgCoverage($unit: ID) {
    gridCoverage(unit: $unit, first: 100) {
      roleGapCount
      roleGaps {
        role
        unit {
          code
        }
      }
      householdsWithoutResponsibleCount
    }
  }
`);

let s: TestServer;
const tok: Record<string, { token: string }> = {};
const unit: Record<string, string> = {};
const member: Record<string, string> = {};

const ok = <T extends { userErrors: { code: string }[] }>(p: T | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const assign = (input: Record<string, unknown>, as = tok.admin) => s.gql(DutyAssign, { input: input as any }, as);
const newOrg = async (name: string, kind: 'GOVERNMENT_DEPARTMENT' | 'ENTERPRISE' | 'PARTY_ORGANIZATION' | 'OTHER') =>
  ok((await s.gql(OrgCreate, { input: { name, kind } }, tok.admin)).data?.organizationCreate).organization!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', 'resident']) tok[l] = { token: await s.login(l) };
  for (const key of ['grid', 'party', 'resources', 'fund'])
    expect((await s.gql(Configure, { input: { moduleKey: key, enabled: true } }, tok.admin)).data!.communityModuleConfigure.userErrors).toEqual([]);
  // A third level under the buildings (单元) for 党员包户, and a role for 包保单位.
  const settings = {
    levels: [
      { key: 'grid', name: '网格' },
      { key: 'building', name: '楼栋' },
      { key: 'entrance', name: '单元' },
    ],
    dutyRoles: [
      { key: 'gridWorker', name: '网格员', level: 'grid', required: true },
      { key: 'buildingLead', name: '楼栋长', level: 'building', required: false },
      { key: 'unitInCharge', name: '包保单位', level: 'grid', required: false },
      { key: 'memberHousehold', name: '包户党员', level: 'entrance', required: false },
    ],
  };
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', settings } }, tok.admin)).data!.communityModuleConfigure.userErrors).toEqual([]);
  for (const n of (await s.gql(Tree, {}, tok.admin)).data!.gridUnits.nodes) unit[n.code] = n.id;
  for (const n of (await s.gql(Tree, { parent: unit.G1 }, tok.admin)).data!.gridUnits.nodes) unit[n.code] = n.id;
  for (const m of (await s.gql(Members, {}, tok.admin)).data!.memberships.nodes) member[m.login!] = m.id;
}, 90_000);

afterAll(async () => {
  await s?.stop();
});

test('Sanshundian chain: a member unit holds the 小区, a party branch the building, a party member the households — one tree, top first', async () => {
  const taxBureau = ok((await s.gql(PartyUnitCreate, { input: { name: '县税务局', kind: 'AGENCY' } }, tok.admin)).data?.partyUnitCreate).unit!.organization!;
  expect(taxBureau).toMatchObject({ name: '县税务局', kind: 'GOVERNMENT_DEPARTMENT' });
  const branch = ok((await s.gql(PartyUnitCreate, { input: { name: '第一网格党总支', kind: 'COMMUNITY' } }, tok.admin)).data?.partyUnitCreate).unit!
    .organization!;
  expect(branch.kind).toBe('PARTY_ORGANIZATION');
  const entrance = ok(
    (await s.gql(UnitCreate, { input: { code: 'G1-B1-U1', level: 'entrance', name: '1 单元', parent: unit['G1-B1'] } }, tok.admin)).data?.gridUnitCreate,
  ).gridUnit!.id;
  const household = (await s.gql(UnitHouseholds, { id: unit['G1-B1']! }, tok.admin)).data!.gridUnit!.households.nodes[0]!.id;
  ok((await s.gql(Place, { input: { household, unit: entrance } }, tok.admin)).data?.gridHouseholdPlace);

  // 单位包小区: the unit's role is a grid-level one; 党支部包楼栋: an organisation may hold it on any level.
  const estate = ok((await assign({ unit: unit.G1, organization: taxBureau.id, role: 'unitInCharge' })).data?.gridDutyAssign).gridDuty!;
  expect(estate).toMatchObject({ holderKind: 'ORGANIZATION', holderName: '县税务局', holder: null, holderOrganization: { id: taxBureau.id } });
  const building = ok((await assign({ unit: unit['G1-B1'], organization: branch.id, role: 'unitInCharge' })).data?.gridDutyAssign).gridDuty!;
  expect(building.unit!.code).toBe('G1-B1');
  // 党员包户: a member, on the role's own level.
  const home = ok((await assign({ unit: entrance, membership: member.party, role: 'memberHousehold' })).data?.gridDutyAssign).gridDuty!;
  expect(home).toMatchObject({ holderKind: 'MEMBER', holderOrganization: null, holder: { id: member.party } });

  const chain = (await s.gql(Responsible, { h: household }, tok.admin)).data!.gridResponsible!;
  const ours = chain.filter((d) => d.role !== 'gridWorker').map((d) => [d.unit!.code, d.holderKind, d.holderName]);
  expect(ours).toEqual([
    ['G1', 'ORGANIZATION', '县税务局'],
    ['G1-B1', 'ORGANIZATION', '第一网格党总支'],
    ['G1-B1-U1', 'MEMBER', expect.any(String)],
  ]);
  // Residents see the organisation's name as their contact even without the registry permission.
  const seen = (await s.gql(Responsible, { h: household }, tok.grid)).data?.gridResponsible;
  if (seen) expect(seen.find((d) => d.holderKind === 'ORGANIZATION')?.holderName).toBe('县税务局');
});

test('Fengqing: a department holds a piece of the grid, and the coverage check counts it (until the department is archived)', async () => {
  const before = (await s.gql(Coverage, { unit: unit.G2 }, tok.admin)).data!.gridCoverage!;
  expect(before.householdsWithoutResponsibleCount).toBeGreaterThan(0);
  expect(before.roleGaps.map((g) => [g.unit.code, g.role])).toContainEqual(['G2', 'gridWorker']);

  const dept = await newOrg('区水务局', 'GOVERNMENT_DEPARTMENT');
  const duty = ok((await assign({ unit: unit.G2, organization: dept.id, role: 'gridWorker' })).data?.gridDutyAssign).gridDuty!;
  const held = (await s.gql(Coverage, { unit: unit.G2 }, tok.admin)).data!.gridCoverage!;
  expect(held.householdsWithoutResponsibleCount).toBe(0);
  expect(held.roleGaps.map((g) => [g.unit.code, g.role])).not.toContainEqual(['G2', 'gridWorker']);
  expect(held.roleGapCount).toBe(before.roleGapCount - 1);

  // An archived organisation holds nothing: its piece is uncovered again.
  ok((await s.gql(OrgUpdate, { input: { id: dept.id, active: false } }, tok.admin)).data?.organizationUpdate);
  expect((await s.gql(Coverage, { unit: unit.G2 }, tok.admin)).data!.gridCoverage!.householdsWithoutResponsibleCount).toBe(
    before.householdsWithoutResponsibleCount,
  );
  ok((await s.gql(OrgUpdate, { input: { id: dept.id, active: true } }, tok.admin)).data?.organizationUpdate);
  expect((await s.gql(Coverage, { unit: unit.G2 }, tok.admin)).data!.gridCoverage!.householdsWithoutResponsibleCount).toBe(0);
  // The duty ends like a member's (kept as history; serving through its last day).
  expect((await s.gql(DutyEnd, { input: { id: duty.id } }, tok.admin)).data!.gridDutyEnd.userErrors).toEqual([]);
});

test('one organisation is member unit, co-building unit and resource provider without registering it again', async () => {
  const unitOrg = ok((await s.gql(PartyUnitCreate, { input: { name: '县人民医院', kind: 'MEDICAL' } }, tok.admin)).data?.partyUnitCreate).unit!.organization!;
  // The same body in the co-building registry (spacing and full-width forms differ): the same identity.
  const cob = ok((await s.gql(CobuildingCreate, { input: { name: '县人民医院　' } }, tok.admin)).data?.cobuildingUnitCreate).cobuildingUnit!;
  expect(cob.organization!.id).toBe(unitOrg.id);
  // It offers a resource as itself: no co-building or charity record needed.
  const res = ok(
    (await s.gql(ResourceCreate, { input: { kind: 'SKILL', title: '周末义诊', providerId: unitOrg.id } }, tok.admin)).data?.resourcesResourceCreate,
  ).resource!;
  expect(res.provider).toEqual({ id: unitOrg.id, type: 'ORGANIZATION', name: '县人民医院' });
  const roles = (await s.gql(OrgRoles, { id: unitOrg.id }, tok.admin)).data!.organization!;
  expect(roles.kind).toBe('MEDICAL');
  expect(roles.partyUnits.map((u) => u.name)).toEqual(['县人民医院']);
  expect(roles.cobuildingUnits.map((c) => c.id)).toEqual([cob.id]);
  expect(roles.resources.map((r) => [r.title, r.provider?.type])).toEqual([['周末义诊', 'ORGANIZATION']]);
  expect((await s.gql(Orgs, { search: '县人民医院' }, tok.admin)).data!.organizations.totalCount).toBe(1);
  // A page of organisations answers each one's roles (batched per registry).
  const page = (await s.gql(OrgPage, { search: '县' }, tok.admin)).data!.organizations.nodes;
  expect(page.find((o) => o.name === '县人民医院')).toEqual({ name: '县人民医院', partyUnits: [{ name: '县人民医院' }], cobuildingUnits: [{ id: cob.id }] });
  expect(page.find((o) => o.name === '县税务局')).toEqual({ name: '县税务局', partyUnits: [{ name: '县税务局' }], cobuildingUnits: [] });
  // The demo's seeded registries have their identities too (seeds link like the mutations do).
  expect((await s.gql(Orgs, { search: '金秋社工服务中心' }, tok.admin)).data!.organizations.totalCount).toBe(1);
  // It gives to a community fund as itself too.
  const custodianId = (await s.gql(SocialOrgs, {}, tok.admin)).data!.socialOrganizations.nodes[0]!.id;
  const fundId = ok(
    (
      await s.gql(
        FundCreate,
        {
          input: {
            name: '社区基金',
            kind: 'GENERAL',
            custodianId,
            committeeMemberIds: [member.party!, member.volunteer!, member.cobuild!],
            custodianAgentIds: [member.org!],
          },
        },
        tok.admin,
      )
    ).data?.fundCreate,
  ).fund!.id;
  const gift = ok(
    (await s.gql(DonationRecord, { input: { fundId, kind: 'MONEY', amountFen: 50_000, donor: { id: unitOrg.id }, idempotencyKey: 'org-gift-1' } }, tok.admin))
      .data?.fundDonationRecord,
  ).donation!;
  expect(gift.donorType).toBe('ORGANIZATION');
  expect(gift.donor).toEqual({ __typename: 'Organization', id: unitOrg.id, name: '县人民医院' });
  expect((await s.gql(OrgDonations, { id: unitOrg.id }, tok.admin)).data!.organization!.donations.map((d) => [d.id, d.amountFen])).toEqual([[gift.id, 50_000]]);
  // A second identity of the same name is refused; renaming onto another's name too.
  const dup = (await s.gql(OrgCreate, { input: { name: '县 人民医院', kind: 'MEDICAL' } }, tok.admin)).data!.organizationCreate;
  expect(dup.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'name'] }]);
  const other = await newOrg('县妇幼保健院', 'OTHER');
  const clash = (await s.gql(OrgUpdate, { input: { id: other.id, name: '县人民医院' } }, tok.admin)).data!.organizationUpdate;
  expect(clash.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'name'] }]);
});

test('bad holders: none, both, unknown, archived, a role nobody configured, the same duty twice; a member still keeps to the role level', async () => {
  const org = await newOrg('锦华物业公司', 'ENTERPRISE');
  const errs = async (input: Record<string, unknown>) => {
    const r = await assign(input);
    expect(r.errors).toBeUndefined();
    return r.data!.gridDutyAssign.userErrors;
  };
  expect(await errs({ unit: unit.G1, role: 'unitInCharge' })).toEqual([{ code: 'GRID_DUTY_HOLDER', field: ['input', 'membership'] }]);
  expect(await errs({ unit: unit.G1, role: 'unitInCharge', organization: org.id, membership: member.grid })).toEqual([
    { code: 'GRID_DUTY_HOLDER', field: ['input', 'organization'] },
  ]);
  const unknown = Buffer.from('v1:Organization:01900000-0000-7000-8000-00000000beef').toString('base64url');
  expect(await errs({ unit: unit.G1, role: 'unitInCharge', organization: unknown })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'organization'] }]);
  expect(await errs({ unit: unit.G1, role: 'nobody', organization: org.id })).toEqual([{ code: 'GRID_ROLE_MISMATCH', field: ['input', 'role'] }]);
  expect(await errs({ unit: unit['G1-B2'], role: 'unitInCharge', membership: member.grid })).toEqual([
    { code: 'GRID_ROLE_MISMATCH', field: ['input', 'role'] },
  ]);
  expect(await errs({ unit: unit['G1-B2'], role: 'unitInCharge', organization: org.id })).toEqual([]);
  expect(await errs({ unit: unit['G1-B2'], role: 'unitInCharge', organization: org.id })).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'role'] }]);
  ok((await s.gql(OrgUpdate, { input: { id: org.id, active: false } }, tok.admin)).data?.organizationUpdate);
  expect(await errs({ unit: unit['G1-B3'], role: 'unitInCharge', organization: org.id })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'organization'] }]);
  // A malformed id is reported as such; an id of another type names no organisation.
  expect(await errs({ unit: unit.G1, role: 'unitInCharge', organization: 'not-an-id' })).toEqual([{ code: 'INVALID_ID', field: ['input', 'organization'] }]);
  expect(await errs({ unit: unit.G1, role: 'unitInCharge', organization: unit.G2 })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'organization'] }]);
  // Registering organisations is the registry managers'; a resident may not.
  const denied = await s.gql(OrgCreate, { input: { name: '某公司', kind: 'ENTERPRISE' } }, tok.resident);
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const empty = (await s.gql(OrgCreate, { input: { name: '   ', kind: 'ENTERPRISE' } }, tok.admin)).data?.organizationCreate;
  expect(empty?.userErrors[0]?.code).toBe('BAD_USER_INPUT');
});

test('tenant isolation: another community sees and touches none of the organisation ids', async () => {
  const org = await newOrg('县应急管理局', 'GOVERNMENT_DEPARTMENT');
  const { admin: other } = await createCommunity(s, { name: '隔离社区' });
  const otherAs = { token: other.token! };
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, otherAs)).data!.communityModuleConfigure.userErrors).toEqual([]);
  const otherUnit = ok((await s.gql(UnitCreate, { input: { code: 'X1', level: 'grid', name: '一网格' } }, otherAs)).data?.gridUnitCreate).gridUnit!.id;
  const random = Buffer.from('v1:Organization:01900000-0000-7000-8000-00000000abcd').toString('base64url');
  for (const id of [org.id, random]) {
    expect((await s.gql(OrgRoles, { id }, otherAs)).data!.organization).toBeNull();
    expect((await s.gql(OrgUpdate, { input: { id, name: '改名' } }, otherAs)).data!.organizationUpdate.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'] },
    ]);
    expect((await s.gql(DutyAssign, { input: { unit: otherUnit, organization: id, role: 'gridWorker' } }, otherAs)).data!.gridDutyAssign.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'organization'] },
    ]);
  }
  expect((await s.gql(Orgs, { includeInactive: true }, otherAs)).data!.organizations.totalCount).toBe(0);
  expect((await s.gql(OrgRoles, { id: org.id }, tok.admin)).data!.organization!.name).toBe('县应急管理局');
});
