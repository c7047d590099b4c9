// Shared world of the party tests: the demo community (with its 72-unit 大党委) with party and
// dispatch enabled, a token per demo login, membership ids, and typed operations.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { LOGINS, type Login } from '../platform/permissions.matrix';

export const PartyConfigure = graphql(`
  mutation PartyConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Members = graphql(`
  query PartyFxMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
    community {
      id
    }
  }
`);

export const PartyUnitCreate = graphql(`
  mutation PartyUnitCreate($input: PartyUnitCreateInput!) {
    partyUnitCreate(input: $input) {
      unit {
        id
        name
        kind
        contactPhone
        sortOrder
        active
        isMine
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyUnitUpdate = graphql(`
  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) {
    partyUnitUpdate(input: $input) {
      unit {
        id
        name
        active
        contactPhone
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyUnits = graphql(`
  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {
    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {
      totalCount
      nodes {
        id
        name
        sortOrder
        contactPhone
        active
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
export const PartyRotationGenerate = graphql(`
  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {
    partyRotationGenerate(input: $input) {
      slots {
        id
        year
        position
        startMonth
        endMonth
        unit {
          id
          name
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
export const PartyRotation = graphql(`
  query PartyRotation($year: Int!) {
    partyRotation(year: $year) {
      id
      position
      startMonth
      endMonth
      current
      unit {
        id
        name
      }
    }
  }
`);
export const PartyChair = graphql(`
  query PartyChair($year: Int, $month: Int) {
    partyChair(year: $year, month: $month) {
      id
      year
      position
      startMonth
      endMonth
      current
      unit {
        id
        name
      }
    }
  }
`);
export const PartySlotReplace = graphql(`
  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) {
    partyRotationSlotReplace(input: $input) {
      slot {
        id
        position
        unit {
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
export const PartySwap = graphql(`
  mutation PartySwap($input: PartyRotationSwapInput!) {
    partyRotationSwap(input: $input) {
      slots {
        position
        unit {
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
export const PartyMeetingSchedule = graphql(`
  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {
    partyMeetingSchedule(input: $input) {
      meeting {
        id
        title
        status
        conveningUnit {
          id
          name
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
export const PartyAttendance = graphql(`
  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {
    partyMeetingAttendanceRecord(input: $input) {
      meeting {
        id
        attendance {
          present
          attendees
          unit {
            id
          }
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
export const PartyMeetingClose = graphql(`
  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {
    partyMeetingClose(input: $input) {
      meeting {
        id
        status
        minutes
        heldAt
        decisions {
          position
          text
          dueOn
          ownerUnit {
            id
          }
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
export const PartyMeetingCancel = graphql(`
  mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) {
    partyMeetingCancel(input: $input) {
      meeting {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyItemPublish = graphql(`
  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {
    partyServiceItemPublish(input: $input) {
      item {
        id
        title
        capacity
        claimedCount
        remaining
        audience
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyItemClaim = graphql(`
  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {
    partyServiceItemClaim(input: $input) {
      claim {
        id
        status
        claimantName
        mine
        unit {
          id
        }
        item {
          id
          remaining
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
export const PartyClaimComplete = graphql(`
  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {
    partyServiceClaimComplete(input: $input) {
      claim {
        id
        status
        record
        minutes
        completedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyMemberReport = graphql(`
  mutation PartyMemberReport($input: PartyMemberReportInput!) {
    partyMemberReport(input: $input) {
      member {
        id
        name
        isMe
        hasLogin
        unit {
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
export const PartyMemberRegister = graphql(`
  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) {
    partyMemberRegister(input: $input) {
      member {
        id
        name
        phone
        hasLogin
        residentLinked
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PartyMyMember = graphql(`
  query PartyMyMember {
    partyMyMember {
      id
      name
      serviceMinutes
      serviceRecords(first: 50) {
        source
        title
        minutes
        rating
        servedAt
      }
    }
  }
`);
export const PartyTargetCreate = graphql(`
  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) {
    partyEscalationTargetCreate(input: $input) {
      target {
        id
        name
        kind
        categories
        contactPhone
        unit {
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

export interface PartyWorld {
  s: TestServer;
  db: Client;
  tok: Record<Login, string>;
  members: Record<string, string>;
  communityId: string;
}

export async function partyWorld(): Promise<PartyWorld> {
  const s = await startTestServer({ demo: true });
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const tok = {} as Record<Login, string>;
  for (const l of LOGINS) tok[l] = await s.login(l);
  for (const moduleKey of ['party', 'dispatch']) {
    const r = await s.gql(PartyConfigure, { input: { moduleKey, enabled: true } }, { token: tok.admin });
    expect(r.data?.communityModuleConfigure.userErrors).toEqual([]);
  }
  const m = (await s.gql(Members, {}, { token: tok.admin })).data!;
  return { s, db, tok, members: Object.fromEntries(m.memberships.nodes.map((x) => [x.login, x.id])), communityId: m.community.id };
}

export async function stopWorld(w: PartyWorld | undefined): Promise<void> {
  await w?.db.end();
  await w?.s.stop();
}

export const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[2]!;
export const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');

export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
