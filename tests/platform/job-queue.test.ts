// The job queue (graphile-worker): a module's job is a cron schedule run once per schedule across
// replicas (two real `wushe serve` processes on one database), a failing run is retried with
// growing delays and never reaches the server, and a per-community job runs only where its module
// is enabled.
import { graphql } from '../gql';
import { defineModule } from '../../src/plugins/module-contract';
import { startTestServer, TEST_SECRET, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';
import { ok } from '../harness/payload';
import { fromGlobalId } from '../../src/schema/global-id';
import { waitUntil } from '../harness/proc-events';
import { createTestDatabase } from '../harness/database';
import { assertBuilt, runCli, serve, type ServeProcess } from '../harness/proc-spawn';

const ModuleConfigure = graphql(`
  mutation JobQueueModuleConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const flakyRuns: number[] = [];
const tallied: string[] = [];

const probe = defineModule({
  key: 'probe',
  name: { 'zh-CN': '探针', en: 'Probe' },
  version: '1.0.0',
  coreRange: '*',
  entities: [],
  resolvers: [],
  permissions: {},
  roleDefaults: {},
  migrations: [],
  jobs: [
    {
      name: 'flaky',
      everyMs: 24 * 3600_000,
      run: async () => {
        flakyRuns.push(Date.now());
        if (flakyRuns.length < 3) throw new Error(`probe failure ${flakyRuns.length}`);
      },
    },
    { name: 'tally', everyMs: 24 * 3600_000, perCommunity: true, run: async ({ communityId }) => void tallied.push(communityId!) },
  ],
});

describe('in one server', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ demo: true, modules: [probe], config: { backgroundJobs: true, jobsPollMs: 100 } });
  });
  afterAll(() => s?.stop());

  test('a failing job is retried by the queue with growing delays, and the server keeps serving', async () => {
    await s.wushe.jobs.trigger('probe.flaky');
    await waitUntil('third attempt', async () => flakyRuns.length >= 3, 30_000, 100);
    const [a, b, c] = flakyRuns as [number, number, number];
    // graphile-worker's backoff: exp(attempt) seconds (≈2.7 s, then ≈7.4 s).
    expect(b - a).toBeGreaterThan(2000);
    expect(c - b).toBeGreaterThan(b - a);
    const live = await s.post({ query: '{ __typename }' });
    expect(live.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(flakyRuns).toHaveLength(3); // succeeded: not run again
  }, 60_000);

  test('a per-community job runs only in the communities that enabled its module', async () => {
    const a = await createCommunity(s, { name: '甲社区' });
    const b = await createCommunity(s, { name: '乙社区' });
    ok((await s.gql(ModuleConfigure, { input: { moduleKey: 'probe', enabled: true } }, a.admin)).data?.communityModuleConfigure);
    ok((await s.gql(ModuleConfigure, { input: { moduleKey: 'probe', enabled: false } }, b.admin)).data?.communityModuleConfigure);
    const [idA, idB] = [fromGlobalId(a.communityId, 'Community'), fromGlobalId(b.communityId, 'Community')];
    await s.wushe.jobs.trigger('probe.tally');
    await waitUntil('tally ran in A', async () => tallied.includes(idA), 10_000, 100);
    await new Promise((r) => setTimeout(r, 1000)); // every fan-out job has had its chance
    expect(tallied.filter((c) => c === idA)).toHaveLength(1);
    expect(tallied).not.toContain(idB);
  });
});

describe('two server processes', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const procs: ServeProcess[] = [];
  let bothUp = 0;
  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' };
    await runCli(['migrate', 'up'], env);
    await runCli(['seed', '--demo'], env);
    const serveEnv = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET, WUSHE_DEMO: 'off', WUSHE_JOBS_POLL_MS: '200' };
    procs.push(...(await Promise.all([serve(serveEnv), serve(serveEnv)])));
    bothUp = Date.now();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop().catch(() => undefined)));
    await db?.drop();
  });

  test('a cron job (dispatch.sweep, every minute) runs once per schedule, not once per process', async () => {
    const runs = () =>
      procs.flatMap((p, i) =>
        p
          .output()
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { msg: string; job?: string; at?: string })
          .filter((l) => l.msg === 'job done' && l.job === 'cron:dispatch.sweep')
          .map((l) => ({ proc: i, at: l.at! })),
      );
    // The first schedule after both were up: each process's worker sees it; one runs it.
    const shared = () => runs().filter((r) => Date.parse(r.at) >= bothUp);
    await waitUntil('a sweep schedule after both were up', async () => shared().length > 0, 70_000, 500);
    await new Promise((r) => setTimeout(r, 3000)); // the other process's chance to run it too
    expect(shared().filter((r) => r.at === shared()[0]!.at)).toHaveLength(1);
    const byAt = new Map<string, number>();
    for (const r of runs()) byAt.set(r.at, (byAt.get(r.at) ?? 0) + 1);
    for (const [, n] of byAt) expect(n).toBe(1);
  }, 120_000);
});
