// The council's chair and viewerCan (issue 14). A body's seated CHAIR screens its topics and holds
// its meetings whatever their community role (before, a resident elected chair got FORBIDDEN);
// a representative still cannot. viewerCan of topics and meetings agrees with what each mutation
// does for staff, a grid worker, a social worker, the chair, a representative and the street,
// across the 五民 states (the generic check of tests/harness/viewer-can.ts).
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import {
  CouncilConfigure,
  CouncilMemberships,
  TopicCloseEvaluation,
  TopicComplete,
  TopicEscalate,
  TopicRaise,
  TopicResolve,
  TopicScreen,
  VoteOpen,
  body,
  codes,
  gridUnit,
  ok,
  pg,
  seat,
} from './council-helpers';

const TopicCan = graphql(`
  query CouncilTopicViewerCan($id: ID!) {
    councilTopic(id: $id) {
      id
      status
      viewerCan {
        accept
        reject
        escalate
        resolve
        complete
        closeEvaluation
      }
    }
  }
`);
const MeetingCan = graphql(`
  query CouncilMeetingViewerCan($id: ID!) {
    councilMeeting(id: $id) {
      id
      status
      viewerCan {
        addAgenda
        recordAttendance
        close
      }
    }
  }
`);
const Schedule = graphql(`
  mutation CouncilVcSchedule($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const AgendaAdd = graphql(`
  mutation CouncilVcAgenda($input: CouncilAgendaAddInput!) {
    councilAgendaAdd(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Attendance = graphql(`
  mutation CouncilVcAttendance($input: CouncilAttendanceRecordInput!) {
    councilAttendanceRecord(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Close = graphql(`
  mutation CouncilVcClose($input: CouncilMeetingCloseInput!) {
    councilMeetingClose(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const who = {} as Record<string, GqlOptions>;
let admin: GqlOptions;
/** `top`: the community-level 议事会 (all five steps); `light`: a 协商点 under it (no 民决), chaired by the `resident` login. */
const B = {} as Record<'top' | 'light', string>;
let m: Record<string, string>;
let n = 0;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'resident', 'volunteer', 'street']) who[l] = { token: await s.login(l) };
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
                { key: 'community', name: '议事会', rules: { onlineDiscussionOpen: true } },
                { key: 'light', name: '协商点', rules: { steps: ['raise', 'discuss', 'carryOut', 'evaluate'] } },
              ],
            },
          },
        },
        admin,
      )
    ).data?.communityModuleConfigure,
  );
  const g1 = await gridUnit(db, 'G1'); // the `grid` login is on duty there
  B.top = (await body(s, admin, '社区议事会', 'community', undefined, g1)).id;
  B.light = (await body(s, admin, '楼栋协商点', 'light', B.top, g1)).id;
  m = Object.fromEntries((await s.gql(CouncilMemberships, {}, admin)).data!.memberships.nodes.map((x) => [x.login, x.id]));
  await seat(s, admin, B.light, m.resident!, null, 'CHAIR');
  await seat(s, admin, B.light, m.volunteer!, null, 'REPRESENTATIVE');
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

type TopicState = 'RAISED' | 'REJECTED' | 'DISCUSSING' | 'CARRYING_OUT' | 'EVALUATING' | 'CLOSED' | 'VOTING';
async function topic(bodyId: string, to: TopicState): Promise<string> {
  const t = ok((await s.gql(TopicRaise, { input: { bodyId, title: `议题 ${++n}`, description: '楼道灯' } }, admin)).data?.councilTopicRaise).topic!.id;
  if (to === 'RAISED') return t;
  if (to === 'REJECTED') {
    ok((await s.gql(TopicScreen, { input: { id: t, accept: false, reason: '不属于议事范围' } }, admin)).data?.councilTopicScreen);
    return t;
  }
  ok((await s.gql(TopicScreen, { input: { id: t, accept: true } }, admin)).data?.councilTopicScreen);
  if (to === 'DISCUSSING') return t;
  if (to === 'VOTING') {
    ok((await s.gql(VoteOpen, { input: { topicId: t } }, admin)).data?.councilVoteOpen);
    return t;
  }
  ok((await s.gql(TopicResolve, { input: { id: t } }, admin)).data?.councilTopicResolve);
  if (to === 'CARRYING_OUT') return t;
  ok((await s.gql(TopicComplete, { input: { id: t } }, admin)).data?.councilTopicComplete);
  if (to === 'EVALUATING') return t;
  ok((await s.gql(TopicCloseEvaluation, { input: { id: t } }, admin)).data?.councilTopicCloseEvaluation);
  return t;
}

async function meeting(bodyId: string, closed: boolean): Promise<string> {
  const id = ok(
    (await s.gql(Schedule, { input: { bodyId, title: `会议 ${++n}`, kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, admin)).data
      ?.councilMeetingSchedule,
  ).meeting!.id;
  if (closed) ok((await s.gql(Close, { input: { id, minutes: '纪要' } }, admin)).data?.councilMeetingClose);
  return id;
}

test("the body's chair screens topics and holds meetings; a representative does not", async () => {
  // Chair of the 协商点: accept a topic, schedule and close a meeting.
  const t = await topic(B.light, 'RAISED');
  ok((await s.gql(TopicScreen, { input: { id: t, accept: true } }, who.resident)).data?.councilTopicScreen);
  const mt = ok(
    (await s.gql(Schedule, { input: { bodyId: B.light, title: '协商会', kind: 'AD_HOC', scheduledAt: '2099-02-01T00:00:00Z' } }, who.resident)).data
      ?.councilMeetingSchedule,
  ).meeting!.id;
  ok((await s.gql(Close, { input: { id: mt, minutes: '议定事项' } }, who.resident)).data?.councilMeetingClose);
  // Not on the body they do not chair, and not a representative of theirs.
  expect(codes(await s.gql(TopicScreen, { input: { id: await topic(B.top, 'RAISED'), accept: true } }, who.resident))).toEqual(['FORBIDDEN']);
  expect(codes(await s.gql(TopicScreen, { input: { id: await topic(B.light, 'RAISED'), accept: true } }, who.volunteer))).toEqual(['FORBIDDEN']);
  expect(codes(await s.gql(Schedule, { input: { bodyId: B.light, title: 'x', kind: 'AD_HOC', scheduledAt: '2099-02-01T00:00:00Z' } }, who.volunteer))).toEqual([
    'FORBIDDEN',
  ]);
  // A chair whose seat ended is back to a resident.
  const ended = await db.query(`update council_member set ended_at = now() where body_id = $1 and role = 'CHAIR' and ended_at is null returning id`, [
    raw(B.light),
  ]);
  try {
    expect(codes(await s.gql(TopicScreen, { input: { id: await topic(B.light, 'RAISED'), accept: true } }, who.resident))).toEqual(['FORBIDDEN']);
  } finally {
    await db.query(`update council_member set ended_at = null where id = any($1::uuid[])`, [ended.rows.map((r) => r.id)]);
  }
}, 120_000);

test('viewerCan of topics agrees with every staff mutation on them', async () => {
  const states: Record<string, () => Promise<string>> = {};
  for (const st of ['RAISED', 'REJECTED', 'DISCUSSING', 'CARRYING_OUT', 'EVALUATING', 'CLOSED'] as const) states[`light ${st}`] = () => topic(B.light, st);
  for (const st of ['RAISED', 'DISCUSSING', 'VOTING'] as const) states[`top ${st}`] = () => topic(B.top, st);
  const { disagreements, cells, allowed } = await viewerCanAgreement(s, {
    type: 'CouncilTopicViewerCan',
    states,
    callers: who,
    read: async (id, c) => ((await s.gql(TopicCan, { id }, c)).data?.councilTopic?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      accept: (id, c) => s.gql(TopicScreen, { input: { id, accept: true } }, c),
      reject: (id, c) => s.gql(TopicScreen, { input: { id, accept: false, reason: '重复议题' } }, c),
      escalate: (id, c) => s.gql(TopicEscalate, { input: { id } }, c),
      resolve: (id, c) => s.gql(TopicResolve, { input: { id } }, c),
      complete: (id, c) => s.gql(TopicComplete, { input: { id } }, c),
      closeEvaluation: (id, c) => s.gql(TopicCloseEvaluation, { input: { id } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(9 * 6 * 7);
  expect(allowed).toBeGreaterThan(20);
}, 600_000);

test('viewerCan of meetings agrees with every staff mutation on them', async () => {
  const { disagreements, allowed } = await viewerCanAgreement(s, {
    type: 'CouncilMeetingViewerCan',
    states: {
      'light SCHEDULED': () => meeting(B.light, false),
      'light CLOSED': () => meeting(B.light, true),
      'top SCHEDULED': () => meeting(B.top, false),
    },
    callers: who,
    read: async (id, c) => ((await s.gql(MeetingCan, { id }, c)).data?.councilMeeting?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      addAgenda: async (id, c) => {
        const bodyId = (await db.query('select body_id from council_meeting where id = $1', [Buffer.from(id, 'base64url').toString().split(':')[2]])).rows[0]
          .body_id;
        return s.gql(AgendaAdd, { input: { meetingId: id, topicId: await topic(bodyId === raw(B.light) ? B.light : B.top, 'RAISED') } }, c);
      },
      recordAttendance: (id, c) => s.gql(Attendance, { input: { meetingId: id, membershipId: m.volunteer! } }, c),
      close: (id, c) => s.gql(Close, { input: { id, minutes: '纪要' } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(allowed).toBeGreaterThan(10);
}, 600_000);

const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2];
