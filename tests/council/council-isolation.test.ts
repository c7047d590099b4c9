// Tenant isolation of every ID-taking field of the council: community B's admin calls each with
// ids of community A's objects. The answer must be the same as for a random id of that type, and
// nothing may be written in either community. Coordinates are declared in isolation/council.coverage.ts.
import { randomUUID } from 'node:crypto';
import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'pg';
import { graphql } from '../gql';
import { collect, startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';
import { COVERED, COVERED_BY_MODERATION } from '../isolation/council.coverage';
import {
  CouncilCommunityCreate,
  CouncilConfigure,
  CouncilHouseholds,
  CouncilLogin,
  CouncilMemberships,
  TaskAdd,
  TopicRaise,
  TopicResolve,
  TopicScreen,
  VoteOpen,
  body,
  ok,
  pg,
  seat,
} from './council-helpers';

const GridUnits = graphql(`
  query CouncilIsoGridUnits {
    gridUnits(first: 1) {
      nodes {
        id
      }
    }
  }
`);
const GridUnitCreate = graphql(`
  mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Meeting = graphql(`
  mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) {
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
const Household = graphql(`
  mutation CouncilIsoHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
      }
    }
  }
`);
const Member = graphql(`
  mutation CouncilIsoMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
    }
  }
`);

const q = (src: string) => parse(src) as TypedDocumentNode<any, any>;
// One document per root field; `$id` is the id under test, the others are B's own valid ids.
const DOCS = {
  body: q(`query CouncilIsoBody($id: ID!) { councilBody(id: $id) { id name } }`),
  topic: q(`query CouncilIsoTopic($id: ID!) { councilTopic(id: $id) { id title } }`),
  vote: q(`query CouncilIsoVote($id: ID!) { councilVote(id: $id) { id } }`),
  meeting: q(`query CouncilIsoMeetingGet($id: ID!) { councilMeeting(id: $id) { id title } }`),
  topics: q(`query CouncilIsoTopics($id: ID) { councilTopics(bodyId: $id) { totalCount nodes { title } } }`),
  board: q(`query CouncilIsoBoard($id: ID!) { councilBoardChanges(bodyId: $id) { events { type } } }`),
  m: (name: string, input: string) =>
    q(`mutation CouncilIso${name[0]!.toUpperCase()}${name.slice(1)}($i: ${input}!) { ${name}(input: $i) { userErrors { code field message } } }`),
};

let s: TestServer;
let db: Client;
let adminA: GqlOptions;
let adminB: GqlOptions;
const A = {} as Record<string, string>;
const B = {} as Record<string, string>;

async function fingerprint() {
  const tables = [
    'council_body',
    'council_member',
    'council_topic',
    'council_topic_transition',
    'council_comment',
    'council_task',
    'council_evaluation',
    'council_vote',
    'council_ballot',
    'council_meeting',
    'council_agenda_item',
    'council_attendance',
    'council_document',
  ];
  const counts =
    await db.query(`select ${tables.map((t) => `(select count(*) from ${t}) ${t}`).join(', ')}, (select count(*) from outbox_event where type like 'council.%') events,
    (select md5(string_agg(t::text, '|' order by t.id)) from council_topic t) topics, (select md5(string_agg(v::text, '|' order by v.id)) from council_vote v) votes, (select md5(coalesce(string_agg(m::text, '|' order by m.id), '')) from council_member m) members`);
  return counts.rows[0];
}

/** Community A (demo) with one of everything; community B with its own objects to point the other ids at. */
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  adminA = { token: await s.login('admin') };
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
                { key: 'community', name: '议事会' },
                { key: 'grid', name: '网格议事点' },
              ],
            },
          },
        },
        adminA,
      )
    ).data?.communityModuleConfigure,
  );
  A.Membership = (await s.gql(CouncilMemberships, {}, adminA)).data!.memberships.nodes.find((m) => m.login === 'resident')!.id;
  A.Household = (await s.gql(CouncilHouseholds, {}, adminA)).data!.households.nodes[0]!.id;
  A.GridUnit =
    (await s.gql(GridUnits, {}, adminA)).data?.gridUnits.nodes[0]?.id ??
    (await s.gql(GridUnitCreate, { input: { code: 'ISO-A-G1', level: 'grid', name: 'ISO-A 网格' } }, adminA)).data!.gridUnitCreate.gridUnit!.id;
  A.CouncilBody = (await body(s, adminA, 'ISO-A 议事会', 'community')).id;
  A.CouncilMember = await seat(s, adminA, A.CouncilBody, A.Membership, A.Household);
  A.CouncilTopic = ok(
    (await s.gql(TopicRaise, { input: { bodyId: A.CouncilBody, title: 'ISO-A 议题', description: 'ISO-A' } }, adminA)).data?.councilTopicRaise,
  ).topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: A.CouncilTopic, accept: true } }, adminA)).data?.councilTopicScreen);
  A.CouncilMeeting = (
    await s.gql(Meeting, { input: { bodyId: A.CouncilBody, title: 'ISO-A 会议', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, adminA)
  ).data!.councilMeetingSchedule.meeting!.id;
  A.CouncilVote = ok((await s.gql(VoteOpen, { input: { topicId: A.CouncilTopic } }, adminA)).data?.councilVoteOpen).vote!.id;
  const t2 = ok((await s.gql(TopicRaise, { input: { bodyId: A.CouncilBody, title: 'ISO-A 议题二', description: 'ISO-A' } }, adminA)).data?.councilTopicRaise)
    .topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: t2, accept: true } }, adminA)).data?.councilTopicScreen);
  ok(
    (
      await s.gql(
        CouncilConfigure,
        {
          input: {
            moduleKey: 'council',
            settings: {
              levels: [
                { key: 'community', name: '议事会', rules: { steps: ['raise', 'discuss', 'carryOut'] } },
                { key: 'grid', name: '网格议事点' },
              ],
            },
          },
        },
        adminA,
      )
    ).data?.communityModuleConfigure,
  );
  ok((await s.gql(TopicResolve, { input: { id: t2 } }, adminA)).data?.councilTopicResolve);
  A.CouncilTask = ok(
    (await s.gql(TaskAdd, { input: { topicId: t2, title: 'ISO-A 事项', ownerName: 'ISO-A', dueOn: '2099-01-01' } }, adminA)).data?.councilTaskAdd,
  ).task!.id;

  // B: created by the platform admin (its admin there), the same settings.
  const platform = await s.login('platform');
  const c = await s.gql(CouncilCommunityCreate, { input: { name: 'ISO-B 社区', regionCode: '539999000001' } }, { token: platform });
  const bId = c.data!.communityCreate.community!.id;
  adminB = { token: (await s.gql(CouncilLogin, { input: { login: 'platform', password: 'wushe-demo', community: bId } })).data!.authLogin.accessToken! };
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
                { key: 'community', name: '议事会', rules: { steps: ['raise', 'discuss', 'carryOut'] } },
                { key: 'grid', name: '网格议事点' },
              ],
            },
          },
        },
        adminB,
      )
    ).data?.communityModuleConfigure,
  );
  B.Household = (await s.gql(Household, { input: { number: 'B-1', address: 'B 1 号' } }, adminB)).data!.householdCreate.household!.id;
  B.Membership = (
    await s.gql(Member, { input: { login: 'iso-b-council', displayName: 'B 代表', password: 'council-pass-1', roles: ['RESIDENT'] } }, adminB)
  ).data!.membershipAdd.membership!.id;
  B.Top = (await body(s, adminB, 'B 议事会', 'community')).id;
  B.Low = (await body(s, adminB, 'B 网格议事点', 'grid')).id;
  B.Member = await seat(s, adminB, B.Low, B.Membership, B.Household);
  B.LowTopic = ok((await s.gql(TopicRaise, { input: { bodyId: B.Low, title: 'B 议题', description: 'B' } }, adminB)).data?.councilTopicRaise).topic!.id;
  const voted = ok((await s.gql(TopicRaise, { input: { bodyId: B.Low, title: 'B 表决议题', description: 'B' } }, adminB)).data?.councilTopicRaise).topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: voted, accept: true } }, adminB)).data?.councilTopicScreen);
  B.Vote = ok((await s.gql(VoteOpen, { input: { topicId: voted } }, adminB)).data?.councilVoteOpen).vote!.id;
  B.Carrying = ok((await s.gql(TopicRaise, { input: { bodyId: B.Top, title: 'B 办理议题', description: 'B' } }, adminB)).data?.councilTopicRaise).topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: B.Carrying, accept: true } }, adminB)).data?.councilTopicScreen);
  ok((await s.gql(TopicResolve, { input: { id: B.Carrying } }, adminB)).data?.councilTopicResolve);
  B.Meeting = (
    await s.gql(Meeting, { input: { bodyId: B.Top, title: 'B 会议', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, adminB)
  ).data!.councilMeetingSchedule.meeting!.id;
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

type Case = [coord: string, idType: string, doc: TypedDocumentNode<any, any>, vars: (id: string) => Record<string, unknown>];
const m = DOCS.m;
const CASES: Case[] = [
  ['Query.councilBody(id)', 'CouncilBody', DOCS.body, (id) => ({ id })],
  ['Query.councilTopic(id)', 'CouncilTopic', DOCS.topic, (id) => ({ id })],
  ['Query.councilVote(id)', 'CouncilVote', DOCS.vote, (id) => ({ id })],
  ['Query.councilMeeting(id)', 'CouncilMeeting', DOCS.meeting, (id) => ({ id })],
  ['Query.councilTopics(bodyId)', 'CouncilBody', DOCS.topics, (id) => ({ id })],
  ['Query.councilBoardChanges(bodyId)', 'CouncilBody', DOCS.board, (id) => ({ id })],
  [
    'Mutation.councilBodyCreate(input.parentId)',
    'CouncilBody',
    m('councilBodyCreate', 'CouncilBodyCreateInput'),
    (id) => ({ i: { name: 'X', levelKey: 'grid', parentId: id } }),
  ],
  [
    'Mutation.councilBodyCreate(input.gridUnitId)',
    'GridUnit',
    m('councilBodyCreate', 'CouncilBodyCreateInput'),
    (id) => ({ i: { name: 'X', levelKey: 'grid', gridUnitId: id } }),
  ],
  [
    'Mutation.councilMemberAdd(input.bodyId)',
    'CouncilBody',
    m('councilMemberAdd', 'CouncilMemberAddInput'),
    (id) => ({ i: { bodyId: id, membershipId: B.Membership, role: 'REPRESENTATIVE', constituency: 'OTHER' } }),
  ],
  [
    'Mutation.councilMemberAdd(input.membershipId)',
    'Membership',
    m('councilMemberAdd', 'CouncilMemberAddInput'),
    (id) => ({ i: { bodyId: B.Top, membershipId: id, role: 'REPRESENTATIVE', constituency: 'OTHER' } }),
  ],
  [
    'Mutation.councilMemberAdd(input.householdId)',
    'Household',
    m('councilMemberAdd', 'CouncilMemberAddInput'),
    (id) => ({ i: { bodyId: B.Top, membershipId: B.Membership, householdId: id, role: 'REPRESENTATIVE', constituency: 'OTHER' } }),
  ],
  ['Mutation.councilMemberEnd(input.id)', 'CouncilMember', m('councilMemberEnd', 'CouncilMemberEndInput'), (id) => ({ i: { id } })],
  [
    'Mutation.councilTopicRaise(input.bodyId)',
    'CouncilBody',
    m('councilTopicRaise', 'CouncilTopicRaiseInput'),
    (id) => ({ i: { bodyId: id, title: '外来议题', description: 'x' } }),
  ],
  ['Mutation.councilTopicScreen(input.id)', 'CouncilTopic', m('councilTopicScreen', 'CouncilTopicScreenInput'), (id) => ({ i: { id, accept: true } })],
  ['Mutation.councilTopicEscalate(input.id)', 'CouncilTopic', m('councilTopicEscalate', 'CouncilTopicEscalateInput'), (id) => ({ i: { id } })],
  [
    'Mutation.councilTopicEscalate(input.targetBodyId)',
    'CouncilBody',
    m('councilTopicEscalate', 'CouncilTopicEscalateInput'),
    (id) => ({ i: { id: B.LowTopic, targetBodyId: id } }),
  ],
  ['Mutation.councilTopicResolve(input.id)', 'CouncilTopic', m('councilTopicResolve', 'CouncilTopicAdvanceInput'), (id) => ({ i: { id } })],
  ['Mutation.councilTopicComplete(input.id)', 'CouncilTopic', m('councilTopicComplete', 'CouncilTopicAdvanceInput'), (id) => ({ i: { id } })],
  ['Mutation.councilTopicCloseEvaluation(input.id)', 'CouncilTopic', m('councilTopicCloseEvaluation', 'CouncilTopicAdvanceInput'), (id) => ({ i: { id } })],
  [
    'Mutation.councilCommentPost(input.topicId)',
    'CouncilTopic',
    m('councilCommentPost', 'CouncilCommentPostInput'),
    (id) => ({ i: { topicId: id, text: 'x' } }),
  ],
  [
    'Mutation.councilTaskAdd(input.topicId)',
    'CouncilTopic',
    m('councilTaskAdd', 'CouncilTaskAddInput'),
    (id) => ({ i: { topicId: id, title: 'x', ownerName: 'x', dueOn: '2099-01-01' } }),
  ],
  [
    'Mutation.councilTaskAdd(input.ownerMembershipId)',
    'Membership',
    m('councilTaskAdd', 'CouncilTaskAddInput'),
    (id) => ({ i: { topicId: B.Carrying, title: 'x', ownerMembershipId: id, dueOn: '2099-01-01' } }),
  ],
  ['Mutation.councilTaskDone(input.id)', 'CouncilTask', m('councilTaskDone', 'CouncilTaskDoneInput'), (id) => ({ i: { id } })],
  [
    'Mutation.councilTopicEvaluate(input.topicId)',
    'CouncilTopic',
    m('councilTopicEvaluate', 'CouncilTopicEvaluateInput'),
    (id) => ({ i: { topicId: id, rating: 5 } }),
  ],
  ['Mutation.councilVoteOpen(input.topicId)', 'CouncilTopic', m('councilVoteOpen', 'CouncilVoteOpenInput'), (id) => ({ i: { topicId: id } })],
  [
    'Mutation.councilVoteOpen(input.meetingId)',
    'CouncilMeeting',
    m('councilVoteOpen', 'CouncilVoteOpenInput'),
    (id) => ({ i: { topicId: B.LowTopic, meetingId: id } }),
  ],
  ['Mutation.councilVoteCast(input.voteId)', 'CouncilVote', m('councilVoteCast', 'CouncilVoteCastInput'), (id) => ({ i: { voteId: id, choice: 0 } })],
  [
    'Mutation.councilVoteEnter(input.voteId)',
    'CouncilVote',
    m('councilVoteEnter', 'CouncilVoteEnterInput'),
    (id) => ({ i: { voteId: id, memberId: B.Member, choice: 0 } }),
  ],
  [
    'Mutation.councilVoteEnter(input.memberId)',
    'CouncilMember',
    m('councilVoteEnter', 'CouncilVoteEnterInput'),
    (id) => ({ i: { voteId: B.Vote, memberId: id, choice: 0 } }),
  ],
  ['Mutation.councilVoteClose(input.id)', 'CouncilVote', m('councilVoteClose', 'CouncilVoteCloseInput'), (id) => ({ i: { id } })],
  [
    'Mutation.councilMeetingSchedule(input.bodyId)',
    'CouncilBody',
    m('councilMeetingSchedule', 'CouncilMeetingScheduleInput'),
    (id) => ({ i: { bodyId: id, title: 'x', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }),
  ],
  [
    'Mutation.councilMeetingSchedule(input.topicIds)',
    'CouncilTopic',
    m('councilMeetingSchedule', 'CouncilMeetingScheduleInput'),
    (id) => ({ i: { bodyId: B.Top, title: 'x', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z', topicIds: [id] } }),
  ],
  [
    'Mutation.councilAgendaAdd(input.meetingId)',
    'CouncilMeeting',
    m('councilAgendaAdd', 'CouncilAgendaAddInput'),
    (id) => ({ i: { meetingId: id, topicId: B.Carrying } }),
  ],
  [
    'Mutation.councilAgendaAdd(input.topicId)',
    'CouncilTopic',
    m('councilAgendaAdd', 'CouncilAgendaAddInput'),
    (id) => ({ i: { meetingId: B.Meeting, topicId: id } }),
  ],
  [
    'Mutation.councilAttendanceRecord(input.meetingId)',
    'CouncilMeeting',
    m('councilAttendanceRecord', 'CouncilAttendanceRecordInput'),
    (id) => ({ i: { meetingId: id, membershipId: B.Membership } }),
  ],
  [
    'Mutation.councilAttendanceRecord(input.membershipId)',
    'Membership',
    m('councilAttendanceRecord', 'CouncilAttendanceRecordInput'),
    (id) => ({ i: { meetingId: B.Meeting, membershipId: id } }),
  ],
  [
    'Mutation.councilMeetingAttend(input.meetingId)',
    'CouncilMeeting',
    m('councilMeetingAttend', 'CouncilMeetingAttendInput'),
    (id) => ({ i: { meetingId: id } }),
  ],
  ['Mutation.councilMeetingClose(input.id)', 'CouncilMeeting', m('councilMeetingClose', 'CouncilMeetingCloseInput'), (id) => ({ i: { id, minutes: 'x' } })],
  [
    'Mutation.councilDocumentPublish(input.bodyId)',
    'CouncilBody',
    m('councilDocumentPublish', 'CouncilDocumentPublishInput'),
    (id) => ({ i: { bodyId: id, kind: 'RULES', title: 'x', text: 'x' } }),
  ],
];

const idOf = (type: string) => A[type]!;
const normalize = (body: unknown, id: string) =>
  JSON.stringify(body, (k, v) => (k === 'requestId' ? '<volatile>' : v))
    .split(id)
    .join('<ID>');

test('the cases cover exactly the coordinates declared in isolation/council.coverage.ts (plus the subscription below)', () => {
  expect([...CASES.map((c) => c[0]), 'Subscription.councilBoard(bodyId)', ...COVERED_BY_MODERATION].sort()).toEqual([...COVERED].sort());
});

test.each(CASES)('%s with an id of A (%s): like a random id, nothing written', async (_coord, idType, doc, vars) => {
  const before = await fingerprint();
  const foreign = await s.gql(doc, vars(idOf(idType)), adminB);
  const random = toGlobalId(idType, randomUUID());
  const missing = await s.gql(doc, vars(random), adminB);
  expect(JSON.stringify(foreign)).not.toMatch(/ISO-A|INTERNAL_SERVER_ERROR/);
  expect(normalize(foreign, idOf(idType))).toBe(normalize(missing, random));
  if (_coord.startsWith('Mutation.')) {
    // The answer is about the field under test (B's other ids are valid), not an earlier check.
    const root = _coord.slice('Mutation.'.length, _coord.indexOf('('));
    const field = _coord.slice(_coord.lastIndexOf('.') + 1, -1).replace(/Ids$/, 'Id');
    expect((foreign as any).data[root].userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', field] });
  }
  expect(await fingerprint()).toEqual(before);
});

test("Subscription.councilBoard(bodyId) with A's body: the same error as a random id, no events of A", async () => {
  const first = async (bodyId: string) => {
    const sub = collect(s.ws(adminB.token), print(q(`subscription CouncilIsoBoardLive($id: ID!) { councilBoard(bodyId: $id) { type } }`)), { id: bodyId });
    const [e] = await sub.waitFor(1, 1000);
    sub.stop();
    return e;
  };
  const random = toGlobalId('CouncilBody', randomUUID());
  const foreign = await first(A.CouncilBody!);
  expect(normalize(foreign, A.CouncilBody!)).toBe(normalize(await first(random), random));
  expect(JSON.stringify(foreign)).toContain('NOT_FOUND');
});
