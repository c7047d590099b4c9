// viewerCan of council votes (issue 14) agrees with what casting, entering an in-person ballot and
// closing actually do — for staff, a grid worker (on the 楼栋 body's grid, not on the community
// body), seated representatives with and without a household, an observer and the street — on
// open, already-voted, past-deadline and closed votes, one ballot per member and per household
// (the generic check of tests/harness/viewer-can.ts).
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import {
  CouncilConfigure,
  CouncilHouseholds,
  CouncilMemberships,
  TopicRaise,
  TopicScreen,
  VoteCast,
  VoteClose,
  VoteEnter,
  VoteOpen,
  body,
  gridUnit,
  ok,
  pg,
  seat,
} from './council-helpers';

const VoteCan = graphql(`
  query CouncilVoteViewerCan($id: ID!) {
    councilVote(id: $id) {
      id
      status
      viewerCan {
        cast
        enter
        close
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const who = {} as Record<string, GqlOptions>;
let admin: GqlOptions;
/** `top`: the community's 议事会 (one ballot per member, no change); `unit`: a 楼栋 body on grid G1 (one per household, changes allowed). */
const B = {} as Record<'top' | 'unit', string>;
/** The seat of `cobuild` on each body: staff enter in-person ballots for it (it never votes online). */
const inPerson = {} as Record<'top' | 'unit', string>;
let n = 0;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'grid', 'resident', 'volunteer', 'org', 'cobuild', 'street']) who[l] = { token: await s.login(l) };
  admin = who.admin!;
  const community = (await s.post({ query: '{ community { id } }' }, { authorization: `Bearer ${admin.token}` }).then((r) => r.json())) as any;
  who.street!.headers = { 'x-community-id': community.data.community.id };
  ok(
    (
      await s.gql(
        CouncilConfigure,
        {
          input: {
            moduleKey: 'council',
            enabled: true,
            settings: {
              levels: [
                { key: 'community', name: '议事会', rules: {} },
                { key: 'unit', name: '楼栋议事会', rules: { votingUnit: 'household', allowVoteChange: true } },
              ],
            },
          },
        },
        admin,
      )
    ).data?.communityModuleConfigure,
  );
  const m = Object.fromEntries((await s.gql(CouncilMemberships, {}, admin)).data!.memberships.nodes.map((x) => [x.login, x.id]));
  const hh = (await s.gql(CouncilHouseholds, {}, admin)).data!.households.nodes.map((h) => h.id);
  B.top = (await body(s, admin, '社区议事会', 'community')).id;
  B.unit = (await body(s, admin, '一号楼议事会', 'unit', B.top, await gridUnit(db, 'G1'))).id;
  for (const k of ['top', 'unit'] as const) {
    await seat(s, admin, B[k], m.resident!, hh[0]!);
    await seat(s, admin, B[k], m.volunteer!, null); // no household: cannot vote where households vote
    await seat(s, admin, B[k], m.org!, hh[1]!, 'OBSERVER');
    inPerson[k] = await seat(s, admin, B[k], m.cobuild!, hh[2]!);
  }
  delete who.cobuild;
}, 90_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

type VoteState = 'OPEN' | 'VOTED' | 'PAST_DEADLINE' | 'CLOSED';
async function vote(k: 'top' | 'unit', to: VoteState): Promise<string> {
  const t = ok((await s.gql(TopicRaise, { input: { bodyId: B[k], title: `表决 ${++n}`, description: '加装电梯' } }, admin)).data?.councilTopicRaise).topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: t, accept: true } }, admin)).data?.councilTopicScreen);
  const closesAt = to === 'PAST_DEADLINE' ? new Date(Date.now() + 60_000).toISOString() : undefined;
  const id = ok((await s.gql(VoteOpen, { input: { topicId: t, closesAt } }, admin)).data?.councilVoteOpen).vote!.id;
  if (to === 'VOTED') ok((await s.gql(VoteCast, { input: { voteId: id, choice: 0 } }, who.resident)).data?.councilVoteCast);
  if (to === 'PAST_DEADLINE') await db.query(`update council_vote set closes_at = now() - interval '1 minute' where id = $1`, [raw(id)]);
  if (to === 'CLOSED') ok((await s.gql(VoteClose, { input: { id } }, admin)).data?.councilVoteClose);
  return id;
}

test('viewerCan of votes agrees with casting, entering and closing', async () => {
  const states: Record<string, () => Promise<string>> = {};
  for (const k of ['top', 'unit'] as const) for (const st of ['OPEN', 'VOTED', 'PAST_DEADLINE', 'CLOSED'] as const) states[`${k} ${st}`] = () => vote(k, st);
  const bodyOf = async (id: string) =>
    (await db.query('select body_id from council_vote where id = $1', [raw(id)])).rows[0].body_id === raw(B.top) ? 'top' : 'unit';
  const { disagreements, cells, allowed } = await viewerCanAgreement(s, {
    type: 'CouncilVoteViewerCan',
    states,
    callers: who,
    read: async (id, c) => ((await s.gql(VoteCan, { id }, c)).data?.councilVote?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      cast: (id, c) => s.gql(VoteCast, { input: { voteId: id, choice: 1 } }, c),
      enter: async (id, c) => s.gql(VoteEnter, { input: { voteId: id, memberId: inPerson[await bodyOf(id)], choice: 0 } }, c),
      close: (id, c) => s.gql(VoteClose, { input: { id } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(8 * 3 * 7);
  expect(allowed).toBeGreaterThan(15);
}, 600_000);

test('the flags a seated member and the grid worker read, state by state', async () => {
  const read = async (id: string, c: GqlOptions) => (await s.gql(VoteCan, { id }, c)).data?.councilVote?.viewerCan;
  // One ballot per member, no change: the resident may cast once; the observer never.
  const top = await vote('top', 'OPEN');
  expect(await read(top, who.resident!)).toEqual({ cast: true, enter: false, close: false });
  expect(await read(top, who.org!)).toEqual({ cast: false, enter: false, close: false });
  // The grid worker runs the 楼栋 body of their grid, not the community's.
  expect(await read(top, who.grid!)).toMatchObject({ enter: false, close: false });
  expect(await read(await vote('unit', 'OPEN'), who.grid!)).toMatchObject({ enter: true, close: true });
  expect((await read(await vote('top', 'VOTED'), who.resident!))!.cast).toBe(false);
  // One ballot per household, changes allowed: voted still may change; no household, no ballot.
  const unit = await vote('unit', 'VOTED');
  expect((await read(unit, who.resident!))!.cast).toBe(true);
  expect((await read(unit, who.volunteer!))!.cast).toBe(false);
  // Past the deadline: no ballots, but staff may still close.
  expect(await read(await vote('top', 'PAST_DEADLINE'), who.staff!)).toMatchObject({ enter: false, close: true });
}, 120_000);

const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2];
