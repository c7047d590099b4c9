// A WebSocket never outlives its credentials: when the access token it connected with expires, the
// server closes it with 4403 (graphql-ws clients retry it, with a fresh token) and nothing more is
// delivered on it; `app.sockets.close(accountId)` closes an account's sockets the same way (what
// disabling an account uses).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql';
import { startTestServer, TEST_SECRET, type TestServer } from '../harness/server';
import { closeCode, feed, untilFirstEvent } from '../harness/proc-events';
import { TokenService } from '../../src/schema/identity/token.service';

const WsExpHouseholdCreate = graphql(`
  mutation WsExpHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        number
      }
      userErrors {
        code
      }
    }
  }
`);
const WsExpChanges = graphql(`
  subscription WsExpChanges($types: [String!]) {
    changes(types: $types) {
      cursor
      subject {
        ... on Household {
          number
        }
      }
    }
  }
`);

let s: TestServer;
let staff: string;
let n = 0;
const create = async () => {
  const number = `WSX-${++n}`;
  const r = await s.gql(WsExpHouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, { token: staff });
  expect(r.data!.householdCreate.userErrors).toEqual([]);
  return number;
};
/** A graphql-ws client that connects at once and does not retry; the closes expected here are not logged. */
const ws = (token: string) => {
  const client = createClient({
    url: s.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  clients.push(client);
  return client;
};
const clients: ReturnType<typeof createClient>[] = [];
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; cid: string | null };

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  staff = await s.login('staff');
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await s.stop();
});

test('a subscription stops when its access token expires: the socket closes with 4403, nothing is delivered after', async () => {
  const { sub, cid } = claimsOf(staff);
  // The same caller's token, issued by the server's own signer with a 3-second lifetime.
  const short = (await new TokenService(TEST_SECRET, 3, 1).signAccess({ accountId: sub, communityId: cid, platformAdmin: false })).token;
  const expiresAt = claimsOf(short) as unknown as { exp: number };
  const client = ws(short);
  const closed = closeCode(client, 10_000);
  let closedAt = 0;
  client.on('closed', () => (closedAt = Date.now()));
  const live = feed(client, WsExpChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(live, () => create());

  expect(await closed).toBe(4403);
  expect(closedAt).toBeGreaterThanOrEqual(expiresAt.exp * 1000 - 50);
  const seen = live.events.length;
  await create();
  await new Promise((r) => setTimeout(r, 300));
  expect(live.events.length).toBe(seen);
});

test("app.sockets.close(accountId) closes that account's sockets with 4403 and no one else's", async () => {
  const mine = ws(staff);
  const other = ws(await s.login('admin'));
  const mineFeed = feed(mine, WsExpChanges, { types: ['core.HouseholdCreated'] });
  const otherFeed = feed(other, WsExpChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(mineFeed, () => create());
  await untilFirstEvent(otherFeed, () => create());
  const closed = closeCode(mine, 5000);
  expect(s.wushe.app.sockets.close(claimsOf(staff).sub)).toBe(1);
  expect(await closed).toBe(4403);
  const number = await create();
  await otherFeed.until('the other account still receives', (e) => e.some((x) => (x.changes.subject as { number?: string } | null)?.number === number));
});
