// Both modules together: confirmed service hours reach points only through the
// `volunteer.ShiftCompleted` event (no imports across the modules), per household or per person,
// and not at all while points is off. Then the role × action tables of both modules, run both
// ways, and tenant isolation for every ID-taking field the two modules add.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { LOGINS, VIA_HEADER, type Login } from '../platform/permissions.matrix';
import { COVERED as POINTS_COVERED } from '../isolation/points.coverage';
import { COVERED as VOLUNTEER_COVERED } from '../isolation/volunteer.coverage';
import { waitUntil } from '../harness/proc-events';
import { linkLoginToHousehold } from './points-link';

const Configure = graphql(`
  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Register = graphql(`
  mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) {
    volunteerMemberRegister(input: $input) {
      member {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Join = graphql(`
  mutation VolPtsJoin($input: VolunteerMemberJoinInput!) {
    volunteerMemberJoin(input: $input) {
      member {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const ActivityCreate = graphql(`
  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        id
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
  mutation VolPtsSignUp($input: VolunteerSignUpInput!) {
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
const CheckIn = graphql(`
  mutation VolPtsCheckIn($input: VolunteerSignupActInput!) {
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
  mutation VolPtsCheckOut($input: VolunteerSignupActInput!) {
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
const Pending = graphql(`
  query VolPtsPending {
    volunteerHours(status: PENDING) {
      nodes {
        id
      }
    }
  }
`);
const Confirm = graphql(`
  mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) {
    volunteerHoursConfirm(input: $input) {
      record {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Correct = graphql(`
  mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) {
    volunteerHoursCorrect(input: $input) {
      record {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Adjust = graphql(`
  mutation VolPtsAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const MyId = graphql(`
  query VolPtsMyId {
    pointsMyAccount {
      id
      balance
    }
  }
`);
const My = graphql(`
  query VolPtsMy {
    pointsMyAccount {
      kind
      balance
      entries(first: 5) {
        nodes {
          amount
          transaction {
            kind
            ruleKey
          }
        }
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
let communityId: string;
const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
const ok = <T extends { userErrors: { code: string }[] }>(p: T | undefined | null): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');
/** Polls until truthy (the harness's bounded wait; events reach the consumers within seconds). */
const waitFor = <T>(what: string, fn: () => Promise<T | null | undefined | false>) => waitUntil(what, fn, 8000);

let volunteerMember: string;
/** A shift of `minutes` served by the demo volunteer, checked out and confirmed by staff; returns the confirmed record's id. */
async function serve(minutes: number): Promise<string> {
  const a = ok(
    (
      await s.gql(
        ActivityCreate,
        { input: { title: `巡河 ${minutes}`, shifts: [{ startsAt: inMinutes(-minutes - 5), endsAt: inMinutes(30), capacity: 5 }] } },
        { token: tok.staff },
      )
    ).data!.volunteerActivityCreate,
  ).activity!;
  const su = ok((await s.gql(SignUp, { input: { shiftId: a.shifts[0]!.id } }, { token: tok.volunteer })).data!.volunteerSignUp).signup!;
  ok((await s.gql(CheckIn, { input: { id: su.id, at: inMinutes(-minutes) } }, { token: tok.staff })).data!.volunteerSignupCheckIn);
  ok((await s.gql(CheckOut, { input: { id: su.id, at: inMinutes(0) } }, { token: tok.staff })).data!.volunteerSignupCheckOut);
  let last = '';
  for (const h of (await s.gql(Pending, {}, { token: tok.staff })).data!.volunteerHours.nodes)
    last = ok((await s.gql(Confirm, { input: { id: h.id } }, { token: tok.staff })).data!.volunteerHoursConfirm).record!.id;
  return last;
}
/** Any event makes the consumers run (here: a staff member re-reading nothing — a harmless module re-save). */
const publishNothing = async () =>
  ok((await s.gql(Configure, { input: { moduleKey: 'volunteer', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure);
const consumersIdle = () =>
  waitFor('consumers caught up', async () => {
    const [r] = await rows(`select (select coalesce(max(seq), 0) from outbox_event where type not like 'points.%') as head,
                                 (select last_seq from event_consumer where consumer = 'points:*') as done, (select count(*) from outbox_event where seq is null) as unnumbered`);
    return r.done !== null && Number(r.done) >= Number(r.head) && Number(r.unnumbered) === 0;
  });

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of LOGINS) tok[l] = await s.login(l);
  communityId = (await rows(`select id from community where name = '金秋社区'`))[0].id;
  await linkLoginToHousehold(s, tok.admin!, 'volunteer', 'JQ-5-01');
  for (const moduleKey of ['points', 'volunteer'])
    ok((await s.gql(Configure, { input: { moduleKey, enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure);
  volunteerMember = ok((await s.gql(Join, { input: { name: '刘洋', teams: ['youth'] } }, { token: tok.volunteer })).data!.volunteerMemberJoin).member!.id;
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the two modules never import each other', () => {
  const src = (m: string) =>
    fs
      .readdirSync(path.join(__dirname, '../../src/modules', m))
      .map((f) => fs.readFileSync(path.join(__dirname, '../../src/modules', m, f), 'utf8'))
      .join('\n');
  expect(src('points')).not.toMatch(/modules\/volunteer|\.\.\/volunteer\//);
  expect(src('volunteer')).not.toMatch(/modules\/points|\.\.\/points\//);
});

test('hours → points through events: per household (盘州), per person (益起来), nothing while points is off', async () => {
  await serve(120); // 2 h at 10 points an hour
  const household = await waitFor('household credited', async () => {
    const a = (await s.gql(My, {}, { token: tok.volunteer })).data!.pointsMyAccount;
    return a && a.balance === 20 ? a : null;
  });
  expect(household).toMatchObject({ kind: 'HOUSEHOLD', entries: { nodes: [{ amount: 20, transaction: { kind: 'EARN', ruleKey: 'volunteerHours' } }] } });

  ok((await s.gql(Configure, { input: { moduleKey: 'points', settings: { accountScope: 'person' } } }, { token: tok.admin })).data!.communityModuleConfigure);
  await serve(60);
  const person = await waitFor('person credited', async () => {
    const a = (await s.gql(My, {}, { token: tok.volunteer })).data!.pointsMyAccount;
    return a && a.kind === 'PERSON' && a.balance === 10 ? a : null;
  });
  expect(person.balance).toBe(10);

  ok((await s.gql(Configure, { input: { moduleKey: 'points', enabled: false } }, { token: tok.admin })).data!.communityModuleConfigure);
  const before = await rows(`select count(*)::int as n from points_transaction`);
  await serve(90);
  await consumersIdle();
  expect(await rows(`select count(*)::int as n from points_transaction`)).toEqual(before);
  ok((await s.gql(Configure, { input: { moduleKey: 'points', enabled: true, settings: {} } }, { token: tok.admin })).data!.communityModuleConfigure);
});

test('corrected hours move points by the difference, once per correction; what was already spent is kept as a shortfall', async () => {
  const balance = async () => (await s.gql(MyId, {}, { token: tok.volunteer })).data!.pointsMyAccount;
  const start = (await balance())?.balance ?? 0;
  const rec = await serve(60);
  await waitFor('shift credited', async () => (await balance())?.balance === start + 10);
  // Up: 60 → 120 minutes is worth 10 more points.
  ok((await s.gql(Correct, { input: { id: rec, minutes: 120, reason: '签退漏记' } }, { token: tok.staff })).data!.volunteerHoursCorrect);
  await waitFor('correction credited', async () => (await balance())?.balance === start + 20);
  // The household spends all but 5 points; then the hours are corrected to 0: 20 points to take back, 5 there.
  const account = (await balance())!;
  ok(
    (
      await s.gql(
        Adjust,
        { input: { accountId: account.id, amount: -(account.balance - 5), reason: '兑换抵扣', idempotencyKey: `volpts-spend-${Date.now()}` } },
        { token: tok.admin },
      )
    ).data!.pointsAdjust,
  );
  ok((await s.gql(Correct, { input: { id: rec, minutes: 0, reason: '未实际到岗' } }, { token: tok.staff })).data!.volunteerHoursCorrect);
  await waitFor('correction debited', async () => (await balance())?.balance === 0);
  await consumersIdle();
  const corrections = await rows(`select delta, taken, shortfall, (transaction_id is not null) as posted from points_correction order by created_at`);
  expect(corrections).toEqual([
    { delta: 10, taken: 10, shortfall: 0, posted: true },
    { delta: -20, taken: -5, shortfall: 15, posted: true },
  ]);
  expect((await rows(`select data from outbox_event where type = 'points.CorrectionShortfall'`)).map((r) => r.data.points)).toEqual([15]);
  const [inv] = await rows(
    `select count(*)::int as bad from points_account a where a.balance <> (select coalesce(sum(amount), 0) from points_entry e where e.account_id = a.id) or (a.kind <> 'SYSTEM' and a.balance < 0)`,
  );
  expect(inv.bad).toBe(0);
  // Replaying the events since the first correction changes nothing: each correction event counts once.
  await db.query(
    `update event_consumer set last_seq = (select min(seq) - 1 from outbox_event where type = 'volunteer.HoursCorrected') where consumer = 'points:*'`,
  );
  await publishNothing();
  await consumersIdle();
  expect(await rows(`select delta, taken, shortfall, (transaction_id is not null) as posted from points_correction order by created_at`)).toEqual(corrections);
  expect((await balance())!.balance).toBe(0);
});

// ── Role × action tables (default role permissions, no overrides), run both ways ─────────────

const Y = 'allowed';
const N = 'denied';
// prettier-ignore
const MATRIX: Record<string, readonly string[]> = {
  //                     admin staff grid sw  vol party org cobuild resident street platform
  'points.read':       [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'points.redeem':     [ Y,    Y,    N,   N,  Y,  Y,    N,  N,      Y,       N,     Y ],
  'points.manage':     [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'points.approve':    [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'points.report':     [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'volunteer.read':    [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'volunteer.signUp':  [ Y,    Y,    N,   N,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'volunteer.organize':[ Y,    Y,    Y,   Y,  N,  N,    Y,  N,      N,       N,     Y ],
  'volunteer.manage':  [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'volunteer.report':  [ Y,    Y,    N,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'volunteer.readPersonal': [ Y, Y,  N,   N,  N,  N,    N,  N,      N,       N,     Y ],
};

let n = 0;
const OPS: Record<string, { doc: TypedDocumentNode<any, any>; vars?: () => Record<string, unknown> }> = {
  'points.read': {
    doc: graphql(`
      query VolPtsMatPointsRead {
        pointsItems(first: 1) {
          totalCount
        }
      }
    `),
  },
  'points.redeem': {
    doc: graphql(`
      mutation VolPtsMatRedeem($input: PointsRedeemInput!) {
        pointsRedeem(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { itemId: gid('PointsItem', randomUUID()), idempotencyKey: `matrix-${++n}-${Date.now()}` } }),
  },
  'points.manage': {
    doc: graphql(`
      mutation VolPtsMatItem($input: PointsItemCreateInput!) {
        pointsItemCreate(input: $input) {
          item {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { name: `矩阵商品 ${++n}`, pricePoints: 1, stock: 1 } }),
  },
  'points.approve': {
    doc: graphql(`
      mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) {
        pointsAdjustmentReject(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { id: gid('PointsAdjustment', randomUUID()), idempotencyKey: `matrix-${++n}-${Date.now()}` } }),
  },
  'points.report': {
    doc: graphql(`
      query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) {
        pointsReport(from: $from, to: $to) {
          issued
        }
      }
    `),
    vars: () => ({ from: inMinutes(-60), to: inMinutes(60) }),
  },
  'volunteer.read': {
    doc: graphql(`
      query VolPtsMatTeams {
        volunteerTeams {
          key
        }
      }
    `),
  },
  'volunteer.signUp': {
    doc: graphql(`
      mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) {
        volunteerMemberJoin(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { name: `矩阵 ${++n}` } }),
  },
  'volunteer.organize': {
    doc: graphql(`
      mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) {
        volunteerActivityCreate(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { title: `矩阵活动 ${++n}`, shifts: [{ startsAt: inMinutes(60), endsAt: inMinutes(120), capacity: 1 }] } }),
  },
  'volunteer.manage': {
    doc: graphql(`
      mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) {
        volunteerMemberRegister(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { name: `矩阵登记 ${++n}` } }),
  },
  'volunteer.readPersonal': {
    doc: graphql(`
      query VolPtsMatLookup($idNumber: String) {
        volunteerMembers(first: 1, idNumber: $idNumber) {
          totalCount
        }
      }
    `),
    vars: () => ({ idNumber: '52022219900101123X' }),
  },
  'volunteer.report': {
    doc: graphql(`
      query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) {
        volunteerHoursExport(from: $from, to: $to) {
          name
        }
      }
    `),
    vars: () => ({ from: inMinutes(-60), to: inMinutes(60) }),
  },
};

const FINGERPRINT = `select (select count(*) from outbox_event) e, (select count(*) from points_item) i, (select count(*) from points_transaction) t, (select count(*) from points_adjustment) a,
  (select count(*) from volunteer_member) m, (select count(*) from volunteer_activity) v, (select count(*) from points_idempotency) k`;

test('the checked-in table covers every action of both modules', () => {
  const actions = [
    ...Object.keys(require('../../src/modules/points').pointsPermissions).map((a) => `points.${a}`),
    ...Object.keys(require('../../src/modules/volunteer').volunteerPermissions).map((a) => `volunteer.${a}`),
  ];
  expect(Object.keys(MATRIX).sort()).toEqual(actions.sort());
  expect(Object.keys(OPS).sort()).toEqual(actions.sort());
});

test.each(Object.keys(MATRIX))('role × action: %s, both ways', async (action) => {
  const community = gid('Community', communityId);
  for (const [i, login] of LOGINS.entries()) {
    const opts: GqlOptions = { token: tok[login], headers: VIA_HEADER.includes(login as Login) ? { 'x-community-id': community } : {} };
    const before = (await rows(FINGERPRINT))[0];
    const r = await s.gql(OPS[action]!.doc, OPS[action]!.vars?.() ?? {}, opts);
    const forbidden = (r.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
    const got = forbidden ? N : r.errors ? `error ${JSON.stringify(r.errors.map((e) => e.extensions?.code))}` : Y;
    expect(`${action} ${login}: ${got}`).toBe(`${action} ${login}: ${MATRIX[action]![i]}`);
    if (forbidden) expect((await rows(FINGERPRINT))[0]).toEqual(before);
  }
});

// ── Tenant isolation ─────────────────────────────────────────────────────────────────────────

test("another community's admin gets the same answer for our ids as for random ids, and writes nothing", async () => {
  const platform = tok.platform!;
  const Create = graphql(`
    mutation VolPtsIsoCommunity($input: CommunityCreateInput!) {
      communityCreate(input: $input) {
        community {
          id
        }
        userErrors {
          code
        }
      }
    }
  `);
  const Login = graphql(`
    mutation VolPtsIsoLogin($input: AuthLoginInput!) {
      authLogin(input: $input) {
        accessToken
      }
    }
  `);
  const Member = graphql(`
    mutation VolPtsIsoMember($input: MembershipAddInput!) {
      membershipAdd(input: $input) {
        membership {
          id
        }
        userErrors {
          code
        }
      }
    }
  `);
  const Household = graphql(`
    mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) {
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
  const Adjust = graphql(`
    mutation VolPtsIsoAdjust($input: PointsAdjustInput!) {
      pointsAdjust(input: $input) {
        adjustment {
          id
          accountId
        }
        userErrors {
          code
        }
      }
    }
  `);
  const Item = graphql(`
    mutation VolPtsIsoItem($input: PointsItemCreateInput!) {
      pointsItemCreate(input: $input) {
        item {
          id
        }
        userErrors {
          code
        }
      }
    }
  `);
  const Redeem = graphql(`
    mutation VolPtsIsoRedeem($input: PointsRedeemInput!) {
      pointsRedeem(input: $input) {
        redemption {
          id
        }
        userErrors {
          code
        }
      }
    }
  `);

  // Community A (the demo): one object of each kind.
  const ha = (await rows(`select id from household where number = 'JQ-6-06'`))[0].id;
  const adjA = ok(
    (
      await s.gql(
        Adjust,
        { input: { householdId: gid('Household', ha), amount: 50, reason: '隔离测试', idempotencyKey: `iso-a-${Date.now()}` } },
        { token: tok.staff },
      )
    ).data!.pointsAdjust,
  ).adjustment!;
  const itemA = ok((await s.gql(Item, { input: { name: 'ISO-A 商品', pricePoints: 1, stock: 5 } }, { token: tok.staff })).data!.pointsItemCreate).item!;
  const redA = ok(
    (await s.gql(Redeem, { input: { itemId: itemA.id, accountId: adjA.accountId, idempotencyKey: `iso-a-r-${Date.now()}` } }, { token: tok.staff })).data!
      .pointsRedeem,
  ).redemption!;
  const a = ok(
    (
      await s.gql(
        ActivityCreate,
        { input: { title: 'ISO-A 活动', shifts: [{ startsAt: inMinutes(-60), endsAt: inMinutes(60), capacity: 5 }] } },
        { token: tok.staff },
      )
    ).data!.volunteerActivityCreate,
  ).activity!;
  const suA = ok((await s.gql(SignUp, { input: { shiftId: a.shifts[0]!.id } }, { token: tok.volunteer })).data!.volunteerSignUp).signup!;
  const [pendingA] = await rows(`select id from points_adjustment where status = 'PENDING' limit 1`);
  const adjPending =
    pendingA?.id ??
    ok(
      (
        await s.gql(
          Adjust,
          { input: { householdId: gid('Household', ha), amount: 100_000, reason: '待复核', idempotencyKey: `iso-a-p-${Date.now()}` } },
          { token: tok.staff },
        )
      ).data!.pointsAdjust,
    ).adjustment!.id;
  if (!(await rows(`select 1 from volunteer_hours where community_id = $1`, [communityId])).length) await serve(30);
  const [hoursA] = await rows(`select id from volunteer_hours where community_id = $1 limit 1`, [communityId]);
  const [coreVolunteerA] = await rows(`select id from volunteer where community_id = $1 limit 1`, [communityId]);
  const [accountA] = await rows(`select id from account where login = 'staff'`);
  const A = {
    PointsAccount: adjA.accountId,
    PointsItem: itemA.id,
    PointsRedemption: redA.id,
    PointsAdjustment: adjPending.length > 40 ? adjPending : gid('PointsAdjustment', adjPending),
    Household: gid('Household', ha),
    Account: gid('Account', accountA.id),
    Volunteer: gid('Volunteer', coreVolunteerA.id),
    VolunteerActivity: a.id,
    VolunteerShift: a.shifts[0]!.id,
    VolunteerSignup: suA.id,
    VolunteerMember: volunteerMember,
    VolunteerHoursRecord: gid('VolunteerHoursRecord', hoursA.id),
  } as Record<string, string>;

  // Community B with its own admin, both modules on, and objects of its own to combine with A's ids.
  const c = (await s.gql(Create, { input: { name: 'ISO-B 社区', regionCode: '529999000001' } }, { token: platform })).data!.communityCreate.community!.id;
  const platformB = (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: c } })).data!.authLogin.accessToken!;
  ok(
    (
      await s.gql(
        Member,
        { input: { login: 'iso-vp-admin', displayName: 'ISO-B 管理员', password: 'iso-vp-pass-2026', roles: ['COMMUNITY_ADMIN'] } },
        { token: platformB },
      )
    ).data!.membershipAdd,
  );
  const b = (await s.gql(Login, { input: { login: 'iso-vp-admin', password: 'iso-vp-pass-2026', community: c } })).data!.authLogin.accessToken!;
  for (const moduleKey of ['points', 'volunteer'])
    ok(
      (await s.gql(Configure, { input: { moduleKey, enabled: true, settings: moduleKey === 'points' ? { expiryMonths: 12 } : {} } }, { token: b })).data!
        .communityModuleConfigure,
    );
  const hb = ok((await s.gql(Household, { input: { number: 'B-1', address: 'B 路 1 号' } }, { token: b })).data!.householdCreate).household!.id;
  const accB = ok(
    (await s.gql(Adjust, { input: { householdId: hb, amount: 50, reason: 'B 积分', idempotencyKey: `iso-b-${Date.now()}` } }, { token: b })).data!.pointsAdjust,
  ).adjustment!.accountId;
  const itemB = ok((await s.gql(Item, { input: { name: 'B 商品', pricePoints: 1, stock: 5 } }, { token: b })).data!.pointsItemCreate).item!.id;
  const memberB = ok((await s.gql(Join, { input: { name: 'B 志愿者' } }, { token: b })).data!.volunteerMemberJoin).member!.id;
  const shiftB = ok(
    (await s.gql(ActivityCreate, { input: { title: 'B 活动', shifts: [{ startsAt: inMinutes(-60), endsAt: inMinutes(60), capacity: 5 }] } }, { token: b }))
      .data!.volunteerActivityCreate,
  ).activity!.shifts[0]!.id;

  const key = () => `iso-${++n}-${Date.now()}`;
  type Case = { covers: string; type: string; doc: TypedDocumentNode<any, any>; vars: (id: string) => Record<string, unknown> };
  const cases: Case[] = [
    {
      covers: 'Query.pointsAccount(id)',
      type: 'PointsAccount',
      doc: graphql(`
        query VolPtsIso1($id: ID!) {
          pointsAccount(id: $id) {
            id
            balance
          }
        }
      `),
      vars: (id) => ({ id }),
    },
    {
      covers: 'Query.pointsRedemptions(accountId)',
      type: 'PointsAccount',
      doc: graphql(`
        query VolPtsIso2($id: ID) {
          pointsRedemptions(accountId: $id) {
            totalCount
            nodes {
              code
            }
          }
        }
      `),
      vars: (id) => ({ id }),
    },
    {
      covers: 'Query.pointsRedemptions(itemId)',
      type: 'PointsItem',
      doc: graphql(`
        query VolPtsIsoItemRedemptions($id: ID) {
          pointsRedemptions(itemId: $id) {
            totalCount
            nodes {
              code
            }
          }
        }
      `),
      vars: (id) => ({ id }),
    },
    {
      covers: 'Mutation.pointsAdjust(input.accountId)',
      type: 'PointsAccount',
      doc: Adjust,
      vars: (id) => ({ input: { accountId: id, amount: 1, reason: '隔离', idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsAdjust(input.householdId)',
      type: 'Household',
      doc: Adjust,
      vars: (id) => ({ input: { householdId: id, amount: 1, reason: '隔离', idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsAdjust(input.personAccountId)',
      type: 'Account',
      doc: Adjust,
      vars: (id) => ({ input: { personAccountId: id, amount: 1, reason: '隔离', idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsAdjustmentApprove(input.id)',
      type: 'PointsAdjustment',
      doc: graphql(`
        mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) {
          pointsAdjustmentApprove(input: $input) {
            adjustment {
              id
              amount
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsAdjustmentReject(input.id)',
      type: 'PointsAdjustment',
      doc: graphql(`
        mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) {
          pointsAdjustmentReject(input: $input) {
            adjustment {
              id
              amount
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsExpire(input.accountId)',
      type: 'PointsAccount',
      doc: graphql(`
        mutation VolPtsIso5($input: PointsExpireInput!) {
          pointsExpire(input: $input) {
            account {
              id
              balance
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { accountId: id, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsItemRestock(input.id)',
      type: 'PointsItem',
      doc: graphql(`
        mutation VolPtsIso6($input: PointsItemRestockInput!) {
          pointsItemRestock(input: $input) {
            item {
              id
              stock
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, quantity: 1 } }),
    },
    {
      covers: 'Mutation.pointsItemUpdate(input.id)',
      type: 'PointsItem',
      doc: graphql(`
        mutation VolPtsIso7($input: PointsItemUpdateInput!) {
          pointsItemUpdate(input: $input) {
            item {
              id
              name
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, name: '改名' } }),
    },
    {
      covers: 'Mutation.pointsRedeem(input.accountId)',
      type: 'PointsAccount',
      doc: Redeem,
      vars: (id) => ({ input: { itemId: itemB, accountId: id, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsRedeem(input.itemId)',
      type: 'PointsItem',
      doc: Redeem,
      vars: (id) => ({ input: { itemId: id, accountId: accB, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.pointsRedemptionCancel(input.id)',
      type: 'PointsRedemption',
      doc: graphql(`
        mutation VolPtsIso8($input: PointsRedemptionCancelInput!) {
          pointsRedemptionCancel(input: $input) {
            redemption {
              id
              code
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, idempotencyKey: key() } }),
    },
    {
      covers: 'Mutation.volunteerCheckInByCode(input.shiftId)',
      type: 'VolunteerShift',
      doc: graphql(`
        mutation VolPtsIso9($input: VolunteerCodeInput!) {
          volunteerCheckInByCode(input: $input) {
            signup {
              id
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { shiftId: id, code: '123456' } }),
    },
    {
      covers: 'Mutation.volunteerCheckOutByCode(input.shiftId)',
      type: 'VolunteerShift',
      doc: graphql(`
        mutation VolPtsIso10($input: VolunteerCodeInput!) {
          volunteerCheckOutByCode(input: $input) {
            signup {
              id
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { shiftId: id, code: '123456' } }),
    },
    {
      covers: 'Mutation.volunteerHoursConfirm(input.id)',
      type: 'VolunteerHoursRecord',
      doc: graphql(`
        mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) {
          volunteerHoursConfirm(input: $input) {
            record {
              id
              minutes
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id } }),
    },
    {
      covers: 'Mutation.volunteerHoursCorrect(input.id)',
      type: 'VolunteerHoursRecord',
      doc: graphql(`
        mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) {
          volunteerHoursCorrect(input: $input) {
            record {
              id
              minutes
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, minutes: 1, reason: '隔离测试' } }),
    },
    { covers: 'Mutation.volunteerMemberRegister(input.accountId)', type: 'Account', doc: Register, vars: (id) => ({ input: { name: '隔离', accountId: id } }) },
    {
      covers: 'Mutation.volunteerMemberRegister(input.volunteerRecordId)',
      type: 'Volunteer',
      doc: Register,
      vars: (id) => ({ input: { name: '隔离', volunteerRecordId: id } }),
    },
    {
      covers: 'Mutation.volunteerMemberUpdate(input.id)',
      type: 'VolunteerMember',
      doc: graphql(`
        mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) {
          volunteerMemberUpdate(input: $input) {
            member {
              id
              name
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id, active: false } }),
    },
    { covers: 'Mutation.volunteerSignUp(input.memberId)', type: 'VolunteerMember', doc: SignUp, vars: (id) => ({ input: { shiftId: shiftB, memberId: id } }) },
    { covers: 'Mutation.volunteerSignUp(input.shiftId)', type: 'VolunteerShift', doc: SignUp, vars: (id) => ({ input: { shiftId: id, memberId: memberB } }) },
    {
      covers: 'Mutation.volunteerSignupCancel(input.id)',
      type: 'VolunteerSignup',
      doc: graphql(`
        mutation VolPtsIso14($input: VolunteerSignupActInput!) {
          volunteerSignupCancel(input: $input) {
            signup {
              id
              status
            }
            userErrors {
              code
              field
            }
          }
        }
      `),
      vars: (id) => ({ input: { id } }),
    },
    { covers: 'Mutation.volunteerSignupCheckIn(input.id)', type: 'VolunteerSignup', doc: CheckIn, vars: (id) => ({ input: { id } }) },
    { covers: 'Mutation.volunteerSignupCheckOut(input.id)', type: 'VolunteerSignup', doc: CheckOut, vars: (id) => ({ input: { id } }) },
    {
      covers: 'Query.volunteerActivity(id)',
      type: 'VolunteerActivity',
      doc: graphql(`
        query VolPtsIso15($id: ID!) {
          volunteerActivity(id: $id) {
            id
            title
            shifts {
              id
            }
          }
        }
      `),
      vars: (id) => ({ id }),
    },
    {
      covers: 'Query.volunteerHours(memberId)',
      type: 'VolunteerMember',
      doc: graphql(`
        query VolPtsIso16($id: ID) {
          volunteerHours(memberId: $id) {
            totalCount
            nodes {
              minutes
            }
          }
        }
      `),
      vars: (id) => ({ id }),
    },
    {
      covers: 'Query.volunteerHoursExport(memberId)',
      type: 'VolunteerMember',
      doc: graphql(`
        query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {
          volunteerHoursExport(memberId: $id, from: $from, to: $to) {
            name
          }
        }
      `),
      vars: (id) => ({ id, from: inMinutes(-9999), to: inMinutes(9999) }),
    },
    {
      covers: 'Query.volunteerHoursTotals(memberId)',
      type: 'VolunteerMember',
      doc: graphql(`
        query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {
          volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) {
            name
            minutes
          }
        }
      `),
      vars: (id) => ({ id, from: inMinutes(-9999), to: inMinutes(9999) }),
    },
  ];
  expect(cases.map((x) => x.covers).sort()).toEqual([...POINTS_COVERED, ...VOLUNTEER_COVERED].sort());

  const fingerprintA = async () =>
    (
      await rows(
        `select
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from points_account t where community_id = $1) a,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from points_item t where community_id = $1) i,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from points_redemption t where community_id = $1) r,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from points_adjustment t where community_id = $1) j,
    (select count(*) from points_entry where community_id = $1) e,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from volunteer_member t where community_id = $1) m,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from volunteer_signup t where community_id = $1) s,
    (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from volunteer_hours t where community_id = $1) h,
    (select count(*) from outbox_event where community_id = $1) o`,
        [communityId],
      )
    )[0];
  const before = await fingerprintA();
  const normalize = (body: unknown, id: string) =>
    JSON.stringify(body, (k, v) => (k === 'requestId' ? '<volatile>' : v))
      .split(id)
      .join('<ID>');
  for (const x of cases) {
    const ours = A[x.type]!;
    expect(ours).toBeTruthy();
    const random = gid(x.type, randomUUID());
    const withOurs = await s.gql(x.doc, x.vars(ours), { token: b });
    const withRandom = await s.gql(x.doc, x.vars(random), { token: b });
    expect(`${x.covers}: ${normalize(withOurs, ours)}`).toBe(`${x.covers}: ${normalize(withRandom, random)}`);
    expect(JSON.stringify(withOurs)).not.toContain('ISO-A');
  }
  expect(await fingerprintA()).toEqual(before);
});
