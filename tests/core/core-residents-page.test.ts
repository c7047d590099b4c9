// The residents page reads rows, only the columns its selection needs, and joins households only
// when asked (paginateRows). What it answers must not change: every field of every resident through
// the page equals the same fields read by id, for roles that see personal data masked, sensitive
// data, or nothing of households.
import { startTestServer, type TestServer } from '../harness/server';
import { rawData, statementsDuring } from '../harness/raw';

let s: TestServer;
const tok: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', 'socialworker']) tok[l] = await s.login(l);
});
afterAll(async () => {
  await s?.stop();
});

const post = (query: string, variables: Record<string, unknown>, who: string) => rawData(s, query, variables, tok[who]!);
const residentSql = async (fn: () => Promise<unknown>) => (await statementsDuring(s, fn)).filter((q) => /from "resident"/.test(q));

const EVERY = `fragment Every on Resident {
  id name gender relationToHead movedOutAt age phone idNumber
  sensitive { disability hardship healthNote }
  household { id number address building closedAt tags members { id name } }
}`;

test.each(['admin', 'staff', 'grid', 'socialworker'])('every field of every resident is the same through the page as by id (%s)', async (who) => {
  const page = await post(`query P($after: String) { residents(first: 30, after: $after) { nodes { ...Every } pageInfo { endCursor } } } ${EVERY}`, {}, who);
  const rows = page.residents.nodes as { id: string }[];
  expect(rows.length).toBeGreaterThan(0);
  const byId = await post(`query N($ids: [ID!]!) { nodes(ids: $ids) { ...Every } } ${EVERY}`, { ids: rows.map((r) => r.id) }, who);
  expect(rows).toEqual(byId.nodes);
  // The next page continues where this one ended, with the same cursors as before.
  const next = await post(
    `query P($after: String) { residents(first: 30, after: $after) { nodes { id } } }`,
    { after: page.residents.pageInfo.endCursor },
    who,
  );
  expect(next.residents.nodes.map((r: { id: string }) => r.id)).not.toContain(rows[0]!.id);
});

test('the page reads the columns its selection needs, and joins households only when asked', async () => {
  const narrow = await residentSql(() => post('{ residents(first: 20) { nodes { id name } } }', {}, 'admin'));
  expect(narrow).toHaveLength(1);
  expect(narrow[0]).not.toMatch(/join "household"/);
  expect(narrow[0]).not.toMatch(/"phone_enc"|"id_number_enc"/);
  const wide = await residentSql(() => post('{ residents(first: 20) { nodes { phone household { number } } } }', {}, 'admin'));
  expect(wide).toHaveLength(1);
  expect(wide[0]).toMatch(/join "household" as j/);
  expect(wide[0]).toMatch(/e\."phone_enc"/);
  expect(wide[0]).not.toMatch(/e\."id_number_enc"|j\."tags"/);
});
