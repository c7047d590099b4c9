// 户参与率 over real activity in every mechanism that figures.test.ts only checks with zero activity:
// the council (topic raised, comment, ballot, attendance, evaluation), points (earned, redeemed),
// volunteering (confirmed hours) and 三项清单 (need survey answered), each driven through GraphQL by
// residents of known households. Checked exactly: one household active in many mechanisms counts once,
// activity of the previous period counts there only, a closed household counts nowhere and another
// community's households stay in that community's figure.
import type { Client } from 'pg';
import { graphql } from '../gql';
import type { GqlOptions, TestServer } from '../harness/server';
import { startTestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';
import {
  CommentPost,
  CouncilConfigure,
  TaskAdd,
  TaskDone,
  TopicComplete,
  TopicEvaluate,
  TopicRaise,
  TopicScreen,
  VoteCast,
  VoteClose,
  VoteOpen,
  body,
  ok,
  pg,
  presetCommunity,
  seat,
  type Person,
} from '../council/council-helpers';
import { linkLoginToHousehold } from '../points/points-link';
import { SurveyAnswer, SurveyCreate } from '../resources/resources.fixture';

const ResidentNew = graphql(`
  mutation ParticipationResident($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const HouseholdClose = graphql(`
  mutation ParticipationHouseholdClose($input: HouseholdCloseInput!) {
    householdClose(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const MeetingSchedule = graphql(`
  mutation ParticipationMeetingSchedule($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const MeetingAttend = graphql(`
  mutation ParticipationMeetingAttend($input: CouncilMeetingAttendInput!) {
    councilMeetingAttend(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const PointsAward = graphql(`
  mutation ParticipationPointsAward($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PointsItemNew = graphql(`
  mutation ParticipationPointsItem($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PointsRedeem = graphql(`
  mutation ParticipationPointsRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerJoin = graphql(`
  mutation ParticipationVolunteerJoin($input: VolunteerMemberJoinInput!) {
    volunteerMemberJoin(input: $input) {
      member {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerActivityNew = graphql(`
  mutation ParticipationVolunteerActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        shifts {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerSignUp = graphql(`
  mutation ParticipationVolunteerSignUp($input: VolunteerSignUpInput!) {
    volunteerSignUp(input: $input) {
      signup {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerCheckIn = graphql(`
  mutation ParticipationVolunteerCheckIn($input: VolunteerSignupActInput!) {
    volunteerSignupCheckIn(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerCheckOut = graphql(`
  mutation ParticipationVolunteerCheckOut($input: VolunteerSignupActInput!) {
    volunteerSignupCheckOut(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerPending = graphql(`
  query ParticipationVolunteerPending {
    volunteerHours(status: PENDING) {
      nodes {
        id
        minutes
      }
    }
  }
`);
const VolunteerConfirm = graphql(`
  mutation ParticipationVolunteerConfirm($input: VolunteerHoursConfirmInput!) {
    volunteerHoursConfirm(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const VolunteerCorrect = graphql(`
  mutation ParticipationVolunteerCorrect($input: VolunteerHoursCorrectInput!) {
    volunteerHoursCorrect(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Outcomes = graphql(`
  query ParticipationOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {
    outcomes(from: $from, to: $to) {
      items {
        key
        value
        previousValue
        numerator
        denominator
        groups {
          key
          numerator
          denominator
        }
      }
    }
  }
`);

const DAY = 86_400_000;
const FROM = new Date(Date.now() - 7 * DAY).toISOString();
const TO = new Date(Date.now() + DAY).toISOString();
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[2]!;

let s: TestServer;
let db: Client;
let k = 0;
const key = () => `participation-${Date.now()}-${++k}`;

/** A community from the Fengqing preset (council on) with points, volunteering and 三项清单 enabled too. */
async function community(tag: string, n: number) {
  const c = await presetCommunity(s, 'fengqing-114', tag, n);
  for (const moduleKey of ['points', 'volunteer', 'resources'])
    ok((await s.gql(CouncilConfigure, { input: { moduleKey, enabled: true } }, c.admin)).data?.communityModuleConfigure);
  // Each person is the resident of household i (membership → resident record), as staff link them.
  for (const [i, p] of c.people.entries()) {
    ok((await s.gql(ResidentNew, { input: { name: `${tag}居民${i}`, household: c.households[i]! } }, c.admin)).data?.residentCreate);
    await linkLoginToHousehold(s, c.admin.token!, p.login, `${tag}-${i}`);
  }
  return c;
}

async function survey(admin: GqlOptions): Promise<string> {
  const questions = [
    {
      key: 'services',
      text: '您最希望社区提供哪些服务？',
      kind: 'MULTIPLE' as const,
      required: true,
      options: [
        { key: 'meals', label: '老年助餐' },
        { key: 'clinic', label: '上门义诊' },
      ],
    },
  ];
  return ok((await s.gql(SurveyCreate, { input: { title: '居民需求调查', questions } }, admin)).data?.resourcesSurveyCreate).survey!.id;
}
const answer = async (surveyId: string, p: Person) =>
  ok((await s.gql(SurveyAnswer, { input: { surveyId, answers: [{ questionKey: 'services', optionKeys: ['meals'] }] } }, p.auth)).data?.resourcesSurveyAnswer);
const award = async (admin: GqlOptions, householdId: string, amount: number) =>
  expect(
    ok((await s.gql(PointsAward, { input: { householdId, amount, reason: '参与社区活动', idempotencyKey: key() } }, admin)).data?.pointsAdjust).adjustment!
      .status,
  ).toBe('POSTED');

async function participation(admin: GqlOptions, from = FROM, to = TO) {
  const r = await s.gql(Outcomes, { from, to }, admin);
  expect(r.errors).toBeUndefined();
  const f = r.data!.outcomes.items.find((i) => i.key === 'core.householdParticipation')!;
  return { ...f, byKey: Object.fromEntries(f.groups.map((g) => [g.key, g.numerator])) as Record<string, number> };
}

let P: Awaited<ReturnType<typeof community>>;
let Q: Awaited<ReturnType<typeof community>>;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  // Community P: households P-0 … P-7, person i the resident of P-i. P-7 is closed at the end.
  P = await community('PA', 8);
  const [r0, r1, r2, r3, r4, r5, r6, r7] = P.people as [Person, Person, Person, Person, Person, Person, Person, Person];
  const h = P.households;

  // Council: P-0, P-1, P-2 and P-7 hold seats for their households. P-0 raises a topic, comments,
  // votes, attends and evaluates; P-1 comments; P-2 votes; P-7 comments (closed later).
  const b = await body(s, P.admin, '社区议事会', 'community');
  for (const i of [0, 1, 2, 7]) await seat(s, P.admin, b.id, P.people[i]!.membershipId, h[i]!);
  const topic = ok(
    (await s.gql(TopicRaise, { input: { bodyId: b.id, title: '楼道照明', description: '楼道灯坏了：居民提议' } }, r0.auth)).data?.councilTopicRaise,
  ).topic!;
  ok((await s.gql(TopicScreen, { input: { id: topic.id, accept: true } }, P.admin)).data?.councilTopicScreen);
  for (const p of [r0, r1, r7]) ok((await s.gql(CommentPost, { input: { topicId: topic.id, text: '同意' } }, p.auth)).data?.councilCommentPost);
  const meeting = ok(
    (await s.gql(MeetingSchedule, { input: { bodyId: b.id, title: '议事会', kind: 'AD_HOC', scheduledAt: inMinutes(60) } }, P.admin)).data
      ?.councilMeetingSchedule,
  ).meeting!;
  ok((await s.gql(MeetingAttend, { input: { meetingId: meeting.id } }, r0.auth)).data?.councilMeetingAttend);
  const vote = ok((await s.gql(VoteOpen, { input: { topicId: topic.id } }, P.admin)).data?.councilVoteOpen).vote!;
  for (const p of [r0, r2]) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: 0 } }, p.auth)).data?.councilVoteCast);
  ok((await s.gql(VoteClose, { input: { id: vote.id } }, P.admin)).data?.councilVoteClose);
  const task = ok(
    (await s.gql(TaskAdd, { input: { topicId: topic.id, title: '换灯', ownerName: '物业', dueOn: '2099-12-31' } }, P.admin)).data?.councilTaskAdd,
  ).task!;
  ok((await s.gql(TaskDone, { input: { id: task.id } }, P.admin)).data?.councilTaskDone);
  ok((await s.gql(TopicComplete, { input: { id: topic.id } }, P.admin)).data?.councilTopicComplete);
  ok((await s.gql(TopicEvaluate, { input: { topicId: topic.id, rating: 5 } }, r0.auth)).data?.councilTopicEvaluate);

  // Points: awarded to P-0, P-3 and P-7; P-3 redeems.
  for (const i of [0, 3, 7]) await award(P.admin, h[i]!, 50);
  const item = ok((await s.gql(PointsItemNew, { input: { name: '肥皂', pricePoints: 20, stock: 5 } }, P.admin)).data?.pointsItemCreate).item!;
  ok((await s.gql(PointsRedeem, { input: { itemId: item.id, idempotencyKey: key() } }, r3.auth)).data?.pointsRedeem);

  // Volunteering: P-4 joins, serves a shift checked in 118 minutes ago; the hours are confirmed in the test.
  ok((await s.gql(VolunteerJoin, { input: { name: 'PA志愿者' } }, r4.auth)).data?.volunteerMemberJoin);
  const shift = ok(
    (await s.gql(VolunteerActivityNew, { input: { title: '清扫楼道', shifts: [{ startsAt: inMinutes(-120), endsAt: inMinutes(60), capacity: 3 }] } }, P.admin))
      .data?.volunteerActivityCreate,
  ).activity!.shifts[0]!.id;
  const signup = ok((await s.gql(VolunteerSignUp, { input: { shiftId: shift } }, r4.auth)).data?.volunteerSignUp).signup!.id;
  ok((await s.gql(VolunteerCheckIn, { input: { id: signup, at: inMinutes(-118) } }, P.admin)).data?.volunteerSignupCheckIn);
  ok((await s.gql(VolunteerCheckOut, { input: { id: signup, at: inMinutes(0) } }, P.admin)).data?.volunteerSignupCheckOut);

  // 需求调查: answered by P-5, P-6 (moved to the previous period below) and P-7.
  const sv = await survey(P.admin);
  for (const p of [r5, r6, r7]) await answer(sv, p);

  // P-6 answered ten days ago: in the previous period [FROM − 8 days, FROM), not in this one. The API
  // records "now", so only the clock of its answer is moved back (the points ledger is append-only).
  const h6 = raw(h[6]!);
  await db.query(`update resources_survey_response set created_at = created_at - interval '10 days' where household_id = $1`, [h6]);
  // P-7's household file is closed: its comment, points and answer count nowhere.
  ok((await s.gql(HouseholdClose, { input: { id: h[7]! } }, P.admin)).data?.householdClose);

  // Community Q: its one household answers a survey and is awarded points, in Q only.
  Q = await community('PQ', 2);
  await answer(await survey(Q.admin), Q.people[0]!);
  await award(Q.admin, Q.households[0]!, 10);
}, 300_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const COUNCIL_POINTS_VOLUNTEER_RESOURCES = /^(council|points|volunteer|resources)\./;

test('volunteer hours count once confirmed, with their corrections', async () => {
  expect((await participation(P.admin)).byKey['volunteer.hoursServed']).toBe(0);
  const pending = (await s.gql(VolunteerPending, {}, P.admin)).data!.volunteerHours.nodes;
  expect(pending).toEqual([expect.objectContaining({ minutes: 105 })]);
  ok((await s.gql(VolunteerConfirm, { input: { id: pending[0]!.id } }, P.admin)).data?.volunteerHoursConfirm);
  expect((await participation(P.admin)).byKey['volunteer.hoursServed']).toBe(1);
  // Corrected down to nothing (更正 to 0 minutes), the hours were not served; corrected back, they were.
  const correct = async (minutes: number) =>
    ok((await s.gql(VolunteerCorrect, { input: { id: pending[0]!.id, minutes, reason: '核实后更正' } }, P.admin)).data?.volunteerHoursCorrect);
  await correct(0);
  expect((await participation(P.admin)).byKey['volunteer.hoursServed']).toBe(0);
  await correct(90);
  expect((await participation(P.admin)).byKey['volunteer.hoursServed']).toBe(1);
});

test('each mechanism counts its households; a household active in several counts once', async () => {
  // Points earned by rule reach the ledger through events (vote, meeting, confirmed hours): wait for them.
  const f = await waitUntil(
    'points earned by rule',
    async () => {
      const x = await participation(P.admin);
      return x.byKey['points.earned']! >= 4 && x;
    },
    10_000,
  );
  // Active in the period: P-0 (council ×5, points), P-1 (comment), P-2 (ballot), P-3 (points earned and
  // redeemed), P-4 (volunteer), P-5 (survey) = 6. Open: P-0 … P-6 = 7 (P-7 closed).
  expect(f).toMatchObject({ numerator: 6, denominator: 7, value: 85.7 });
  expect(Object.fromEntries(Object.entries(f.byKey).filter(([g]) => COUNCIL_POINTS_VOLUNTEER_RESOURCES.test(g)))).toEqual({
    'council.topicsRaised': 1, // P-0
    'council.comments': 2, // P-0, P-1 (P-7 closed)
    'council.ballots': 2, // P-0, P-2
    'council.attendance': 1, // P-0
    'council.evaluations': 1, // P-0
    'points.earned': 4, // awarded P-0, P-3 (P-7 closed); by rule P-0 (vote, meeting), P-2 (vote), P-4 (hours)
    'points.redeemed': 1, // P-3
    'volunteer.hoursServed': 1, // P-4
    'resources.surveyAnswered': 1, // P-5 (P-6 before the period, P-7 closed)
  });
  expect(f.groups.every((g) => g.denominator === 7)).toBe(true);
});

test('activity of the previous period counts there, not now', async () => {
  // P-6's survey answer ten days ago: the previous period holds it alone, 1 of 7.
  expect(await participation(P.admin)).toMatchObject({ previousValue: 14.3 });
  const before = await participation(P.admin, new Date(Date.now() - 15 * DAY).toISOString(), FROM);
  expect(before).toMatchObject({ numerator: 1, denominator: 7 });
  expect(before.byKey).toMatchObject({ 'resources.surveyAnswered': 1, 'points.earned': 0, 'council.comments': 0, 'points.redeemed': 0 });
  // A period that ends before anything happened counts nothing.
  const long = await participation(P.admin, new Date(Date.now() - 60 * DAY).toISOString(), new Date(Date.now() - 12 * DAY).toISOString());
  expect(long).toMatchObject({ numerator: 0, denominator: 7 });
});

test("another community's households count in their own community's figure only", async () => {
  const f = await participation(Q.admin);
  expect(f).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  expect(f.byKey).toMatchObject({ 'resources.surveyAnswered': 1, 'points.earned': 1, 'council.comments': 0 });
  // P's counts do not include Q's household (checked above: 6 of 7).
  expect(await participation(P.admin)).toMatchObject({ numerator: 6, denominator: 7 });
});
