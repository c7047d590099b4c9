// Shared world of the stations tests: the demo community with stations enabled, one station open
// round the clock (every slot bookable), typed operations, local-time helpers (Asia/Shanghai), and
// an outsider community whose admin probes with this community's ids.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';

export const DEMO_LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident'] as const;

export const StationsEnable = graphql(`
  mutation StationsEnable($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
export const StationsAddMember = graphql(`
  mutation StationsAddMember($input: MembershipAddInput!) {
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
export const StationsWhere = graphql(`
  query StationsWhere {
    community {
      id
      street {
        id
      }
    }
  }
`);
export const StationsCommunityCreate = graphql(`
  mutation StationsCommunityCreate($input: CommunityCreateInput!) {
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
export const StationsLogin = graphql(`
  mutation StationsLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);

export const StationCreate = graphql(`
  mutation StationCreate($input: StationCreateInput!) {
    stationCreate(input: $input) {
      station {
        id
        name
        kind
        kindName
        address
        gridUnitId
        features
        openingHours {
          weekday
          opens
          closes
        }
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const StationUpdate = graphql(`
  mutation StationUpdate($input: StationUpdateInput!) {
    stationUpdate(input: $input) {
      station {
        id
        name
        active
        openingHours {
          weekday
          opens
          closes
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
export const StationServiceCreate = graphql(`
  mutation StationServiceCreate($input: StationServiceCreateInput!) {
    stationServiceCreate(input: $input) {
      service {
        id
        name
        category
        grouping
        slotMinutes
        capacity
        bookable
        station {
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
export const StationServiceUpdate = graphql(`
  mutation StationServiceUpdate($input: StationServiceUpdateInput!) {
    stationServiceUpdate(input: $input) {
      service {
        id
        capacity
        grouping
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const StationClosureAdd = graphql(`
  mutation StationClosureAdd($input: StationClosureAddInput!) {
    stationClosureAdd(input: $input) {
      closure {
        id
        startsOn
        endsOn
        reason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const StationClosureRemove = graphql(`
  mutation StationClosureRemove($input: StationClosureRemoveInput!) {
    stationClosureRemove(input: $input) {
      closure {
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
export const StationBook = graphql(`
  mutation StationBook($input: StationBookingCreateInput!) {
    stationBookingCreate(input: $input) {
      booking {
        id
        status
        startsAt
        endsAt
        mine
        bookedBy
        service {
          id
        }
        station {
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
export const StationCancel = graphql(`
  mutation StationCancel($input: StationBookingActInput!) {
    stationBookingCancel(input: $input) {
      booking {
        id
        status
        cancelledAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const StationAttend = graphql(`
  mutation StationAttend($input: StationBookingAttendInput!) {
    stationBookingAttend(input: $input) {
      booking {
        id
        status
        attendedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const StationGet = graphql(`
  query StationGet($id: ID!) {
    station(id: $id) {
      id
      name
      kind
      kindName
      address
      gridUnitId
      features
      phone
      active
      openingHours {
        weekday
        opens
        closes
      }
      closures {
        id
        startsOn
        endsOn
        reason
      }
      services {
        id
        name
        category
        grouping
        capacity
        slotMinutes
      }
    }
  }
`);
export const StationList = graphql(`
  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {
    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) {
      totalCount
      nodes {
        id
        name
        kind
      }
    }
  }
`);
export const StationCatalogQ = graphql(`
  query StationCatalogQ {
    stationCatalog {
      lifeCircleMinutes
      kinds {
        key
        name
        stationCount
      }
      groupings {
        key
        name
        services {
          id
          name
        }
      }
      categories {
        key
        name
      }
    }
  }
`);
export const StationSlots = graphql(`
  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) {
      startsAt
      endsAt
      capacity
      booked
      remaining
    }
  }
`);
export const StationBookings = graphql(`
  query StationBookings($stationId: ID!, $status: StationBookingStatus) {
    stationBookings(stationId: $stationId, first: 100, status: $status) {
      totalCount
      nodes {
        id
        status
        bookedBy
        mine
      }
    }
  }
`);
export const StationMine = graphql(`
  query StationMine($all: Boolean) {
    myStationBookings(first: 100, includeCancelled: $all) {
      totalCount
      nodes {
        id
        status
        mine
      }
    }
  }
`);

const H = 3_600_000;
/** Local (Asia/Shanghai) date `days` from today, YYYY-MM-DD. */
export const localDate = (days: number) => new Date(Date.now() + 8 * H + days * 24 * H).toISOString().slice(0, 10);
/** The instant of a local date and HH:MM, as an ISO string. */
export const at = (date: string, hm: string) => new Date(`${date}T${hm}:00+08:00`).toISOString();
/** Weekday (1 = Monday) of a local date. */
export const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
export const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

let slotSeq = 0;
/** A fresh 30-minute slot of the round-the-clock station, 2–3 days ahead (never the same twice). */
export function freshSlot(): string {
  const base = Date.parse(`${localDate(2)}T00:00:00+08:00`);
  return new Date(base + (slotSeq++ % 144) * 30 * 60_000).toISOString();
}

export interface StationsWorld {
  s: TestServer;
  db: Client;
  tokens: Record<string, string>;
  communityId: string;
  streetId: string;
  stationId: string;
  serviceId: string;
  outsider: GqlOptions;
}

export const ok = <T extends { userErrors: readonly { code: string }[] }>(p: T | undefined | null): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};

export async function stationsWorld(): Promise<StationsWorld> {
  const s = await startTestServer({ demo: true });
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const tokens: Record<string, string> = {};
  for (const l of DEMO_LOGINS) tokens[l] = await s.login(l);
  const admin = { token: tokens.admin };
  ok((await s.gql(StationsEnable, { input: { moduleKey: 'stations', enabled: true } }, admin)).data?.communityModuleConfigure);
  const where = (await s.gql(StationsWhere, {}, admin)).data!.community;
  const platform = await s.login('platform');
  tokens.platform = (await s.gql(StationsLogin, { input: { login: 'platform', password: 'wushe-demo', community: where.id } })).data!.authLogin.accessToken!;
  tokens.street = await s.login('street');
  // An outsider: admin of another community (not under this street), sending this community's header.
  const b = (await s.gql(StationsCommunityCreate, { input: { name: '外社区（站点）', regionCode: '529999000031' } }, { token: platform })).data!.communityCreate
    .community!.id;
  const pInB = (await s.gql(StationsLogin, { input: { login: 'platform', password: 'wushe-demo', community: b } })).data!.authLogin.accessToken!;
  ok((await s.gql(StationsEnable, { input: { moduleKey: 'stations', enabled: true } }, { token: pInB })).data?.communityModuleConfigure);
  ok(
    (
      await s.gql(
        StationsAddMember,
        { input: { login: 'stations-outsider', displayName: '外社区管理员', password: 'outsider-pass-1', roles: ['COMMUNITY_ADMIN'] } },
        { token: pInB },
      )
    ).data?.membershipAdd,
  );
  const tOut = (await s.gql(StationsLogin, { input: { login: 'stations-outsider', password: 'outsider-pass-1', community: b } })).data!.authLogin.accessToken!;
  const station = ok(
    (await s.gql(StationCreate, { input: { name: '金秋党群服务站', kind: 'service', address: '金秋小区 1 栋', openingHours: ALL_WEEK } }, admin)).data
      ?.stationCreate,
  ).station!;
  const service = ok(
    (await s.gql(StationServiceCreate, { input: { stationId: station.id, name: '法律咨询', category: 'convenience', slotMinutes: 30, capacity: 5 } }, admin))
      .data?.stationServiceCreate,
  ).service!;
  return { s, db, tokens, communityId: where.id, streetId: where.street!.id, stationId: station.id, serviceId: service.id, outsider: { token: tOut } };
}

export async function stopWorld(w: StationsWorld | undefined): Promise<void> {
  await w?.db.end();
  await w?.s.stop();
}

/** Snapshot of every stations table and its events, to prove a refused call wrote nothing. */
export const STATIONS_FINGERPRINT = `select
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from stations_station x) st,
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from stations_service x) sv,
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from stations_closure x) cl,
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from stations_slot x) sl,
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from stations_booking x) bk,
  (select count(*) from outbox_event where type like 'stations.%') ev`;
