// Typed forms and real filters beyond dispatch (issue 14 item 6): `gridCatalog` and `pointsCatalog`
// give the configured vocabularies as typed objects (they follow the settings, default and
// changed, and keep the modules' permissions), and `volunteerActivities` filters by state and by
// the window its shifts start in, `councilTopics` by source and raised-at window (each refusing an
// inverted window with a typed error), `pointsItems` by name, availability now and price ceiling,
// `pointsRedemptions` by item.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { codes, ok } from '../harness/payload';
import { BodyCreate, TopicRaise } from '../council/council-helpers';
import { linkLoginToHousehold } from '../points/points-link';

const Configure = graphql(`
  mutation TypedFormsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const GridCatalogQ = graphql(`
  query TypedFormsGridCatalog {
    gridCatalog {
      levels {
        key
        name
      }
      dutyRoles {
        key
        name
        level
        required
      }
      careCategories {
        key
        name
        visitEveryDays
      }
      visitKinds {
        key
        name
      }
    }
  }
`);
const PointsCatalogQ = graphql(`
  query TypedFormsPointsCatalog {
    pointsCatalog {
      accountScope
      rules {
        key
        name
        event
        points
        per
        capPoints
        capPeriod
        enabled
      }
    }
  }
`);
const ActivityCreate = graphql(`
  mutation TypedFormsActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Topics = graphql(`
  query TypedFormsTopics($source: [CouncilTopicSource!], $raisedFrom: DateTimeISO, $raisedTo: DateTimeISO, $bodyId: ID) {
    councilTopics(first: 100, source: $source, raisedFrom: $raisedFrom, raisedTo: $raisedTo, bodyId: $bodyId) {
      nodes {
        id
        source
        raisedAt
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation TypedFormsItem($input: PointsItemCreateInput!) {
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
const Items = graphql(`
  query TypedFormsItems($search: String, $availableNow: Boolean, $maxPricePoints: Int) {
    pointsItems(first: 100, search: $search, availableNow: $availableNow, maxPricePoints: $maxPricePoints) {
      nodes {
        id
        name
      }
    }
  }
`);
const Redeem = graphql(`
  mutation TypedFormsRedeem($input: PointsRedeemInput!) {
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
const HouseholdByNumber = graphql(`
  query TypedFormsHousehold($search: String) {
    households(first: 5, search: $search) {
      nodes {
        id
        number
      }
    }
  }
`);
const Award = graphql(`
  mutation TypedFormsAward($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Redemptions = graphql(`
  query TypedFormsRedemptions($itemId: ID) {
    pointsRedemptions(first: 100, itemId: $itemId) {
      nodes {
        id
      }
    }
  }
`);
const Activities = graphql(`
  query TypedFormsActivities($status: [VolunteerActivityStatus!], $shiftsFrom: DateTimeISO, $shiftsTo: DateTimeISO, $team: String) {
    volunteerActivities(first: 100, status: $status, shiftsFrom: $shiftsFrom, shiftsTo: $shiftsTo, team: $team) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);

let s: TestServer;
const as: Record<string, GqlOptions> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'resident']) as[l] = { token: await s.login(l) };
  for (const moduleKey of ['grid', 'points', 'volunteer', 'council'])
    ok((await s.gql(Configure, { input: { moduleKey, enabled: true } }, as.admin)).data?.communityModuleConfigure);
}, 90_000);
afterAll(async () => {
  await s?.stop();
});

test('gridCatalog: the default vocabularies, then the community’s own after a settings change', async () => {
  const before = (await s.gql(GridCatalogQ, {}, as.grid)).data!.gridCatalog;
  expect(before.levels.map((l) => l.key)).toEqual(expect.arrayContaining(['grid']));
  expect(before.careCategories.find((c) => c.key === 'elderlyAlone')).toEqual({ key: 'elderlyAlone', name: '独居老人', visitEveryDays: 7 });
  const settings = {
    levels: [
      { key: 'grid', name: '网格' },
      { key: 'floor', name: '楼层' },
    ],
    dutyRoles: [{ key: 'floorLead', name: '楼层长', level: 'floor', required: true }],
    careCategories: [{ key: 'veteran', name: '退役军人', visitEveryDays: 30 }],
    visitKinds: [{ key: 'video', name: '视频问候' }],
  };
  ok((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true, settings } }, as.admin)).data?.communityModuleConfigure);
  const after = (await s.gql(GridCatalogQ, {}, as.grid)).data!.gridCatalog;
  expect(after).toEqual({
    levels: settings.levels,
    dutyRoles: settings.dutyRoles,
    careCategories: settings.careCategories,
    visitKinds: settings.visitKinds,
  });
  // Who may read grid units may read the catalog; a resident may not.
  expect(codes(await s.gql(GridCatalogQ, {}, as.resident))).toEqual(['FORBIDDEN']);
});

test('pointsCatalog: the earning rules with their caps; refused without the module', async () => {
  const cat = (await s.gql(PointsCatalogQ, {}, as.resident)).data!.pointsCatalog;
  expect(cat.accountScope).toBe('household');
  expect(cat.rules.find((r) => r.key === 'volunteerHours')).toEqual({
    key: 'volunteerHours',
    name: '志愿服务时长',
    event: 'volunteer.ShiftCompleted',
    points: 10,
    per: 'HOUR',
    capPoints: 400,
    capPeriod: 'MONTH',
    enabled: true,
  });
  expect(cat.rules.find((r) => r.key === 'councilMeeting')).toMatchObject({ capPoints: null, capPeriod: null });
  ok((await s.gql(Configure, { input: { moduleKey: 'points', enabled: false } }, as.admin)).data?.communityModuleConfigure);
  try {
    expect(codes(await s.gql(PointsCatalogQ, {}, as.resident))).toEqual(['MODULE_DISABLED']);
  } finally {
    ok((await s.gql(Configure, { input: { moduleKey: 'points', enabled: true } }, as.admin)).data?.communityModuleConfigure);
  }
});

test('volunteerActivities: by state and by the window its shifts start in', async () => {
  const day = (d: number, h = 9) => new Date(Date.UTC(2031, 0, d, h)).toISOString();
  const create = async (title: string, shifts: [number, number][]) =>
    ok(
      (
        await s.gql(
          ActivityCreate,
          { input: { title, team: 'youth', shifts: shifts.map(([d, h]) => ({ startsAt: day(d, h), endsAt: day(d, h + 2), capacity: 3 })) } },
          as.socialworker,
        )
      ).data?.volunteerActivityCreate,
    ).activity!.id;
  const early = await create('一月五日清扫', [[5, 9]]);
  const both = await create('一月跨周巡逻', [
    [6, 9],
    [12, 9],
  ]);
  const late = await create('一月二十日义诊', [[20, 9]]);
  const ids = async (v: Record<string, unknown>) =>
    ((await s.gql(Activities, { team: 'youth', ...v }, as.staff)).data!.volunteerActivities.nodes ?? []).map((n) => n.id);

  expect(new Set(await ids({ shiftsFrom: day(6, 0), shiftsTo: day(13, 0) }))).toEqual(new Set([both]));
  expect(new Set(await ids({ shiftsFrom: day(12, 9) }))).toEqual(new Set([both, late])); // from is inclusive
  expect(new Set(await ids({ shiftsTo: day(6, 9) }))).toEqual(new Set([early])); // to is exclusive
  expect(await ids({ shiftsFrom: day(21, 0) })).toEqual([]);

  // One cancelled (no mutation cancels a whole activity yet: set in the database).
  await sql(`update volunteer_activity set status = 'CANCELLED' where id = $1`, [rawId(late)]);
  expect(new Set(await ids({ status: ['PUBLISHED'] }))).toEqual(new Set([early, both]));
  expect(await ids({ status: ['CANCELLED'] })).toEqual([late]);
  expect(await ids({ status: ['CANCELLED'], shiftsTo: day(19, 0) })).toEqual([]);

  const bad = await s.gql(Activities, { shiftsFrom: day(10), shiftsTo: day(9) }, as.staff);
  expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors![0]!.extensions!.field).toBe('shiftsTo');
});

/** Runs SQL on the test's database (back-dating rows no mutation can). */
async function sql(text: string, params: unknown[]): Promise<void> {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  try {
    await db.query(text, params);
  } finally {
    await db.end();
  }
}
const rawId = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[2]!;

test('councilTopics: by source and by the window they were raised in', async () => {
  const body = ok((await s.gql(BodyCreate, { input: { name: '筛选议事会', levelKey: 'community' } }, as.admin)).data?.councilBodyCreate).body!.id;
  const raise = async (title: string) =>
    ok((await s.gql(TopicRaise, { input: { bodyId: body, title, description: `${title}：居民提议` } }, as.admin)).data?.councilTopicRaise).topic!.id;
  const march = await raise('三月议题');
  const april = await raise('四月议题');
  const now = await raise('本月议题');
  await sql(`update council_topic set created_at = $2 where id = $1`, [rawId(march), '2025-03-10T02:00:00Z']);
  await sql(`update council_topic set created_at = $2, source = 'DISPATCH' where id = $1`, [rawId(april), '2025-04-10T02:00:00Z']);
  const ids = async (v: Record<string, unknown>) => new Set((await s.gql(Topics, { bodyId: body, ...v }, as.staff)).data!.councilTopics.nodes.map((n) => n.id));

  expect(await ids({ raisedFrom: '2025-03-01T00:00:00Z', raisedTo: '2025-04-01T00:00:00Z' })).toEqual(new Set([march]));
  expect(await ids({ raisedFrom: '2025-04-10T02:00:00Z' })).toEqual(new Set([april, now])); // from is inclusive
  expect(await ids({ raisedTo: '2025-04-10T02:00:00Z' })).toEqual(new Set([march])); // to is exclusive
  expect(await ids({ source: ['DISPATCH'] })).toEqual(new Set([april]));
  expect(await ids({ source: ['RESIDENT'], raisedFrom: '2025-01-01T00:00:00Z' })).toEqual(new Set([march, now]));

  const bad = await s.gql(Topics, { raisedFrom: '2025-05-01T00:00:00Z', raisedTo: '2025-04-01T00:00:00Z' }, as.staff);
  expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors![0]!.extensions!.field).toBe('raisedTo');
});

test('pointsItems: by name, by what can be redeemed now, by a price ceiling', async () => {
  const hour = 3600_000;
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const item = async (input: Record<string, unknown>) =>
    ok((await s.gql(ItemCreate, { input: { attachmentKeys: [], ...input } as never }, as.staff)).data?.pointsItemCreate).item!.id;
  const soap = await item({ name: '筛选 香皂', pricePoints: 30, stock: 5 });
  const oil = await item({ name: '筛选 食用油 5L', pricePoints: 200, stock: 2 });
  const gone = await item({ name: '筛选 毛巾', pricePoints: 20, stock: 0 });
  const later = await item({ name: '筛选 月饼', pricePoints: 50, stock: 9, availableFrom: at(24 * hour) });
  const over = await item({ name: '筛选 粽子', pricePoints: 50, stock: 9, availableFrom: at(-48 * hour), availableUntil: at(-24 * hour) });
  const ids = async (v: Record<string, unknown>) =>
    new Set((await s.gql(Items, { search: '筛选', ...v }, as.resident)).data!.pointsItems.nodes.map((n) => n.id));

  expect(await ids({})).toEqual(new Set([soap, oil, gone, later, over]));
  expect(await ids({ search: '食用油' })).toEqual(new Set([oil]));
  expect(await ids({ search: '%' })).toEqual(new Set()); // taken literally
  expect(await ids({ availableNow: true })).toEqual(new Set([soap, oil])); // in stock and in window
  expect(await ids({ availableNow: true, maxPricePoints: 100 })).toEqual(new Set([soap]));
  expect(await ids({ maxPricePoints: 20 })).toEqual(new Set([gone]));
  expect(codes(await s.gql(Items, { maxPricePoints: -1 }, as.resident))).toEqual(['BAD_USER_INPUT']);

  // The pickup list of one item: its redemptions only. (The resident's household earns enough first.)
  await linkLoginToHousehold(s, as.admin!.token!, 'resident', 'JQ-1-01', 0);
  const household = (await s.gql(HouseholdByNumber, { search: 'JQ-1-01' }, as.staff)).data!.households.nodes.find((h) => h.number === 'JQ-1-01')!.id;
  ok(
    (await s.gql(Award, { input: { householdId: household, amount: 50, reason: '筛选测试', idempotencyKey: `typed-forms-award-${Date.now()}` } }, as.staff))
      .data?.pointsAdjust,
  );
  const r = ok((await s.gql(Redeem, { input: { itemId: soap, idempotencyKey: `typed-forms-${Date.now()}` } }, as.resident)).data?.pointsRedeem).redemption!.id;
  const of = async (itemId: string) => (await s.gql(Redemptions, { itemId }, as.staff)).data!.pointsRedemptions.nodes.map((n) => n.id);
  expect(await of(soap)).toEqual([r]);
  expect(await of(oil)).toEqual([]);
});
