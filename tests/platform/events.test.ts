// Transactional outbox end to end: one row per committed change and none for a rejected one,
// the `changes` feed filtered by the caller's permissions, cursor validation, and gap-free
// numbering (`seq`) under concurrent commits.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { feed, householdNumber as num, relayIdle, sql, waitUntil } from '../harness/proc-events';

const EvHouseholdCreate = graphql(`
  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
        number
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const EvChanges = graphql(`
  query EvChanges($after: String, $first: Int!, $types: [String!]) {
    changes(after: $after, first: $first, types: $types) {
      events {
        cursor
        type
        subjectType
        subject {
          ... on Household {
            number
          }
        }
      }
      endCursor
      hasMore
    }
  }
`);
const EvLive = graphql(`
  subscription EvLive($after: String) {
    changes(after: $after) {
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

type Change = { cursor: string; type: string; subject?: unknown };

let s: TestServer;
let admin: string;
let staff: string;
let communityId: string;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  [admin, staff] = await Promise.all([s.login('admin'), s.login('staff')]);
  [{ id: communityId }] = await sql(s.databaseUrl, `select id from community where name = '金秋社区'`);
});
afterAll(() => s.stop());

let n = 0;
const create = (token: string, number = `EV-${++n}-${Date.now()}`) => s.gql(EvHouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, { token });

/** The whole feed after `after`, paged with `first`, as one list. */
async function readFeed(token: string, after: string | null, first = 100): Promise<Change[]> {
  const out: Change[] = [];
  for (let cursor = after, pages = 0; ; pages++) {
    const r = await s.gql(EvChanges, { after: cursor, first }, { token });
    expect(r.errors).toBeUndefined();
    const page = r.data!.changes;
    out.push(...page.events);
    if (!page.hasMore) return out;
    expect(page.endCursor).not.toBe(cursor);
    cursor = page.endCursor!;
    if (pages > 1000) throw new Error('feed does not end');
  }
}

/** Cursor of the newest event now in the feed (waits until the relay has numbered everything). */
async function headCursor(): Promise<string> {
  await relayIdle(s.databaseUrl);
  const [r] = await sql(s.databaseUrl, 'select coalesce(max(seq), 0)::text as c from outbox_event');
  return r.c;
}

test('a committed mutation writes exactly one outbox row and appears in changes(after:)', async () => {
  const before = await headCursor();
  const a = await create(staff, 'EV-ONE-A');
  const b = await create(staff, 'EV-ONE-B');
  expect(a.data!.householdCreate.userErrors).toEqual([]);
  expect(b.data!.householdCreate.userErrors).toEqual([]);

  const rows = await sql(
    s.databaseUrl,
    `select o.type, o.community_id, o.subject_type from outbox_event o join household h on h.id = o.subject_id where h.number = 'EV-ONE-A'`,
  );
  expect(rows).toEqual([{ type: 'core.HouseholdCreated', community_id: communityId, subject_type: 'Household' }]);

  // The relay numbers rows after commit: poll the feed until both are there.
  const events = await waitUntil('both events in the feed', async () => {
    const e = await readFeed(staff, before);
    return e.length >= 2 && e;
  });
  expect(events.map((e) => [e.type, num(e)])).toEqual([
    ['core.HouseholdCreated', 'EV-ONE-A'],
    ['core.HouseholdCreated', 'EV-ONE-B'],
  ]);
  expect(BigInt(events[0]!.cursor)).toBeGreaterThan(BigInt(before));
  expect(BigInt(events[1]!.cursor)).toBeGreaterThan(BigInt(events[0]!.cursor));
  // Nothing new after the last cursor.
  const tail = await s.gql(EvChanges, { after: events[1]!.cursor, first: 10 }, { token: staff });
  expect(tail.data!.changes).toEqual({ events: [], endCursor: events[1]!.cursor, hasMore: false });
});

test('a mutation rejected with userErrors writes no outbox row and delivers no event', async () => {
  const before = await headCursor();
  const [{ n: rowsBefore }] = await sql(s.databaseUrl, 'select count(*)::int as n from outbox_event');
  // Subscribe with catch-up from `before`: whatever gets published after it reaches this feed.
  const client = s.ws(staff);
  const live = feed(client, EvLive, { after: before });

  const dup = await create(staff, 'JQ-1-01'); // a seeded household number
  expect(dup.data!.householdCreate).toEqual({ household: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'number'] }] });
  const [{ n: rowsAfter }] = await sql(s.databaseUrl, 'select count(*)::int as n from outbox_event');
  expect(rowsAfter).toBe(rowsBefore);

  // A marker after the failed one: once it arrives, anything for the failed one would have too.
  await create(staff, 'EV-MARKER');
  const got = await live.until('marker event', (e) => e.some((x) => num(x.changes) === 'EV-MARKER'));
  expect(got.map((e) => num(e.changes))).toEqual(['EV-MARKER']);
  expect(await readFeed(staff, before)).toHaveLength(1);
  live.stop();
  await client.dispose();
});

test('events the caller may not see are filtered out of changes', async () => {
  const before = await headCursor();
  await create(staff, 'EV-HIDDEN');
  await headCursor();
  const resident = await s.login('resident');
  const forResident = await readFeed(resident, before);
  expect(forResident.filter((e) => e.type === 'core.HouseholdCreated')).toEqual([]);
  const forStaff = await readFeed(staff, before);
  expect(forStaff.map((e) => num(e))).toEqual(['EV-HIDDEN']);
  // Filtered events still advance the cursor, so the resident does not re-read them.
  const page = await s.gql(EvChanges, { after: before, first: 100 }, { token: resident });
  expect(page.data!.changes.endCursor).toBe(forStaff[0]!.cursor);
});

test('the types filter selects events by type (one or several)', async () => {
  const before = await headCursor();
  await create(staff, 'EV-TYPES');
  await headCursor();
  const q = (types: string[]) => s.gql(EvChanges, { after: before, first: 10, types }, { token: staff });
  const one = await q(['core.HouseholdCreated']);
  expect(one.errors).toBeUndefined();
  expect(one.data!.changes.events.map(num)).toEqual(['EV-TYPES']);
  const several = await q(['tenancy.MemberAdded', 'core.HouseholdCreated', 'core.HouseholdClosed']);
  expect(several.data!.changes.events.map(num)).toEqual(['EV-TYPES']);
  expect((await q(['tenancy.MemberAdded'])).data!.changes.events).toEqual([]);
  const tooMany = await q(Array.from({ length: 101 }, (_, i) => `x.T${i}`));
  expect(tooMany.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  expect(tooMany.errors![0]!.message).toBe('输入有误：types：最多 100 项');
});

test('cursor and page size are validated', async () => {
  for (const after of ['abc', '-1', '1.5', '9'.repeat(40)]) {
    const r = await s.gql(EvChanges, { after, first: 10 }, { token: staff });
    expect(r.data).toBeNull();
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  }
  for (const first of [0, 501]) {
    const r = await s.gql(EvChanges, { after: null, first }, { token: staff });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  }
  const anon = await s.gql(EvChanges, { after: null, first: 10 });
  expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
});

test('the relay numbers 50 concurrent commits 1..N without gaps and the feed pages through them in order', async () => {
  const numbers = Array.from({ length: 50 }, (_, i) => `EV-C-${String(i).padStart(2, '0')}`);
  const results = await Promise.all(numbers.map((num) => create(staff, num)));
  for (const r of results) expect(r.data!.householdCreate.userErrors).toEqual([]);
  await relayIdle(s.databaseUrl);

  const seqs = (await sql(s.databaseUrl, 'select seq::int from outbox_event order by seq')).map((r) => r.seq);
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  const created = await sql(
    s.databaseUrl,
    `select o.seq::text, h.number from outbox_event o join household h on h.id = o.subject_id
      where o.type = 'core.HouseholdCreated' and h.number like 'EV-C-%' order by o.seq`,
  );
  expect(created).toHaveLength(50);

  // Small pages so the cursor crosses many page boundaries.
  const all = await readFeed(admin, null, 7);
  const cursors = all.map((e) => BigInt(e.cursor));
  for (let i = 1; i < cursors.length; i++) expect(cursors[i]).toBeGreaterThan(cursors[i - 1]!);
  const visible = await sql(s.databaseUrl, 'select o.seq::text as c from outbox_event o where o.community_id = $1 order by o.seq', [communityId]);
  expect(all.map((e) => e.cursor)).toEqual(visible.map((r) => r.c)); // the admin may see every core event
  expect(all.filter((e) => num(e)?.startsWith('EV-C-')).map((e) => [e.cursor, num(e)])).toEqual(created.map((r) => [r.seq, r.number]));
});
