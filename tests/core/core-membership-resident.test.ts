// membershipResidentLink: staff link a login to a resident record of their community; typed
// userErrors for a foreign, moved-out or already-linked resident; unlink with resident: null.
import { startTestServer, type TestServer } from '../harness/server';
import { graphql } from '../gql';

const Memberships = graphql(`
  query CoreLinkMemberships {
    memberships(first: 100) {
      nodes {
        id
        login
        resident {
          id
        }
      }
    }
  }
`);
const Residents = graphql(`
  query CoreLinkResidents {
    residents(first: 3) {
      nodes {
        id
      }
    }
  }
`);
const Link = graphql(`
  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {
    membershipResidentLink(input: $input) {
      membership {
        id
        resident {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const MoveOut = graphql(`
  mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) {
    residentMoveOut(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
const tok: Record<string, string> = {};
let m: Record<string, string>;
let r: string[];

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'resident', 'grid']) tok[l] = await s.login(l);
  m = Object.fromEntries((await s.gql(Memberships, {}, { token: tok.admin })).data!.memberships.nodes.map((x) => [x.login, x.id]));
  r = (await s.gql(Residents, {}, { token: tok.admin })).data!.residents.nodes.map((x) => x.id);
}, 60_000);
afterAll(() => s?.stop());

const link = (token: string, id: string, resident: string | null) => s.gql(Link, { input: { id, resident } }, { token });

test('staff link, relink the same pair, see it on the membership, and unlink', async () => {
  const a = (await link(tok.staff!, m.resident!, r[0]!)).data!.membershipResidentLink;
  expect(a).toEqual({ membership: { id: m.resident, resident: { id: r[0] } }, userErrors: [] });
  expect((await link(tok.admin!, m.resident!, r[0]!)).data!.membershipResidentLink.userErrors).toEqual([]);
  const seen = (await s.gql(Memberships, {}, { token: tok.admin })).data!.memberships.nodes.find((x) => x.login === 'resident')!;
  expect(seen.resident).toEqual({ id: r[0] });
  expect((await link(tok.admin!, m.resident!, null)).data!.membershipResidentLink.membership!.resident).toBeNull();
});

test('typed errors: unknown ids, a resident linked to another login, a moved-out resident; nothing written', async () => {
  const errors = async (id: string, resident: string) => (await link(tok.admin!, id, resident)).data!.membershipResidentLink.userErrors;
  const nobody = Buffer.from('v1:Resident:00000000-0000-4000-8000-000000000000').toString('base64url');
  const noMember = Buffer.from('v1:Membership:00000000-0000-4000-8000-000000000000').toString('base64url');
  expect(await errors(m.resident!, nobody)).toEqual([{ code: 'NOT_FOUND', field: ['input', 'resident'] }]);
  expect(await errors(noMember, r[1]!)).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  expect(await errors(m.grid!, r[1]!)).toEqual([]);
  expect(await errors(m.resident!, r[1]!)).toEqual([{ code: 'RESIDENT_ALREADY_LINKED', field: ['input', 'resident'] }]);
  expect((await s.gql(MoveOut, { input: { id: r[2]! } }, { token: tok.admin })).data!.residentMoveOut.userErrors).toEqual([]);
  expect(await errors(m.resident!, r[2]!)).toEqual([{ code: 'RESIDENT_MOVED_OUT', field: ['input', 'resident'] }]);
  const after = (await s.gql(Memberships, {}, { token: tok.admin })).data!.memberships.nodes.find((x) => x.login === 'resident')!;
  expect(after.resident).toBeNull();
});

test('a resident or a grid worker may not link (FORBIDDEN)', async () => {
  for (const who of ['resident', 'grid']) {
    const res = await link(tok[who]!, m[who]!, r[0]!);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});
