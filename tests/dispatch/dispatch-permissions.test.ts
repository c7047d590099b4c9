// The role × action table of dispatch per demo login (default role permissions, 社区派单, the demo preset's grid on),
// run both ways through GraphQL (and HTTP for the Open311 view): allowed → the action works;
// denied → FORBIDDEN (NOT_FOUND where the request is not even visible to the caller) and nothing
// written. The table is written by hand, like tests/platform/permissions.matrix.ts: change it only
// together with dispatch.policy.ts and the state machine, deliberately.
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { dispatchPermissions } from '../../src/modules/dispatch/dispatch.policy';
import { LOGINS, VIA_HEADER, type Login } from '../platform/permissions.matrix';
import * as D from './dispatch-helpers';

const Y = 'allowed';
const N = 'denied';
type Expect = typeof Y | typeof N;

// prettier-ignore
const MATRIX: Record<string, readonly Expect[]> = {
  //                        admin staff grid sw  vol party org cobuild resident street platform
  'request.read':          [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'request.create':        [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'request.fileOnBehalf':  [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  // Reading someone else's request (not placed in any grid): readAll; the grid worker sees their grid only.
  'request.readAll':       [ Y,    Y,    N,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  // 社区派单: community staff dispatch; the grid worker holds the permission but is not the dispatcher.
  'request.dispatch':      [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  // Claiming from the pool of the route that fits the login's role ("3+2" takers of the settings).
  'request.take':          [ Y,    Y,    N,   N,  Y,  Y,    N,  Y,      Y,       N,     N ],
  'request.escalate':      [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'board.read':            [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'metrics.read':          [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       Y,     Y ],
  'georeport.read':        [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       Y,     Y ],
};
// request.readGrid needs grid enabled: tests/dispatch/dispatch-board.test.ts covers it (a grid worker sees their grid only).
// georeport.submit is used by API keys alone (people file through GraphQL): the roles that hold it
// may grant it to a key; tests/dispatch/dispatch-open311-intake.test.ts covers keys with and without it.
const ELSEWHERE = ['request.readGrid', 'georeport.submit'];

/** The pool route whose default takers include the login's role (none: the first route). */
const ROUTE_OF: Record<Login, string> = {
  admin: 'PARTY_ORGANIZATION',
  staff: 'PARTY_ORGANIZATION',
  grid: 'PARTY_ORGANIZATION',
  socialworker: 'PARTY_ORGANIZATION',
  volunteer: 'MUTUAL_HELP',
  party: 'PARTY_MEMBERS',
  org: 'PARTY_ORGANIZATION',
  cobuild: 'COBUILD_UNITS',
  resident: 'MUTUAL_HELP',
  street: 'PARTY_ORGANIZATION',
  platform: 'PARTY_ORGANIZATION',
};

const Metrics = graphql(`
  query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) {
    dispatchMetrics(from: $from, to: $to) {
      metrics {
        key
        value
      }
    }
  }
`);
const BoardRead = graphql(`
  query DispatchPermBoard {
    dispatchBoard(first: 1) {
      totalCount
    }
  }
`);
const CommunityId = graphql(`
  query DispatchPermCommunity {
    community {
      id
    }
  }
`);

let s: TestServer;
let db: Client;
const auth = {} as Record<Login, GqlOptions>;
let m: Record<string, string>;
let otherResident: string;
let n = 0;

type Outcome = { ok: true } | { ok: false; codes: unknown[] };
const payloadOutcome = (r: any, field: string, evidence: (p: any) => unknown): Outcome => {
  if (r.errors) return { ok: false, codes: D.codes(r) };
  const p = r.data[field];
  if (p.userErrors.length) return { ok: false, codes: p.userErrors.map((e: { code: string }) => e.code) };
  return evidence(p) != null ? { ok: true } : { ok: false, codes: ['NO_EVIDENCE'] };
};

/** A fresh request filed by staff for themself (SUBMITTED, seen by readAll and dispatchers only). */
const fresh = async () =>
  (await s.gql(D.DispatchCreate, { input: D.intake({ title: `矩阵 ${++n}` }) }, auth.staff)).data!.serviceRequestCreate.serviceRequest!.id;

interface Op {
  /** Setup as admin/staff (not part of the fingerprint), returning what `run` needs. */
  setup?: (login: Login) => Promise<string>;
  run: (login: Login, id: string) => Promise<Outcome>;
}

const OPS: Record<string, Op> = {
  'request.read': {
    run: async (login) => {
      const r: any = await s.gql(D.DispatchList, {}, auth[login]);
      return r.errors ? { ok: false, codes: D.codes(r) } : { ok: true };
    },
  },
  'request.create': {
    run: async (login) => payloadOutcome(await s.gql(D.DispatchCreate, { input: D.intake() }, auth[login]), 'serviceRequestCreate', (p) => p.serviceRequest),
  },
  'request.fileOnBehalf': {
    run: async (login) =>
      payloadOutcome(
        await s.gql(D.DispatchCreate, { input: D.intake({ requester: otherResident }) }, auth[login]),
        'serviceRequestCreate',
        (p) => p.serviceRequest,
      ),
  },
  'request.readAll': {
    setup: fresh,
    run: async (login, id) => {
      const r: any = await s.gql(D.DispatchGet, { id }, auth[login]);
      if (r.errors) return { ok: false, codes: D.codes(r) };
      return r.data.serviceRequest ? { ok: true } : { ok: false, codes: ['NOT_FOUND'] };
    },
  },
  'request.dispatch': {
    setup: fresh,
    run: async (login, id) =>
      payloadOutcome(await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL' } }, auth[login]), 'serviceRequestDispatch', (p) => p.serviceRequest),
  },
  'request.take': {
    setup: async (login) => {
      const id = await fresh();
      const r = await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL', route: ROUTE_OF[login] as never } }, auth.staff);
      expect(r.data!.serviceRequestDispatch.userErrors).toEqual([]);
      return id;
    },
    run: async (login, id) => payloadOutcome(await s.gql(D.DispatchClaim, { input: { id } }, auth[login]), 'serviceRequestClaim', (p) => p.serviceRequest),
  },
  'request.escalate': {
    setup: fresh,
    run: async (login, id) =>
      payloadOutcome(
        await s.gql(D.DispatchEscalate, { input: { id, target: 'DEPARTMENT', department: '住建局', body: '矩阵上报' } }, auth[login]),
        'serviceRequestEscalate',
        (p) => p.serviceRequest,
      ),
  },
  'board.read': {
    run: async (login) => {
      const r: any = await s.gql(BoardRead, {}, auth[login]);
      return r.errors ? { ok: false, codes: D.codes(r) } : { ok: true };
    },
  },
  'metrics.read': {
    run: async (login) => {
      const r: any = await s.gql(Metrics, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }, auth[login]);
      return r.errors ? { ok: false, codes: D.codes(r) } : { ok: true };
    },
  },
  'georeport.read': {
    run: async (login) => {
      const headers: Record<string, string> = { authorization: `Bearer ${auth[login].token}`, ...auth[login].headers };
      const res = await fetch(`${s.url.replace(/\/graphql$/, '')}/open311/v2/requests.json?page_size=1`, { headers });
      await res.json();
      return res.status === 200 ? { ok: true } : { ok: false, codes: [res.status === 403 ? 'FORBIDDEN' : `HTTP_${res.status}`] };
    },
  },
};

const FINGERPRINT = `select (select count(*) from dispatch_request) requests, (select count(*) from dispatch_log) logs,
  (select count(*) from outbox_event where type like 'dispatch.%') events,
  (select md5(string_agg(r::text, '|' order by r.id)) from dispatch_request r) state`;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const login of LOGINS) auth[login] = { token: await s.login(login) };
  expect((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, auth.admin)).data!.communityModuleConfigure.userErrors).toEqual(
    [],
  );
  const community = (await s.gql(CommunityId, {}, auth.admin)).data!.community.id;
  for (const login of VIA_HEADER) auth[login].headers = { 'x-community-id': community };
  m = await D.membershipIds(s, auth.admin);
  otherResident = (await s.gql(D.DispatchResidents, {}, auth.admin)).data!.residents.nodes[1]!.id;
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the table has a row and an operation for every dispatch action, and a column per demo login', () => {
  expect([...Object.keys(MATRIX), ...ELSEWHERE].sort()).toEqual(Object.keys(dispatchPermissions).sort());
  expect(Object.keys(OPS).sort()).toEqual(Object.keys(MATRIX).sort());
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LOGINS.length);
  expect(m.staff).toBeDefined();
});

describe.each(Object.keys(MATRIX))('dispatch.%s', (action) => {
  const op = OPS[action]!;
  test.each(LOGINS.map((login, i) => [login, MATRIX[action]![i]!] as const))('%s: %s', async (login, expected) => {
    const id = op.setup ? await op.setup(login) : '';
    if (expected === 'allowed') {
      expect(await op.run(login, id)).toEqual({ ok: true });
      return;
    }
    const before = (await db.query(FINGERPRINT)).rows[0];
    const out = await op.run(login, id);
    expect(out.ok).toBe(false);
    // FORBIDDEN; NOT_FOUND only where the caller may not even see the request.
    expect([['FORBIDDEN'], ['NOT_FOUND']]).toContainEqual((out as { codes: unknown[] }).codes);
    // Hidden (NOT_FOUND) only for request-level moves of someone who cannot see the request at all.
    if (!['request.readAll', 'request.take', 'request.dispatch', 'request.escalate'].includes(action))
      expect((out as { codes: unknown[] }).codes).toEqual(['FORBIDDEN']);
    expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
  });
});
