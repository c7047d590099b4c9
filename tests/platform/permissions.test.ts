// Runs the checked-in role × action table of tenancy and core (permissions.matrix.ts) both ways against the demo
// community: allowed → the operation works; denied → FORBIDDEN and nothing written. Then community
// overrides: a grant and a revoke change the outcome; unknown or malformed overrides are user errors.
import { Client } from 'pg';
import { graphql } from '../gql';
import { codes } from '../harness/payload';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { corePermissions } from '../../src/modules/core/core.permissions';
import { tenancyPermissions } from '../../src/schema/tenancy/tenancy.permissions';
import { LOGINS, MATRIX, OPS, VIA_HEADER, type Login } from './permissions.matrix';

const CommunityId = graphql(`
  query PermCommunityId {
    community {
      id
    }
  }
`);
const Configure = graphql(`
  mutation PermConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdMembers = graphql(`
  query PermHouseholdMembers {
    households(first: 5) {
      nodes {
        number
        members {
          name
        }
      }
    }
  }
`);

// Every table an operation of the matrix could write, and the event outbox every mutation writes to.
const FINGERPRINT = `select
  (select count(*) from outbox_event) events, (select count(*) from account) accounts, (select count(*) from membership) members,
  (select count(*) from household) households, (select count(*) from resident) residents, (select count(*) from volunteer) volunteers,
  (select count(*) from api_key) api_keys, (select count(*) from personal_data_access) unmasked_reads,
  (select md5(string_agg(c::text, '|' order by c.id)) from community c) communities,
  (select md5(coalesce(string_agg(m::text, '|' order by m.module_key), '')) from community_module m) modules`;

let s: TestServer;
let db: Client;
const auth = {} as Record<Login, GqlOptions>;
let n = 0;
const fingerprint = async () => (await db.query(FINGERPRINT)).rows[0];
const run = async (action: string, opts: GqlOptions) =>
  s.gql(OPS[action]!.doc, (await OPS[action]!.vars?.(++n, async (q) => (await db.query(q)).rows)) ?? {}, opts);

/** allowed / denied / something else (with the codes), for the override tests. */
async function outcome(action: string, login: Login): Promise<string> {
  const r = await run(action, auth[login]);
  if (codes(r).includes('FORBIDDEN')) return 'denied';
  if (r.errors) return `error ${codes(r).join()}`;
  return OPS[action]!.evidence(r.data) == null ? 'denied' : 'allowed';
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const login of LOGINS) auth[login] = { token: await s.login(login) };
  const community = (await s.gql(CommunityId, {}, auth.admin)).data!.community.id;
  for (const login of VIA_HEADER) auth[login].headers = { 'x-community-id': community };
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the table has a row and an operation for every tenancy and core action, and a column per demo login', () => {
  const actions = [...Object.keys(tenancyPermissions), ...Object.keys(corePermissions)].sort();
  expect(Object.keys(MATRIX).sort()).toEqual(actions);
  expect(Object.keys(OPS).sort()).toEqual(actions);
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LOGINS.length);
});

describe.each(Object.keys(MATRIX))('%s', (action) => {
  const op = OPS[action]!;
  test.each(LOGINS.map((login, i) => [login, MATRIX[action]![i]!] as const))('%s: %s', async (login, expected) => {
    if (expected === 'allowed') {
      const r = await run(action, auth[login]);
      expect(r.errors).toBeUndefined();
      if (op.payload) expect((r.data as any)[op.payload].userErrors).toEqual([]);
      expect(op.evidence(r.data)).toEqual(expect.anything());
      return;
    }
    const before = await fingerprint();
    const r = await run(action, auth[login]);
    if (op.quietDenial && !r.errors) expect(op.evidence(r.data)).toBeNull();
    else expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toEqual(before);
  });
});

test('without a token every operation is UNAUTHENTICATED; without an active community it is FORBIDDEN', async () => {
  const before = await fingerprint();
  for (const action of Object.keys(OPS)) {
    expect([action, codes(await run(action, {}))]).toEqual([action, ['UNAUTHENTICATED']]);
    expect([action, codes(await run(action, { token: auth.platform.token }))]).toEqual([action, ['FORBIDDEN']]);
  }
  expect(await fingerprint()).toEqual(before);
});

describe('community overrides', () => {
  const configure = (rolePermissions: Record<string, unknown>) => s.gql(Configure, { input: { moduleKey: 'core', rolePermissions } }, auth.admin);
  const stored = async () =>
    (
      await db.query(
        `select m.role_permissions from community_module m join community c on c.id = m.community_id where c.name = '金秋社区' and m.module_key = 'core'`,
      )
    ).rows[0]?.role_permissions;
  afterAll(() => configure({}));

  test('a grant gives residents household.read, and only that: members stay hidden without resident.read', async () => {
    expect(await outcome('household.read', 'resident')).toBe('denied');
    expect((await configure({ RESIDENT: { grant: ['household.read'] } })).data!.communityModuleConfigure.userErrors).toEqual([]);
    expect(await outcome('household.read', 'resident')).toBe('allowed');
    expect(await outcome('household.read', 'party')).toBe('denied');
    expect(await outcome('resident.read', 'resident')).toBe('denied');
    const asResident = await s.gql(HouseholdMembers, {}, auth.resident);
    expect(asResident.errors).toBeUndefined();
    expect(asResident.data!.households.nodes.flatMap((h) => h.members)).toEqual([]);
    const asStaff = await s.gql(HouseholdMembers, {}, auth.staff);
    expect(asStaff.data!.households.nodes.flatMap((h) => h.members).length).toBeGreaterThan(0);
  });

  test('a revoke removes a default; another role of the same person still grants it; overrides replace as a whole', async () => {
    const r = await configure({ RESIDENT: { revoke: ['forces.read'] }, COMMUNITY_STAFF: { revoke: ['resident.readPersonal'] } });
    expect(r.data!.communityModuleConfigure.userErrors).toEqual([]);
    expect(await outcome('forces.read', 'resident')).toBe('denied');
    expect(await outcome('forces.read', 'volunteer')).toBe('allowed'); // VOLUNTEER + RESIDENT
    expect(await outcome('household.read', 'resident')).toBe('denied'); // the earlier grant was replaced
    expect(await outcome('resident.readPersonal', 'staff')).toBe('denied');
    expect(await outcome('resident.read', 'staff')).toBe('allowed');
    expect(await outcome('resident.readPersonal', 'admin')).toBe('allowed');
    await configure({});
    expect(await outcome('forces.read', 'resident')).toBe('allowed');
    expect(await outcome('resident.readPersonal', 'staff')).toBe('allowed');
  });

  test('unknown roles, unknown permissions and malformed rules are user errors and change nothing', async () => {
    await configure({ RESIDENT: { grant: ['household.read'] } });
    const kept = await stored();
    const cases: [Record<string, unknown>, string][] = [
      [{ JANITOR: { grant: ['household.read'] } }, 'ROLE_UNKNOWN'],
      [{ RESIDENT: { grant: ['household.fly'] } }, 'PERMISSION_UNKNOWN'],
      [{ RESIDENT: { revoke: ['core.household.read'] } }, 'PERMISSION_UNKNOWN'],
      [{ RESIDENT: { grant: ['toString'] } }, 'PERMISSION_UNKNOWN'],
      [{ RESIDENT: null }, 'BAD_USER_INPUT'],
      [{ RESIDENT: { grant: 'household.read' } }, 'BAD_USER_INPUT'],
      [{ RESIDENT: { grant: [42] } }, 'BAD_USER_INPUT'],
      [{ RESIDENT: { grnt: ['household.read'] } }, 'BAD_USER_INPUT'],
    ];
    for (const [rules, code] of cases) {
      const r = await configure(rules);
      expect([rules, r.errors, r.data?.communityModuleConfigure.userErrors.map((e) => e.code)]).toEqual([rules, undefined, [code]]);
    }
    expect(await stored()).toEqual(kept);
    expect(await outcome('household.read', 'resident')).toBe('allowed');
  });
});
