// The demos a front end builds on: the default demo (金秋社区, what `npm start` loads) and each
// preset's demo, read back over GraphQL as their own logins would. The demo resident sees her own
// household (with her family), her own requests and her household's points; requests exist in every
// state; the fund's books and the volunteer hours ledger balance; every council body has voting
// seats (Baoji's 楼栋 bodies vote by household); and the start banner names every demo's logins.
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { demoBanner, seedPresetDemo } from '../../src/db/seed';
import { DEMO } from '../../src/modules';

const Mine = graphql(`
  query DemoMine {
    community {
      name
    }
    viewerHousehold {
      number
      members {
        name
        relationToHead
      }
    }
    serviceRequests(first: 50, mine: true) {
      totalCount
      nodes {
        status
      }
    }
  }
`);
const MyPoints = graphql(`
  query DemoMyPoints {
    pointsMyAccount {
      kind
      balance
    }
  }
`);
const Requests = graphql(`
  query DemoRequests {
    serviceRequests(first: 100) {
      totalCount
      nodes {
        status
      }
    }
  }
`);
const Items = graphql(`
  query DemoPointsItems {
    pointsItems(first: 10) {
      nodes {
        name
        stock
      }
    }
  }
`);
const Council = graphql(`
  query DemoCouncil {
    councilBodies(first: 50) {
      nodes {
        name
        levelKey
        votingSeats
        rules {
          votingUnit
        }
        meetings(first: 10) {
          totalCount
        }
        documents {
          kind
        }
      }
    }
    councilTopics(first: 50) {
      totalCount
    }
  }
`);
const Funds = graphql(`
  query DemoFunds {
    funds(first: 5) {
      nodes {
        id
        balanceFen
        incomeFen
        spentFen
        goodsValuationFen
        receiptsIssued
      }
    }
  }
`);
const FundBooks = graphql(`
  query DemoFundBooks($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    fundDonations(fundId: $fundId, first: 50) {
      nodes {
        status
        kind
        amountFen
      }
    }
    fundDisbursements(fundId: $fundId, first: 50) {
      nodes {
        status
        amountFen
      }
    }
    fundStatement(fundId: $fundId, from: $from, to: $to) {
      openingBalanceFen
      incomeFen
      goodsFen
      spendingFen
      closingBalanceFen
    }
  }
`);
const Volunteers = graphql(`
  query DemoVolunteers($from: DateTimeISO!, $to: DateTimeISO!) {
    volunteerHours(first: 100) {
      nodes {
        status
        minutes
        member {
          id
        }
      }
    }
    volunteerHoursTotals(from: $from, to: $to, period: YEAR) {
      minutes
      member {
        id
      }
    }
    volunteerActivities(first: 10) {
      totalCount
    }
  }
`);

const STATES = ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED', 'CANCELLED', 'REJECTED', 'MERGED'];
const FROM = new Date(Date.now() - 400 * 86_400_000).toISOString();
const TO = new Date(Date.now() + 86_400_000).toISOString();

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: 'full' });
});
afterAll(() => s?.stop());

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Everything a front end needs, checked for one demo: `login(role)` names its logins. */
async function checkDemo(login: (role: string) => string, opts: { points: 'HOUSEHOLD' | 'PERSON' | null }) {
  const as = async (role: string): Promise<GqlOptions> => ({ token: await s.login(login(role)) });
  const resident = await as('resident');
  const admin = await as('admin');

  // Her own household, with her family; her own requests; her household's points.
  const mine = await s.gql(Mine, {}, resident);
  expect(mine.errors).toBeUndefined();
  const home = mine.data!.viewerHousehold!;
  expect(home.number).toBeTruthy();
  expect(home.members.find((m) => m.relationToHead === '户主')?.name).toMatch(/^\p{Script=Han}{2,3}$/u);
  expect(mine.data!.serviceRequests.totalCount).toBeGreaterThan(0);
  if (opts.points) {
    const points = await s.gql(MyPoints, {}, resident);
    expect(points.data!.pointsMyAccount).toMatchObject({ kind: opts.points, balance: expect.any(Number) });
    expect(points.data!.pointsMyAccount!.balance).toBeGreaterThan(0);
    expect((await s.gql(Items, {}, resident)).data!.pointsItems.nodes.length).toBeGreaterThan(0);
  }

  // Requests in every state.
  const all = await s.gql(Requests, {}, admin);
  expect(all.errors).toBeUndefined();
  expect(new Set(all.data!.serviceRequests.nodes.map((r) => r.status))).toEqual(new Set(STATES));
  expect(all.data!.serviceRequests.totalCount).toBeGreaterThan(mine.data!.serviceRequests.totalCount);

  {
    const c = await s.gql(Council, {}, admin);
    expect(c.errors).toBeUndefined();
    const bodies = c.data!.councilBodies.nodes;
    expect(bodies.length).toBeGreaterThan(0);
    // Seated bodies: every body has voting seats, household-voting ones by their 户代表.
    expect(bodies.filter((b) => b.votingSeats < 2).map((b) => `${b.name} (${b.rules.votingUnit})`)).toEqual([]);
    const top = bodies.find((b) => b.levelKey === 'community')!;
    expect(top.meetings.totalCount).toBeGreaterThanOrEqual(2);
    expect(top.documents.map((d) => d.kind).sort()).toEqual(['CONVENTION', 'RULES']);
    expect(c.data!.councilTopics.totalCount).toBeGreaterThanOrEqual(5);
  }

  {
    const f = await s.gql(Funds, {}, admin);
    expect(f.errors).toBeUndefined();
    const fund = f.data!.funds.nodes[0]!;
    const books = await s.gql(FundBooks, { fundId: fund.id, from: FROM, to: TO }, admin);
    expect(books.errors).toBeUndefined();
    const received = books.data!.fundDonations.nodes.filter((d) => d.status === 'RECEIVED');
    const paid = books.data!.fundDisbursements.nodes.filter((d) => d.status === 'PAID');
    expect(paid.length).toBe(1);
    expect(new Set(books.data!.fundDisbursements.nodes.map((d) => d.status))).toEqual(new Set(['PAID', 'REQUESTED', 'REJECTED']));
    expect(books.data!.fundDonations.nodes.some((d) => d.status === 'PLEDGED')).toBe(true);
    // The books balance: income = donations received; cash = money in − paid out; the statement agrees.
    expect(fund.incomeFen).toBe(sum(received.filter((d) => d.kind !== 'SERVICE').map((d) => d.amountFen)));
    expect(fund.goodsValuationFen).toBe(sum(received.filter((d) => d.kind === 'GOODS').map((d) => d.amountFen)));
    expect(fund.spentFen).toBe(sum(paid.map((d) => d.amountFen)));
    expect(fund.balanceFen).toBe(fund.incomeFen - fund.goodsValuationFen - fund.spentFen);
    expect(fund.receiptsIssued).toBe(received.length);
    const st = books.data!.fundStatement!;
    expect(st.openingBalanceFen + st.incomeFen - st.spendingFen).toBe(st.closingBalanceFen);
    expect(st.closingBalanceFen).toBe(fund.balanceFen);
  }

  {
    const v = await s.gql(Volunteers, { from: FROM, to: TO }, await as('staff'));
    expect(v.errors).toBeUndefined();
    const confirmed = v.data!.volunteerHours.nodes.filter((h) => h.status === 'CONFIRMED');
    expect(confirmed.length).toBeGreaterThanOrEqual(8);
    expect(v.data!.volunteerActivities.totalCount).toBe(3);
    // The hours ledger balances: each volunteer's total = their confirmed records, corrections included.
    const byMember = new Map<string, number>();
    for (const h of confirmed) byMember.set(h.member!.id, (byMember.get(h.member!.id) ?? 0) + h.minutes);
    const totals = new Map<string, number>();
    for (const t of v.data!.volunteerHoursTotals) totals.set(t.member!.id, (totals.get(t.member!.id) ?? 0) + t.minutes);
    expect(totals).toEqual(byMember);
    expect(sum([...totals.values()])).toBeGreaterThan(0);
  }
}

test('the default demo (金秋社区): linked logins, requests in every state, points, council, fund and volunteer ledgers', async () => {
  const r = await s.gql(Mine, {}, { token: await s.login('resident') });
  expect(r.data!.community.name).toBe('金秋社区');
  await checkDemo((role) => role, { points: 'HOUSEHOLD' });
});

test.each(['panzhou-jinqiu', 'fengqing-114', 'sanshundian', 'baoji', 'changzhou-135'])('the %s preset demo: the same, by its own logins', async (preset) => {
  const r = await seedPresetDemo(s.wushe.app.orm, s.wushe.app.registry, s.wushe.app.presets, preset, DEMO);
  expect(r.created).toBe(true);
  // Points where the article keeps a points ledger (Panzhou per household, Changzhou 益起来 per person).
  await checkDemo((role) => `${r.loginPrefix}.${role}`, {
    points: preset === 'panzhou-jinqiu' ? 'HOUSEHOLD' : preset === 'changzhou-135' ? 'PERSON' : null,
  });
});

test('the start banner lists the logins of the default demo and of every preset demo, with how to load each', () => {
  const banner = demoBanner(DEMO, s.wushe.app.presets);
  for (const login of ['admin', 'resident', 'street', 'platform']) expect(banner).toContain(login);
  for (const p of s.wushe.app.presets.list()) {
    const d = DEMO.presetDemo(p.key);
    expect(banner).toContain(`npx wushe seed --demo --preset ${p.key}`);
    for (const login of d.logins) expect(banner).toContain(login);
  }
  expect(banner).toContain('wushe-demo');
});
