// Events published while the server's pubsub listener is down never arrive through pubsub; a live
// board must still get them: after the listener reconnects the stream re-reads the outbox from its
// cursor. The subscriber connection is held down on purpose with a slowed proxy.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { latencyProxy, type LatencyProxy } from '../harness/proc-latency';
import { feed, householdNumber as num, REDIS_URL, untilFirstEvent } from '../harness/proc-events';

const ResyncChanges = graphql(`
  subscription ResyncChanges($after: String, $types: [String!]) {
    changes(after: $after, types: $types) {
      cursor
      type
      subject {
        ... on Household {
          number
        }
      }
    }
  }
`);
const ResyncHousehold = graphql(`
  mutation ResyncHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let proxy: LatencyProxy;
beforeAll(async () => {
  proxy = await latencyProxy(REDIS_URL, 'wushe-pubsub-sub');
  s = await startTestServer({ demo: true, config: { pubsub: 'redis', redisUrl: proxy.url } });
});
afterAll(async () => {
  await s.stop();
  await proxy.close();
});

test('an event committed while the listener is reconnecting still reaches the board', async () => {
  const admin = await s.login('admin');
  const staff = await s.login('staff');
  let n = 0;
  const create = async () => {
    const number = `RS-${++n}`;
    const r = await s.gql(ResyncHousehold, { input: { number, address: `金秋小区 ${number}` } }, { token: admin });
    expect(r.data!.householdCreate.userErrors).toEqual([]);
    return number;
  };
  const board = feed(s.ws(staff), ResyncChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(board, () => create());

  // Hold the re-connecting subscriber back for 2 s, then cut it: the next event is published
  // while nobody in this process listens. Cut at the proxy, not with CLIENT KILL TYPE pubsub,
  // which also dropped the subscribers of other test files sharing the Redis.
  proxy.delayMs = 2000;
  proxy.cut();
  const missed = await create();
  const got = await board.until('the missed event', (events) => events.some((e) => num(e.changes) === missed), 12_000);
  const numbers = got.map((e) => num(e.changes));
  expect(numbers.filter((x) => x === missed)).toHaveLength(1); // once, not twice
  proxy.delayMs = 0;
  const after = await create();
  await board.until('live again', (events) => events.some((e) => num(e.changes) === after), 8000);
  const cursors = board.events.map((e) => BigInt(e.changes.cursor));
  expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1))); // in order, no duplicate
  expect(new Set(cursors).size).toBe(cursors.length);
  board.stop();
}, 40_000);
