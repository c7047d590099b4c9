// The database goes away while the server runs: requests fail cleanly with SERVICE_UNAVAILABLE
// (no crash, no stack), /readyz turns 503, and everything works again within 10 s of the
// database coming back — without restarting the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';
import { openOrm } from '../../src/server/boot';
import { migrateUp } from '../../src/db/migrator';
import { seedDemo } from '../../src/db/seed';
import { createRegistry } from '../../src/plugins/loader';
import { PresetCatalog } from '../../src/plugins/presets';
import { PRESETS_DIR } from '../../src/server/boot';
import { loadConfig } from '../../src/config';
import { DEMO, FIRST_PARTY } from '../../src/modules';

const Households = graphql(`
  query RelHouseholds {
    households(first: 5) {
      totalCount
    }
  }
`);

let dir: string;
let pg: EmbeddedPostgresHandle;
let s: TestServer;
let token: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-rel-'));
  pg = await startEmbeddedPostgres({ dataDir: dir });
  const registry = createRegistry(FIRST_PARTY);
  const orm = await openOrm(pg.url, loadConfig({ NODE_ENV: 'test' }), registry);
  await migrateUp(orm);
  await seedDemo(orm, registry, new PresetCatalog(registry, PRESETS_DIR), DEMO);
  await orm.close(true);
  s = await startTestServer({ databaseUrl: pg.url });
  token = await s.login('staff');
});

afterAll(async () => {
  await s?.stop();
  await pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a database restart: clean SERVICE_UNAVAILABLE while down, recovery within 10 s', async () => {
  expect((await s.gql(Households, {}, { token })).data!.households.totalCount).toBe(36);
  const port = pg.port;
  await pg.stop();

  const down = await s.gql(Households, {}, { token });
  expect(down.data ?? null).toBeNull();
  expect(down.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(down)).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
  const ready = await fetch(s.url.replace('/graphql', '/readyz'));
  expect(ready.status).toBe(503);

  pg = await startEmbeddedPostgres({ dataDir: dir, port });
  const back = Date.now();
  let total: number | null = null;
  while (total === null && Date.now() - back < 10_000) {
    const r = await s.gql(Households, {}, { token });
    total = r.data?.households.totalCount ?? null;
    if (total === null) await new Promise((res) => setTimeout(res, 200));
  }
  expect(total).toBe(36);
  expect((await fetch(s.url.replace('/graphql', '/readyz'))).status).toBe(200);
}, 60_000);
