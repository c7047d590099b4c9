// Links a demo login to a resident of a household through GraphQL (membershipResidentLink), as
// staff do: points and volunteer act for the household of the login's resident record.
import type { TestServer } from '../harness/server';
import { graphql } from '../gql';

const Memberships = graphql(`
  query PointsLinkMemberships {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
  }
`);
const Households = graphql(`
  query PointsLinkHouseholds($search: String) {
    households(first: 5, search: $search) {
      nodes {
        id
        number
      }
    }
  }
`);
const Residents = graphql(`
  query PointsLinkResidents($household: ID) {
    residents(first: 20, household: $household) {
      nodes {
        id
      }
    }
  }
`);
const Link = graphql(`
  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {
    membershipResidentLink(input: $input) {
      membership {
        id
        resident {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

/** Links `login` to the `nth` resident of household `number` (as the admin `token`); returns the resident's global id. */
export async function linkLoginToHousehold(s: TestServer, token: string, login: string, number: string, nth = 0): Promise<string> {
  const m = (await s.gql(Memberships, {}, { token })).data!.memberships.nodes.find((x) => x.login === login)!;
  const h = (await s.gql(Households, { search: number }, { token })).data!.households.nodes.find((x) => x.number === number)!;
  const residents = (await s.gql(Residents, { household: h.id }, { token })).data!.residents.nodes;
  const r = residents.map((x) => x.id).sort()[nth]!;
  const done = (await s.gql(Link, { input: { id: m.id, resident: r } }, { token })).data!.membershipResidentLink;
  if (done.userErrors.length || done.membership?.resident?.id !== r) throw new Error(`link ${login}: ${JSON.stringify(done)}`);
  return r;
}
