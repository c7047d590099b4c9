// Modules' notification rules beyond dispatch, end to end: a council meeting scheduled notifies the
// body's members and nobody else; the resident who raised a topic follows it in her own feed; a
// points redemption notifies the whole household that paid (core's `core.household` audience
// through points' `points.account`). And a manifest whose rule names an unknown event or audience
// does not start.
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { body, seat, ok, presetCommunity, TopicRaise, CouncilConfigure } from '../council/council-helpers';
import { linkLoginToHousehold } from '../points/points-link';
import * as N from './notifications-helpers';
import { ALL_WEEK, freshSlot, StationBook, StationCancel, StationCreate, StationServiceCreate } from '../stations/stations.fixture';
import { NotificationRules } from '../../src/plugins/notifications/notification.rules';
import { createRegistry } from '../../src/plugins/loader';
import { FIRST_PARTY } from '../../src/modules';
import { defineModule } from '../../src/plugins/module-contract';

const MeetingSchedule = graphql(`
  mutation NotifyMeetingSchedule($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation NotifyPointsItem($input: PointsItemCreateInput!) {
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
const Adjust = graphql(`
  mutation NotifyPointsAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Redeem = graphql(`
  mutation NotifyPointsRedeem($input: PointsRedeemInput!) {
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
const CareEnroll = graphql(`
  mutation NotifyCareEnroll($input: GridCareMemberEnrollInput!) {
    gridCareMemberEnroll(input: $input) {
      gridCareMember {
        id
        overdue
      }
      userErrors {
        code
      }
    }
  }
`);
const CareNotify = graphql(`
  mutation NotifyCareOverdue {
    gridCareOverdueNotify {
      notified
      userErrors {
        code
      }
    }
  }
`);
const Members = graphql(`
  query NotifyMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
  }
`);
const Residents = graphql(`
  query NotifyResidents {
    residents(first: 3) {
      nodes {
        id
      }
    }
  }
`);
const HouseholdByNumber = graphql(`
  query NotifyHousehold($search: String) {
    households(first: 1, search: $search) {
      nodes {
        id
      }
    }
  }
`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
}, 60_000);
afterAll(() => s?.stop());

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    s.wushe.app.relay.kick();
    await new Promise((r) => setTimeout(r, 50));
    await s.wushe.consumers.idle();
  }
};
const inbox = async (who: GqlOptions) => (await s.gql(N.Inbox, { first: 50 }, who)).data!.notifications.nodes;

test('a scheduled council meeting notifies the body’s members only; the raiser of a topic follows it in her feed', async () => {
  const { admin, people } = await presetCommunity(s, 'baoji', 'NTF', 3);
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'council', enabled: true } }, admin)).data?.communityModuleConfigure);
  const council = await body(s, admin, '社区议事会', 'community');
  await seat(s, admin, council.id, people[0]!.membershipId, null);
  await seat(s, admin, council.id, people[1]!.membershipId, null);
  const meeting = ok(
    (await s.gql(MeetingSchedule, { input: { bodyId: council.id, title: '例会', kind: 'SCHEDULED', scheduledAt: '2031-03-30T02:00:00Z' } }, admin)).data
      ?.councilMeetingSchedule,
  ).meeting!.id;
  await settle();
  for (const p of people.slice(0, 2))
    expect((await inbox(p.auth)).map((n) => [n.ruleKey, n.title, n.subjectId])).toEqual([['council.meetingScheduled', '议事会议已安排', meeting]]);
  expect(await inbox(people[2]!.auth)).toEqual([]);
  expect(await inbox(admin)).toEqual([]);

  const topic = ok(
    (await s.gql(TopicRaise, { input: { bodyId: council.id, title: '楼道堆物', description: '3 栋楼道堆满杂物' } }, people[2]!.auth)).data?.councilTopicRaise,
  ).topic!.id;
  await settle();
  const feed = (await s.gql(N.MyChanges, { after: '0' }, people[2]!.auth)).data!.myChanges.events;
  expect(feed.map((e) => [e.type, e.subjectId])).toEqual([['council.TopicRaised', topic]]);
  expect((await s.gql(N.MyChanges, { after: '0' }, people[0]!.auth)).data!.myChanges.events.map((e) => e.type)).toEqual(['council.MeetingScheduled']);
});

test('a redemption notifies every member of the household that paid, not the one next door', async () => {
  const admin = { token: await s.login('admin') };
  const staff = { token: await s.login('staff') };
  const resident = { token: await s.login('resident') };
  const volunteer = { token: await s.login('volunteer') };
  const party = { token: await s.login('party') };
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'points', enabled: true } }, admin)).data?.communityModuleConfigure);
  await linkLoginToHousehold(s, admin.token, 'resident', 'JQ-1-01', 0);
  await linkLoginToHousehold(s, admin.token, 'volunteer', 'JQ-1-01', 1);
  await linkLoginToHousehold(s, admin.token, 'party', 'JQ-1-02', 0);
  const household = (await s.gql(HouseholdByNumber, { search: 'JQ-1-01' }, admin)).data!.households.nodes[0]!.id;
  const key = () => `k-${Math.random()}`;
  ok((await s.gql(Adjust, { input: { householdId: household, amount: 80, reason: '环境整治', idempotencyKey: key() } }, staff)).data?.pointsAdjust);
  const item = ok((await s.gql(ItemCreate, { input: { name: '肥皂', pricePoints: 10, stock: 5 } }, staff)).data?.pointsItemCreate).item!.id;
  const redemption = ok((await s.gql(Redeem, { input: { itemId: item, idempotencyKey: key() } }, resident)).data?.pointsRedeem).redemption!.id;
  await settle();
  for (const who of [resident, volunteer]) {
    const got = (await inbox(who)).filter((n) => n.ruleKey === 'points.redemptionReady');
    expect(got.map((n) => [n.title, n.subjectId])).toEqual([['兑换成功，待领取', redemption]]);
  }
  expect((await inbox(party)).filter((n) => n.ruleKey.startsWith('points.'))).toEqual([]);
});

test('a booking streams to the booker’s household and its cancellation notifies them; the neighbours see nothing', async () => {
  const admin = { token: await s.login('admin') };
  const staff = { token: await s.login('staff') };
  const resident = { token: await s.login('resident') };
  const volunteer = { token: await s.login('volunteer') };
  const party = { token: await s.login('party') };
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'stations', enabled: true } }, admin)).data?.communityModuleConfigure);
  const station = ok(
    (await s.gql(StationCreate, { input: { name: '通知服务站', kind: 'service', address: '金秋小区 1 栋', openingHours: ALL_WEEK } }, admin)).data
      ?.stationCreate,
  ).station!.id;
  const service = ok(
    (await s.gql(StationServiceCreate, { input: { stationId: station, name: '法律咨询', category: 'convenience', slotMinutes: 30, capacity: 5 } }, admin)).data
      ?.stationServiceCreate,
  ).service!.id;
  // resident and volunteer share household JQ-1-01 (linked by the test before); party lives in JQ-1-02.
  const booking = ok((await s.gql(StationBook, { input: { serviceId: service, startsAt: freshSlot() } }, resident)).data?.stationBookingCreate).booking!.id;
  ok((await s.gql(StationCancel, { input: { id: booking } }, staff)).data?.stationBookingCancel);
  await settle();
  const feedOf = async (who: GqlOptions) =>
    (await s.gql(N.MyChanges, { after: '0' }, who)).data!.myChanges.events.filter((e) => e.type.startsWith('stations.')).map((e) => [e.type, e.subjectId]);
  for (const who of [resident, volunteer]) {
    expect(await feedOf(who)).toEqual([
      ['stations.BookingCreated', booking],
      ['stations.BookingCancelled', booking],
    ]);
    expect((await inbox(who)).filter((n) => n.ruleKey === 'stations.bookingCancelled').map((n) => n.subjectId)).toEqual([booking]);
  }
  expect(await feedOf(party)).toEqual([]);
  expect((await inbox(party)).filter((n) => n.ruleKey.startsWith('stations.'))).toEqual([]);
});

test('an overdue care visit notifies the member responsible (包保), and nobody else', async () => {
  const admin = { token: await s.login('admin') };
  const party = { token: await s.login('party') };
  const volunteer = { token: await s.login('volunteer') };
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'grid', enabled: true } }, admin)).data?.communityModuleConfigure);
  const mem = Object.fromEntries((await s.gql(Members, {}, admin)).data!.memberships.nodes.map((m) => [m.login, m.id]));
  const resident = (await s.gql(Residents, {}, admin)).data!.residents.nodes[2]!.id;
  const member = ok(
    (await s.gql(CareEnroll, { input: { resident, category: 'hardship', evidence: '低保证', startsOn: '2023-01-01', responsible: mem.party } }, admin)).data
      ?.gridCareMemberEnroll,
  ).gridCareMember!;
  expect(member.overdue).toBe(true);
  expect(ok((await s.gql(CareNotify, {}, admin)).data?.gridCareOverdueNotify).notified).toBeGreaterThan(0);
  await settle();
  const got = (await inbox(party)).filter((n) => n.ruleKey === 'grid.careVisitOverdue');
  expect(got.map((n) => [n.title, n.subjectId])).toEqual([['包保对象走访已逾期', member.id]]);
  // The text names nobody: the cared-for person stays on the register.
  expect(got[0]!.body).toBe('您包保的一位关爱对象已过走访日期，请尽快走访并登记。');
  expect((await inbox(volunteer)).filter((n) => n.ruleKey === 'grid.careVisitOverdue')).toEqual([]);
  expect((await inbox(admin)).filter((n) => n.ruleKey === 'grid.careVisitOverdue')).toEqual([]);
});

test('a rule naming an event nobody publishes, or an unknown audience, stops the start', () => {
  const plugin = (rules: object[]) =>
    defineModule({
      key: 'rulecheck',
      name: { 'zh-CN': '规则', en: 'Rules' },
      version: '0.1.0',
      coreRange: '^0.1.0',
      entities: [],
      resolvers: [],
      permissions: {},
      roleDefaults: {},
      migrations: [],
      notifications: { rules: rules as never },
    });
  expect(() => new NotificationRules(createRegistry([...FIRST_PARTY, plugin([{ key: 'a', event: 'dispatch.Nope', to: [{ field: 'x' }] }])]))).toThrow(
    /module "rulecheck", field "notifications.rules\[0\].event"/,
  );
  expect(
    () =>
      new NotificationRules(
        createRegistry([...FIRST_PARTY, plugin([{ key: 'a', event: 'dispatch.RequestClaimed', to: [{ field: 'requesterAccountId', audience: 'x.y' }] }])]),
      ),
  ).toThrow(/to.audience/);
  expect(() => new NotificationRules(createRegistry([...FIRST_PARTY]))).not.toThrow();
});
