// viewerCan of volunteer sign-ups (issue 14) agrees with what cancelling, checking in and checking
// out actually do, for the volunteer herself, organizers (community staff, a social worker) and
// other members, in every sign-up state (the generic check of tests/harness/viewer-can.ts).
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';

const Configure = graphql(`
  mutation VolunteerVcConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Join = graphql(`
  mutation VolunteerVcJoin($input: VolunteerMemberJoinInput!) {
    volunteerMemberJoin(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ActivityCreate = graphql(`
  mutation VolunteerVcActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        shifts {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const SignUp = graphql(`
  mutation VolunteerVcSignUp($input: VolunteerSignUpInput!) {
    volunteerSignUp(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Cancel = graphql(`
  mutation VolunteerVcCancel($input: VolunteerSignupActInput!) {
    volunteerSignupCancel(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CheckIn = graphql(`
  mutation VolunteerVcCheckIn($input: VolunteerSignupActInput!) {
    volunteerSignupCheckIn(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CheckOut = graphql(`
  mutation VolunteerVcCheckOut($input: VolunteerSignupActInput!) {
    volunteerSignupCheckOut(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const AsOrganizer = graphql(`
  query VolunteerVcNode($id: ID!) {
    node(id: $id) {
      ... on VolunteerSignup {
        id
        viewerCan {
          cancel
          checkIn
          checkOut
        }
      }
    }
  }
`);
const AsVolunteer = graphql(`
  query VolunteerVcMine($shift: ID!) {
    node(id: $shift) {
      ... on VolunteerShift {
        mySignup {
          id
          viewerCan {
            cancel
            checkIn
            checkOut
          }
        }
      }
    }
  }
`);

let s: TestServer;
const who = {} as Record<string, GqlOptions>;
const shiftOf = new Map<string, string>();
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const ok = (p: { userErrors: readonly unknown[] } | undefined) => expect(p?.userErrors).toEqual([]);

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['staff', 'socialworker', 'resident', 'volunteer', 'party']) who[l] = { token: await s.login(l) };
  const admin = { token: await s.login('admin') };
  ok((await s.gql(Configure, { input: { moduleKey: 'volunteer', enabled: true } }, admin)).data?.communityModuleConfigure);
  ok((await s.gql(Join, { input: { name: '孙丽', teams: ['women'] } }, who.resident)).data?.volunteerMemberJoin);
}, 90_000);
afterAll(async () => {
  await s?.stop();
});

/** The resident's sign-up on a shift of its own, moved to the state wanted by the organizer. */
async function signup(then?: 'cancel' | 'in' | 'out'): Promise<string> {
  const a = (
    await s.gql(
      ActivityCreate,
      { input: { title: '敬老院探访', team: 'women', location: '金秋敬老院', shifts: [{ startsAt: inMinutes(-30), endsAt: inMinutes(60), capacity: 5 }] } },
      who.socialworker,
    )
  ).data?.volunteerActivityCreate;
  ok(a);
  const shift = a!.activity!.shifts[0]!.id;
  const su = (await s.gql(SignUp, { input: { shiftId: shift } }, who.resident)).data?.volunteerSignUp;
  ok(su);
  const id = su!.signup!.id;
  shiftOf.set(id, shift);
  if (then === 'cancel') ok((await s.gql(Cancel, { input: { id } }, who.resident)).data?.volunteerSignupCancel);
  if (then === 'in' || then === 'out') ok((await s.gql(CheckIn, { input: { id } }, who.staff)).data?.volunteerSignupCheckIn);
  if (then === 'out') ok((await s.gql(CheckOut, { input: { id } }, who.staff)).data?.volunteerSignupCheckOut);
  return id;
}

async function read(id: string, c: GqlOptions): Promise<Record<string, boolean> | null> {
  const node = (await s.gql(AsOrganizer, { id }, c)).data?.node as { viewerCan?: Record<string, boolean> } | null | undefined;
  if (node?.viewerCan) return node.viewerCan;
  const shift = (await s.gql(AsVolunteer, { shift: shiftOf.get(id)! }, c)).data?.node as {
    mySignup?: { id: string; viewerCan: Record<string, boolean> } | null;
  } | null;
  return shift?.mySignup?.id === id ? shift.mySignup.viewerCan : null;
}

test('viewerCan of sign-ups agrees with cancelling, checking in and checking out', async () => {
  const { disagreements, cells, allowed } = await viewerCanAgreement(s, {
    type: 'VolunteerSignupViewerCan',
    states: { CONFIRMED: () => signup(), CANCELLED: () => signup('cancel'), CHECKED_IN: () => signup('in'), CHECKED_OUT: () => signup('out') },
    callers: who,
    read,
    attempts: {
      cancel: (id, c) => s.gql(Cancel, { input: { id } }, c),
      checkIn: (id, c) => s.gql(CheckIn, { input: { id } }, c),
      checkOut: (id, c) => s.gql(CheckOut, { input: { id } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(4 * 3 * 5);
  // The volunteer and staff cancel (a social worker organizes but holds no volunteer.signUp); staff and the social worker check in and out.
  expect(allowed).toBe(6);
}, 300_000);
