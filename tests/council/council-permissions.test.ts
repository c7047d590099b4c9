// The role × action table of module council, checked in and run both ways against the demo
// community: allowed → the operation works (every login is seated, online discussion is open, so
// object-level rules let it through); denied → FORBIDDEN and nothing written. Also
// UNAUTHENTICATED without a token and MODULE_DISABLED while the community has not enabled it.
import type { Client } from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { councilPermissions } from '../../src/modules/council/council.permissions';
import {
  CommentPost,
  CouncilConfigure,
  CouncilHouseholds,
  CouncilMembershipAdd,
  CouncilMemberships,
  TaskAdd,
  TopicEvaluate,
  TopicRaise,
  TopicResolve,
  TopicScreen,
  VoteCast,
  VoteOpen,
  body,
  codes,
  gridUnit,
  ok,
  pg,
  seat,
} from './council-helpers';

const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident', 'street', 'platform'] as const;
type Login = (typeof LOGINS)[number];
const Y = 'allowed';
const N = 'denied';

// prettier-ignore
const MATRIX: Record<string, readonly string[]> = {
  //                      admin staff grid sw  vol party org cobuild resident street platform
  'read':                [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'allBodies':           [ Y,    Y,    N,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'body.manage':         [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'topic.raise':         [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'topic.comment':       [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'topic.screen':        [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'topic.evaluate':      [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'task.manage':         [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'vote.cast':           [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'vote.manage':         [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'meeting.manage':      [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'meeting.attend':      [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'document.publish':    [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'comment.moderate':    [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
};

const Bodies = graphql(`
  query CouncilPermBodies {
    councilBodies {
      totalCount
    }
  }
`);
const CommentHide = graphql(`
  mutation CouncilPermCommentHide($input: CouncilCommentModerateInput!) {
    councilCommentHide(input: $input) {
      comment {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const MeetingSchedule = graphql(`
  mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) {
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
  mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) {
    councilMeetingAttend(input: $input) {
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
const DocumentPublish = graphql(`
  mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) {
    councilDocumentPublish(input: $input) {
      document {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CommunityId = graphql(`
  query CouncilPermCommunity {
    community {
      id
    }
  }
`);

let s: TestServer;
let db: Client;
const auth = {} as Record<Login, GqlOptions>;
let admin: GqlOptions;
/** Bodies: `open` (all five steps, online discussion open) and `light` (no 民决: resolve → 民办 → 民评). */
const B = {} as Record<'open' | 'light', string>;
let vote: string;
let meeting: string;
let n = 0;

async function topicAt(bodyId: string, to: 'RAISED' | 'DISCUSSING' | 'CARRYING_OUT' | 'EVALUATING'): Promise<string> {
  const t = ok((await s.gql(TopicRaise, { input: { bodyId, title: `矩阵议题 ${++n}`, description: 'x' } }, admin)).data?.councilTopicRaise).topic!.id;
  if (to === 'RAISED') return t;
  ok((await s.gql(TopicScreen, { input: { id: t, accept: true } }, admin)).data?.councilTopicScreen);
  if (to === 'DISCUSSING') return t;
  ok((await s.gql(TopicResolve, { input: { id: t } }, admin)).data?.councilTopicResolve);
  if (to === 'CARRYING_OUT') return t;
  const TopicComplete = graphql(`
    mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) {
      councilTopicComplete(input: $input) {
        userErrors {
          code
        }
      }
    }
  `);
  ok((await s.gql(TopicComplete, { input: { id: t } }, admin)).data?.councilTopicComplete);
  return t;
}

// `deniedAsNull`: the denial is object-level (node(id) answers null like a foreign id), not FORBIDDEN.
type Op = {
  deniedAsNull?: boolean;
  prepare?: () => Promise<Record<string, unknown>>;
  doc: TypedDocumentNode<any, any>;
  vars: (p: Record<string, unknown>) => Record<string, unknown>;
  evidence: (d: any) => unknown;
  payload?: string;
};
const OPS: Record<string, Op> = {
  read: { doc: Bodies, vars: () => ({}), evidence: (d) => d?.councilBodies?.totalCount },
  allBodies: {
    doc: graphql(`
      query CouncilPermNode($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `),
    vars: () => ({ id: B.open }),
    evidence: (d) => d?.node,
    deniedAsNull: true,
  },
  'body.manage': {
    doc: graphql(`
      mutation CouncilPermBody($input: CouncilBodyCreateInput!) {
        councilBodyCreate(input: $input) {
          body {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { name: `矩阵机构 ${++n}`, levelKey: 'community' } }),
    evidence: (d) => d?.councilBodyCreate?.body,
    payload: 'councilBodyCreate',
  },
  'topic.raise': {
    doc: TopicRaise,
    vars: () => ({ input: { bodyId: B.open, title: `矩阵提议 ${++n}`, description: 'x' } }),
    evidence: (d) => d?.councilTopicRaise?.topic,
    payload: 'councilTopicRaise',
  },
  'topic.comment': {
    prepare: async () => ({ t: await topicAt(B.open, 'DISCUSSING') }),
    doc: CommentPost,
    vars: (p) => ({ input: { topicId: p.t, text: '发言' } }),
    evidence: (d) => d?.councilCommentPost?.comment,
    payload: 'councilCommentPost',
  },
  'topic.screen': {
    prepare: async () => ({ t: await topicAt(B.open, 'RAISED') }),
    doc: TopicScreen,
    vars: (p) => ({ input: { id: p.t, accept: true } }),
    evidence: (d) => d?.councilTopicScreen?.topic,
    payload: 'councilTopicScreen',
  },
  'topic.evaluate': {
    prepare: async () => ({ t: await topicAt(B.light, 'EVALUATING') }),
    doc: TopicEvaluate,
    vars: (p) => ({ input: { topicId: p.t, rating: 4 } }),
    evidence: (d) => d?.councilTopicEvaluate?.evaluation,
    payload: 'councilTopicEvaluate',
  },
  'task.manage': {
    prepare: async () => ({ t: await topicAt(B.light, 'CARRYING_OUT') }),
    doc: TaskAdd,
    vars: (p) => ({ input: { topicId: p.t, title: '事项', ownerName: '物业', dueOn: '2099-01-01' } }),
    evidence: (d) => d?.councilTaskAdd?.task,
    payload: 'councilTaskAdd',
  },
  'vote.cast': { doc: VoteCast, vars: () => ({ input: { voteId: vote, choice: 0 } }), evidence: (d) => d?.councilVoteCast?.vote, payload: 'councilVoteCast' },
  'vote.manage': {
    prepare: async () => ({ t: await topicAt(B.open, 'DISCUSSING') }),
    doc: VoteOpen,
    vars: (p) => ({ input: { topicId: p.t } }),
    evidence: (d) => d?.councilVoteOpen?.vote,
    payload: 'councilVoteOpen',
  },
  'meeting.manage': {
    doc: MeetingSchedule,
    vars: () => ({ input: { bodyId: B.open, title: `矩阵会议 ${++n}`, kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }),
    evidence: (d) => d?.councilMeetingSchedule?.meeting,
    payload: 'councilMeetingSchedule',
  },
  'meeting.attend': {
    doc: MeetingAttend,
    vars: () => ({ input: { meetingId: meeting } }),
    evidence: (d) => d?.councilMeetingAttend?.meeting,
    payload: 'councilMeetingAttend',
  },
  'comment.moderate': {
    prepare: async () => {
      const t = await topicAt(B.open, 'DISCUSSING');
      return { c: ok((await s.gql(CommentPost, { input: { topicId: t, text: '待管理的发言' } }, admin)).data?.councilCommentPost).comment!.id };
    },
    doc: CommentHide,
    vars: (p) => ({ input: { id: p.c ?? 'x', reason: '含不实信息' } }),
    evidence: (d) => d?.councilCommentHide?.comment,
    payload: 'councilCommentHide',
  },
  'document.publish': {
    doc: DocumentPublish,
    vars: () => ({ input: { bodyId: B.open, kind: 'RULES', title: '议事规则', text: '全文' } }),
    evidence: (d) => d?.councilDocumentPublish?.document,
    payload: 'councilDocumentPublish',
  },
};

// Council's own events: other modules' consumers (points earning on a vote, …) publish theirs
// asynchronously after an earlier allowed call, so the whole outbox is not this call's evidence.
const FINGERPRINT = `select (select count(*) from outbox_event where type like 'council.%') events, (select count(*) from council_body) bodies, (select count(*) from council_topic) topics,
  (select md5(string_agg(t.status, ',' order by t.id)) from council_topic t) statuses, (select count(*) from council_comment) comments, (select count(*) from council_task) tasks,
  (select count(*) from council_evaluation) evaluations, (select count(*) from council_vote) votes, (select count(*) from council_ballot) ballots,
  (select count(*) from council_meeting) meetings, (select count(*) from council_attendance) attendance, (select count(*) from council_document) documents`;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  for (const l of LOGINS) auth[l] = { token: await s.login(l) };
  admin = auth.admin;
  const community = (await s.gql(CommunityId, {}, admin)).data!.community.id;
  for (const l of ['street', 'platform'] as const) auth[l].headers = { 'x-community-id': community };
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
  // Both bodies serve 第一网格, where the `grid` login is on duty (grid workers run their grid's bodies only).
  const g1 = await gridUnit(db, 'G1');
  B.open = (await body(s, admin, '矩阵议事会', 'community', undefined, g1)).id;
  B.light = (await body(s, admin, '矩阵协商点', 'light', undefined, g1)).id;
  // Seat every login that belongs to the community (the platform admin joins as a resident too: an
  // existing login is attached by a platform admin, not by the community's own admin).
  const joined = await s.gql(CouncilMembershipAdd, { input: { login: 'platform', displayName: '平台管理员', roles: ['RESIDENT'] } }, auth.platform);
  expect(joined.data!.membershipAdd.userErrors).toEqual([]);
  const hh = (await s.gql(CouncilHouseholds, {}, admin)).data!.households.nodes.map((h) => h.id);
  const members = (await s.gql(CouncilMemberships, {}, admin)).data!.memberships.nodes;
  for (const [i, m] of members.entries()) await seat(s, admin, B.open, m.id, hh[i]!);
  vote = ok((await s.gql(VoteOpen, { input: { topicId: await topicAt(B.open, 'DISCUSSING') } }, admin)).data?.councilVoteOpen).vote!.id;
  meeting = (await s.gql(MeetingSchedule, { input: { bodyId: B.open, title: '矩阵例会', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, admin)).data!
    .councilMeetingSchedule.meeting!.id;
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the table has a row and an operation for every council action and a column per demo login', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(councilPermissions).sort());
  expect(Object.keys(OPS).sort()).toEqual(Object.keys(councilPermissions).sort());
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LOGINS.length);
});

describe.each(Object.keys(MATRIX))('council.%s', (action) => {
  test.each(LOGINS.map((l, i) => [l, MATRIX[action]![i]!] as const))('%s: %s', async (login, expected) => {
    const op = OPS[action]!;
    const vars = op.vars((await op.prepare?.()) ?? {});
    if (expected === Y) {
      const r = await s.gql(op.doc, vars, auth[login]);
      expect(r.errors).toBeUndefined();
      if (op.payload) expect((r.data as any)[op.payload].userErrors).toEqual([]);
      expect(op.evidence(r.data)).toEqual(expect.anything());
      return;
    }
    const before = (await db.query(FINGERPRINT)).rows[0];
    const r = await s.gql(op.doc, vars, auth[login]);
    if (op.deniedAsNull) expect([r.errors, op.evidence(r.data)]).toEqual([undefined, null]);
    else expect(codes(r)).toEqual(['FORBIDDEN']);
    expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
  });
});

test('without a token every operation is UNAUTHENTICATED; with the module disabled it is MODULE_DISABLED', async () => {
  for (const op of Object.values(OPS)) expect(codes(await s.gql(op.doc, op.vars({ t: 'x' }), {}))).toEqual(['UNAUTHENTICATED']);
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'council', enabled: false } }, admin)).data?.communityModuleConfigure);
  try {
    const before = (await db.query(FINGERPRINT)).rows[0];
    for (const op of Object.values(OPS)) {
      const r = await s.gql(op.doc, op.vars({ t: 'x' }), admin);
      if (op.deniedAsNull)
        expect(op.evidence(r.data)).toBeNull(); // node(id) of a disabled module answers null
      else expect(codes(r)).toEqual(['MODULE_DISABLED']);
    }
    expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
  } finally {
    ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'council', enabled: true } }, admin)).data?.communityModuleConfigure);
  }
});
