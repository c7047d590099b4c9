// Shared setup of the council tests: typed operations and a community builder (not a test file).
import { Client } from 'pg';
import { graphql } from '../gql';
import type { GqlOptions, TestServer } from '../harness/server';

export const CouncilConfigure = graphql(`
  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
export const CouncilCommunityCreate = graphql(`
  mutation CouncilCommunityCreate($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const CouncilLogin = graphql(`
  mutation CouncilLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
export const CouncilMembershipAdd = graphql(`
  mutation CouncilMembershipAdd($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const CouncilHouseholdCreate = graphql(`
  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
export const CouncilMemberships = graphql(`
  query CouncilMemberships {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
  }
`);
export const CouncilHouseholds = graphql(`
  query CouncilHouseholds {
    households(first: 40) {
      nodes {
        id
      }
    }
  }
`);
export const CouncilLevels = graphql(`
  query CouncilLevels {
    councilLevels {
      key
      name
      index
      rules {
        quorumPercent
        threshold
        votingUnit
        cadence
        onlineDiscussionOpen
        steps
        allowVoteChange
      }
    }
  }
`);

export const BodyCreate = graphql(`
  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {
    councilBodyCreate(input: $input) {
      body {
        id
        name
        levelKey
        level {
          key
          name
          index
        }
        rules {
          steps
          votingUnit
          threshold
          quorumPercent
          cadence
          onlineDiscussionOpen
        }
        parent {
          id
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const MemberAdd = graphql(`
  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) {
    councilMemberAdd(input: $input) {
      member {
        id
        role
        votes
        householdId
        displayName
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const MemberEnd = graphql(`
  mutation CouncilMemberEnd($input: CouncilMemberEndInput!) {
    councilMemberEnd(input: $input) {
      member {
        id
        endedAt
        votes
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const TopicRaise = graphql(`
  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) {
    councilTopicRaise(input: $input) {
      topic {
        id
        status
        step
        body {
          id
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const TopicScreen = graphql(`
  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) {
    councilTopicScreen(input: $input) {
      topic {
        id
        status
        rejectReason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const TopicEscalate = graphql(`
  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) {
    councilTopicEscalate(input: $input) {
      topic {
        id
        status
        body {
          id
          levelKey
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const TopicResolve = graphql(`
  mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) {
    councilTopicResolve(input: $input) {
      topic {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const TopicComplete = graphql(`
  mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) {
    councilTopicComplete(input: $input) {
      topic {
        id
        status
        doneAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const TopicCloseEvaluation = graphql(`
  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) {
    councilTopicCloseEvaluation(input: $input) {
      topic {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const CommentPost = graphql(`
  mutation CouncilCommentPost($input: CouncilCommentPostInput!) {
    councilCommentPost(input: $input) {
      comment {
        id
        authorName
        text
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const TaskAdd = graphql(`
  mutation CouncilTaskAdd($input: CouncilTaskAddInput!) {
    councilTaskAdd(input: $input) {
      task {
        id
        ownerName
        dueOn
        overdue
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const TaskDone = graphql(`
  mutation CouncilTaskDone($input: CouncilTaskDoneInput!) {
    councilTaskDone(input: $input) {
      task {
        id
        doneAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const TopicEvaluate = graphql(`
  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) {
    councilTopicEvaluate(input: $input) {
      evaluation {
        rating
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const VoteOpen = graphql(`
  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) {
    councilVoteOpen(input: $input) {
      vote {
        id
        status
        eligible
        quorumPercent
        threshold
        votingUnit
        allowChange
        options
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const VoteCast = graphql(`
  mutation CouncilVoteCast($input: CouncilVoteCastInput!) {
    councilVoteCast(input: $input) {
      vote {
        id
        myChoice
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const VoteEnter = graphql(`
  mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) {
    councilVoteEnter(input: $input) {
      vote {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const VoteClose = graphql(`
  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {
    councilVoteClose(input: $input) {
      vote {
        id
        status
        quorumMet
        passed
        winner
        ballotCount
        tally {
          option
          count
        }
        topic {
          id
          status
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const VoteGet = graphql(`
  query CouncilVoteGet($id: ID!) {
    councilVote(id: $id) {
      id
      status
      passed
      quorumMet
      ballotCount
      tally {
        option
        count
      }
      ballots {
        choice
        channel
        enteredBy
        memberId
        member {
          id
          displayName
        }
      }
    }
  }
`);
export const TopicGet = graphql(`
  query CouncilTopicGet($id: ID!) {
    councilTopic(id: $id) {
      id
      status
      step
      title
      fundRequestFen
      decidedAt
      doneAt
      body {
        id
        levelKey
      }
      history {
        action
        fromStatus
        toStatus
        note
      }
      comments {
        totalCount
        nodes {
          authorName
          text
        }
      }
      tasks {
        title
        doneAt
      }
      votes {
        id
        passed
      }
      evaluation {
        count
        average
        satisfiedPercent
      }
    }
  }
`);

/** Global id of a demo grid unit by its code (G1 = 第一网格, where the `grid` login is on duty). */
export async function gridUnit(db: Client, code: string): Promise<string> {
  const { rows } = await db.query(`select id from grid_unit where code = $1`, [code]);
  return Buffer.from(`v1:GridUnit:${rows[0].id}`).toString('base64url');
}

export const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

export async function pg(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}

export interface Person {
  login: string;
  membershipId: string;
  auth: GqlOptions;
}

/** A community from a preset: the platform admin is its admin; `n` residents, each in their own household unless `sameHousehold` pairs them. */
export async function presetCommunity(s: TestServer, preset: string, tag: string, n: number) {
  const platform = await s.login('platform');
  const c = await s.gql(
    CouncilCommunityCreate,
    { input: { name: `${tag}社区`, regionCode: `53${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`, preset } },
    { token: platform },
  );
  const communityId = c.data!.communityCreate.community!.id;
  const t = await s.gql(CouncilLogin, { input: { login: 'platform', password: 'wushe-demo', community: communityId } });
  const admin: GqlOptions = { token: t.data!.authLogin.accessToken! };
  const households: string[] = [];
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const h = await s.gql(CouncilHouseholdCreate, { input: { number: `${tag}-${i}`, address: `${tag} ${i} 号` } }, admin);
    households.push(h.data!.householdCreate.household!.id);
    const login = `${tag.toLowerCase()}-r${i}`;
    const m = await s.gql(CouncilMembershipAdd, { input: { login, displayName: `${tag}居民${i}`, password: 'council-pass-1', roles: ['RESIDENT'] } }, admin);
    if (!m.data?.membershipAdd.membership) throw new Error(JSON.stringify(m));
    people.push({ login, membershipId: m.data.membershipAdd.membership.id, auth: { token: await s.login(login, 'council-pass-1') } });
  }
  return { communityId, admin, households, people };
}

export async function body(s: TestServer, admin: GqlOptions, name: string, levelKey: string, parentId?: string, gridUnitId?: string) {
  const r = await s.gql(BodyCreate, { input: { name, levelKey, parentId, gridUnitId } }, admin);
  if (!r.data?.councilBodyCreate.body) throw new Error(JSON.stringify(r));
  return r.data.councilBodyCreate.body;
}

export async function seat(s: TestServer, admin: GqlOptions, bodyId: string, membershipId: string, householdId: string | null, role = 'REPRESENTATIVE') {
  const r = await s.gql(MemberAdd, { input: { bodyId, membershipId, householdId, role: role as any, constituency: 'RESIDENT_REP' } }, admin);
  if (!r.data?.councilMemberAdd.member) throw new Error(JSON.stringify(r));
  return r.data.councilMemberAdd.member.id;
}

export function ok<T extends { userErrors: readonly unknown[] }>(p: T | undefined | null): T {
  if (!p) throw new Error('no payload');
  expect(p.userErrors).toEqual([]);
  return p;
}
