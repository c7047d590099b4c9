// Moderation of the discussion and the audit log, in a Changzhou community (掌上议事群, the online
// body): a moderator hides and restores a post with a reason; residents no longer see it, the
// moderators do, with its log; every step is an event naming its actor, and the admin's audit log
// answers who changed what, when — filtered, paginated, tenant-scoped. Bad input and foreign ids
// are typed errors.
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';
import { body, codes, CommentPost, ok, presetCommunity, TopicRaise, TopicScreen, type Person } from './council-helpers';
import type { GqlOptions } from '../harness/server';

const Hide = graphql(`
  mutation CouncilModHide($input: CouncilCommentModerateInput!) {
    councilCommentHide(input: $input) {
      comment {
        id
        hiddenAt
        hiddenReason
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Restore = graphql(`
  mutation CouncilModRestore($input: CouncilCommentModerateInput!) {
    councilCommentRestore(input: $input) {
      comment {
        id
        hiddenAt
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Comments = graphql(`
  query CouncilModComments($id: ID!) {
    councilTopic(id: $id) {
      comments {
        totalCount
        nodes {
          id
          text
          hiddenAt
          hiddenReason
          moderationLog {
            action
            moderationReason
          }
        }
      }
    }
  }
`);
const NodeQ = graphql(`
  query CouncilModNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const Audit = graphql(`
  query CouncilModAudit($subject: ID, $actor: ID, $types: [String!], $from: DateTimeISO, $to: DateTimeISO, $first: Int, $after: String) {
    auditLog(subject: $subject, actor: $actor, types: $types, from: $from, to: $to, first: $first, after: $after) {
      entries {
        cursor
        type
        typeName
        subjectType
        subjectId
        actorKind
        actorMembershipId
        actorName
        data
      }
      endCursor
      hasMore
    }
  }
`);

let s: TestServer;
let admin: GqlOptions;
let people: Person[];
let topicId: string;
let commentId: string;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  const c = await presetCommunity(s, 'changzhou-135', 'CZmod', 2);
  admin = c.admin;
  people = c.people;
  const online = await body(s, admin, '掌上议事群', 'online');
  topicId = ok((await s.gql(TopicRaise, { input: { bodyId: online.id, title: '小区停车难', description: '晚上车位不够' } }, admin)).data?.councilTopicRaise)
    .topic!.id;
  ok((await s.gql(TopicScreen, { input: { id: topicId, accept: true } }, admin)).data?.councilTopicScreen);
  commentId = ok((await s.gql(CommentPost, { input: { topicId, text: '建议错峰停车，某某就是乱停的那个人' } }, people[0]!.auth)).data?.councilCommentPost)
    .comment!.id;
}, 60_000);

afterAll(async () => {
  await s?.stop();
});

test('a moderator hides a post with a reason: residents no longer see it, moderators see it with its log; then restores it', async () => {
  expect(codes(await s.gql(Hide, { input: { id: commentId, reason: '点名指责他人' } }, people[1]!.auth))).toEqual(['FORBIDDEN']);
  const bad = async (doc: typeof Hide | typeof Restore, input: { id: string; reason: string }) => {
    const r = await s.gql(doc as typeof Hide, { input }, admin);
    return (Object.values(r.data!)[0] as { userErrors: unknown[] }).userErrors;
  };
  expect(await bad(Hide, { id: commentId, reason: '   ' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'reason'] }]);
  expect(await bad(Restore, { id: commentId, reason: '未隐藏' })).toEqual([{ code: 'COUNCIL_COMMENT_NOT_HIDDEN', field: ['input', 'id'] }]);
  expect(await bad(Hide, { id: toGlobalId('CouncilComment', randomUUID()), reason: 'x' })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);

  const hidden = ok((await s.gql(Hide, { input: { id: commentId, reason: '点名指责他人' } }, admin)).data?.councilCommentHide).comment!;
  expect(hidden).toMatchObject({ id: commentId, hiddenReason: '点名指责他人' });
  expect(hidden.hiddenAt).toBeTruthy();
  expect(await bad(Hide, { id: commentId, reason: '再次' })).toEqual([{ code: 'COUNCIL_COMMENT_HIDDEN', field: ['input', 'id'] }]);

  for (const p of people) {
    expect((await s.gql(Comments, { id: topicId }, p.auth)).data!.councilTopic!.comments.totalCount).toBe(0);
    expect((await s.gql(NodeQ, { id: commentId }, p.auth)).data!.node).toBeNull();
  }
  const seen = (await s.gql(Comments, { id: topicId }, admin)).data!.councilTopic!.comments.nodes;
  expect(seen.map((c) => [c.id, c.hiddenReason, c.moderationLog.map((l) => [l.action, l.moderationReason])])).toEqual([
    [commentId, '点名指责他人', [['HIDE', '点名指责他人']]],
  ]);

  ok((await s.gql(Restore, { input: { id: commentId, reason: '核实后无不当内容' } }, admin)).data?.councilCommentRestore);
  const back = (await s.gql(Comments, { id: topicId }, people[1]!.auth)).data!.councilTopic!.comments.nodes;
  expect(back.map((c) => [c.id, c.hiddenAt, c.moderationLog])).toEqual([[commentId, null, []]]);
  const log = (await s.gql(Comments, { id: topicId }, admin)).data!.councilTopic!.comments.nodes[0]!.moderationLog;
  expect(log.map((l) => l.action)).toEqual(['HIDE', 'RESTORE']);
});

test('the audit log: who changed what, when — every event names its actor; filters, pages, permissions', async () => {
  const page = (await s.gql(Audit, { subject: commentId }, admin)).data!.auditLog;
  expect(page.entries.map((e) => [e.type, e.actorKind, e.actorName])).toEqual([
    ['council.CommentRestored', 'PERSON', '平台管理员'],
    ['council.CommentHidden', 'PERSON', '平台管理员'],
    ['council.CommentPosted', 'PERSON', 'CZmod居民0'],
  ]);
  expect(page.entries[0]!).toMatchObject({ typeName: '发言已恢复', subjectType: 'CouncilComment', subjectId: commentId });
  // The reason stays in the moderation log: event data carries ids only.
  expect(JSON.stringify(page.entries.map((e) => e.data))).not.toContain('点名');

  const byResident = (await s.gql(Audit, { actor: people[0]!.membershipId }, admin)).data!.auditLog.entries;
  expect(byResident.map((e) => e.type)).toEqual(['council.CommentPosted']);
  expect(byResident[0]!.actorMembershipId).toBe(people[0]!.membershipId);
  const typed = (await s.gql(Audit, { types: ['council.CommentHidden'] }, admin)).data!.auditLog.entries;
  expect(typed.map((e) => e.subjectId)).toEqual([commentId]);
  const future = new Date(Date.now() + 86_400_000).toISOString();
  expect((await s.gql(Audit, { from: future }, admin)).data!.auditLog.entries).toEqual([]);

  // Pages, newest first, no gap and no duplicate.
  const all = (await s.gql(Audit, { first: 100 }, admin)).data!.auditLog.entries.map((e) => e.cursor);
  const walked: string[] = [];
  let after: string | null = null;
  for (;;) {
    const p: { entries: { cursor: string }[]; endCursor?: string | null; hasMore: boolean } = (await s.gql(Audit, { first: 2, after }, admin)).data!.auditLog;
    walked.push(...p.entries.map((e) => e.cursor));
    if (!p.hasMore) break;
    after = p.endCursor ?? null;
  }
  expect(walked).toEqual(all);
  expect(all.map(Number)).toEqual([...all.map(Number)].sort((a, b) => b - a));

  // Residents may not read it; bad input is a typed error.
  expect(codes(await s.gql(Audit, {}, people[0]!.auth))).toEqual(['FORBIDDEN']);
  expect(codes(await s.gql(Audit, { first: 0 }, admin))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await s.gql(Audit, { after: 'abc' }, admin))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await s.gql(Audit, { subject: 'garbage' }, admin))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await s.gql(Audit, { from: future, to: new Date().toISOString() }, admin))).toEqual(['BAD_USER_INPUT']);
});

test("isolation: another community's admin can neither moderate this post nor read its events", async () => {
  const other = { token: await s.login('admin') }; // 金秋社区 (the demo)
  const norm = (r: unknown, x: string) =>
    JSON.stringify(r, (k, v) => (k === 'requestId' ? '<r>' : v))
      .split(x)
      .join('<ID>');
  for (const [doc, vars] of [
    [Hide, (x: string) => ({ input: { id: x, reason: '越权' } })],
    [Restore, (x: string) => ({ input: { id: x, reason: '越权' } })],
    [Audit, (x: string) => ({ subject: x })],
    [NodeQ, (x: string) => ({ id: x })],
  ] as const) {
    const random = toGlobalId('CouncilComment', randomUUID());
    const a = await s.gql(doc as any, vars(commentId), other);
    const b = await s.gql(doc as any, vars(random), other);
    expect(norm(a, commentId)).toBe(norm(b, random));
    expect(JSON.stringify(a)).not.toContain('CZmod');
  }
  // The member filter with a foreign member lists nothing.
  expect((await s.gql(Audit, { actor: people[0]!.membershipId }, other)).data!.auditLog.entries).toEqual([]);
  const still = (await s.gql(Comments, { id: topicId }, admin)).data!.councilTopic!.comments.nodes[0]!;
  expect(still.hiddenAt).toBeNull();
});
