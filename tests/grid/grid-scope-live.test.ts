// A long-lived `changes` subscription must re-derive the grid row scope per event: a grid worker
// whose duty on a unit ends mid-subscription stops seeing that unit's households in the next
// events, while the households of the units they still hold keep resolving.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { feed, householdNumber as num, untilFirstEvent } from '../harness/proc-events';

const Configure = graphql(`
  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Units = graphql(`
  query GridLiveUnits {
    gridUnits(first: 10) {
      nodes {
        id
        code
      }
    }
  }
`);
const Members = graphql(`
  query GridLiveMembers {
    memberships(first: 50) {
      nodes {
        id
        login
      }
    }
  }
`);
const Households = graphql(`
  query GridLiveHouseholds {
    households(first: 100) {
      nodes {
        id
        number
      }
    }
  }
`);
const Node = graphql(`
  query GridLiveNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const DutyAssign = graphql(`
  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) {
    gridDutyAssign(input: $input) {
      gridDuty {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DutyEnd = graphql(`
  mutation GridLiveDutyEnd($input: GridDutyEndInput!) {
    gridDutyEnd(input: $input) {
      gridDuty {
        endsOn
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdUpdate = graphql(`
  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      userErrors {
        code
        field
      }
    }
  }
`);
const Changes = graphql(`
  subscription GridLiveChanges($types: [String!]) {
    changes(types: $types) {
      cursor
      subjectType
      subject {
        ... on Household {
          number
        }
      }
    }
  }
`);

let s: TestServer;
const tok: Record<string, string> = {};
const hh: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'grid']) tok[l] = await s.login(l);
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual([]);
  for (const h of (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes) hh[h.number] = h.id;
}, 60_000);

afterAll(async () => {
  await s?.stop();
});

test("a grid worker whose duty on G2 ends mid-subscription stops seeing G2's households in the next events", async () => {
  // Demo tree: G1 holds buildings 1–3, G2 buildings 4–6; the `grid` login is 网格员 of G1 (from today).
  const units = (await s.gql(Units, {}, { token: tok.admin })).data!.gridUnits.nodes;
  const g2 = units.find((u) => u.code === 'G2')!.id;
  const membership = (await s.gql(Members, {}, { token: tok.admin })).data!.memberships.nodes.find((m) => m.login === 'grid')!.id;
  // A second duty, on G2, held since 2020: ending it on a past day ends it now, whatever the clock says.
  const assigned = (await s.gql(DutyAssign, { input: { unit: g2, membership, role: 'gridWorker', startsOn: '2020-01-01' } }, { token: tok.admin })).data!
    .gridDutyAssign;
  expect(assigned.userErrors).toEqual([]);
  expect((await s.gql(Node, { id: hh['JQ-4-01']! }, { token: tok.grid })).data!.node).toEqual({ id: hh['JQ-4-01'] });

  const client = s.ws(tok.grid);
  const live = feed(client, Changes, { types: ['core.HouseholdUpdated'] });
  let n = 0;
  const touch = async (number: string) => {
    const r = await s.gql(HouseholdUpdate, { input: { id: hh[number]!, tags: [`live-${++n}`] } }, { token: tok.admin });
    expect(r.data!.householdUpdate.userErrors).toEqual([]);
  };
  const [first] = await untilFirstEvent(live, () => touch('JQ-4-01'));
  expect(num(first!.changes)).toBe('JQ-4-01'); // the G2 household resolves while the duty holds

  const ended = (await s.gql(DutyEnd, { input: { id: assigned.gridDuty!.id, endsOn: '2021-01-01' } }, { token: tok.admin })).data!.gridDutyEnd;
  expect(ended).toEqual({ gridDuty: { endsOn: '2021-01-01' }, userErrors: [] });
  // Over HTTP the worker has lost G2 at once …
  expect((await s.gql(Node, { id: hh['JQ-4-01']! }, { token: tok.grid })).data!.node).toBeNull();

  // … and in the open subscription the next events show G2's household without its subject, while
  // a G1 household (still held) resolves: proof the events were delivered and scoped per event.
  const seen = live.events.length;
  await touch('JQ-4-01');
  await touch('JQ-1-01');
  const got = (await live.until('the G1 event after the duty ended', (e) => e.slice(seen).some((x) => num(x.changes) === 'JQ-1-01'))).slice(seen);
  expect(got).toHaveLength(2);
  expect(got.map((e) => e.changes.subject ?? null)).toEqual([null, { number: 'JQ-1-01' }]);
  await client.dispose();
});
