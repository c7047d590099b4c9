// `npm run bench`: seeds a realistic dataset, starts the real server in-process and measures each
// figure of design/quality.md against a baseline from the same run. Prints a table and writes
// bench/results.json. Never asserts: a missed bar is reported, the exit code stays 0.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openOrm, startWushe, type Wushe } from '../src/server/boot';
import { migrateUp } from '../src/db/migrator';
import { createRegistry } from '../src/plugins/loader';
import { acquireDatabase, type BenchDatabase } from './db';
import { seed, type Seeded } from './seed';
import { listThroughput, deepPage } from './list.bench';
import { fanout } from './fanout.bench';
import { startup } from './startup.bench';
import { pointsThroughput } from './points.bench';
import { dispatchBoard } from './dispatch.bench';
import { figure, printTable, Worker, type Figure } from './util';
import { serverNodeFlags } from '../scripts/node-flags';
import { gridHouseholdsPage } from './grid.bench';
import { generatePersonalDataKeys, parsePersonalDataKeys } from '../src/schema/personal-crypto';
import { DEMO, FIRST_PARTY } from '../src/modules';

const RESULTS = path.resolve(__dirname, '../../bench/results.json');
const BUDGET_MS = 15 * 60_000;
// `BENCH_ONLY=list,fanout npm run bench` runs only the named figures (keys below), for development.
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((k) => k.trim())
  .filter(Boolean);
const wanted = (key: string) => ONLY.length === 0 || ONLY.includes(key);

async function main(): Promise<void> {
  const began = Date.now();
  const load0 = os.loadavg()[0];
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const failed = (id: string, name: string, e: unknown) => {
    console.error(`  figure ${id} failed: ${(e as Error).stack ?? e}`);
    figures.push({
      ...figure({ id, name, value: null, unit: '', baseline: null, baselineName: '', bar: '—' }),
      pass: false,
      note: `ERROR: ${(e as Error).message}`,
    });
  };
  const step = (msg: string) => console.log(`[${((Date.now() - began) / 1000).toFixed(1)} s] ${msg}`);
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((e) => console.warn(`cleanup: ${(e as Error).message}`));
  };
  const watchdog = setTimeout(() => {
    console.error(`bench exceeded its ${BUDGET_MS / 60_000} min budget; cleaning up`);
    void cleanup().finally(() => process.exit(1));
  }, BUDGET_MS);
  watchdog.unref();

  let db: BenchDatabase | null = null;
  let wushe: Wushe | null = null;
  let seeded: Seeded | null = null;
  try {
    db = await acquireDatabase();
    cleanups.push(() => db!.release());
    step(`database: ${db.kind}`);
    const pii = generatePersonalDataKeys('bench');
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      WUSHE_JWT_SECRET: randomBytes(32).toString('hex'),
      WUSHE_PII_KEYS: pii.keys,
      WUSHE_PII_INDEX_KEY: pii.index,
      LOG_LEVEL: 'warn',
      // Production's request budgets guard a deployment against one client; the bench is one client
      // sending at full speed by design, so they would measure the budget, not the platform.
      WUSHE_RATE_LIMIT_ACCOUNT: '0',
      WUSHE_RATE_LIMIT_API_KEY: '0',
    });
    const orm = await openOrm(db.url, config, createRegistry(FIRST_PARTY, config.plugins));
    await migrateUp(orm);
    await orm.close(true);
    seeded = await seed(db.url, parsePersonalDataKeys(pii.keys, pii.index));
    step(
      `seeded ${seeded.totals.residents} residents, ${seeded.totals.households} households, ${seeded.communities.length} communities, ${seeded.totals.accounts} staff logins in ${seeded.seconds.toFixed(1)} s`,
    );
    wushe = await startWushe(config, pino({ level: config.logLevel }), { modules: FIRST_PARTY, demo: DEMO });
    cleanups.push(() => wushe!.stop());
    const worker = new Worker();
    cleanups.push(() => worker.stop());
    const url = `${wushe.url}/graphql`;
    const ctx = { url, databaseUrl: db.url, orm: wushe.app.orm, poolMax: config.dbPoolMax, seeded, worker, wushe, details };

    // With no traffic at all, how many statements does the server send? (outbox relay poll: 1/s by design)
    await new Promise((r) => setTimeout(r, 1_000));
    if (wanted('idle')) {
      const knex = wushe.app.orm.em.getConnection().getKnex();
      let idleStatements = 0;
      const count = () => void idleStatements++;
      knex.on('query', count);
      const cpu0 = process.cpuUsage();
      await new Promise((r) => setTimeout(r, 3_000));
      const idleCpu = process.cpuUsage(cpu0);
      knex.removeListener('query', count);
      figures.push(
        figure({
          id: '0',
          name: 'SQL statements per second with no traffic (idle server)',
          value: idleStatements / 3,
          unit: '/s',
          baseline: null,
          baselineName: '',
          bar: '—',
          note: `server process CPU while idle ${((idleCpu.user + idleCpu.system) / 3_000 / 10).toFixed(1)} % of a core; the outbox relay polls once per second by design (4 statements per poll): much more means a busy loop`,
        }),
      );
    }

    if (wanted('list')) {
      step('figure 1: list page throughput (3 interleaved rounds, ~70 s)');
      await listThroughput(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('1', 'list page throughput', e),
      );
      step('figure 2: deep keyset page, 10× vs 1×');
      await deepPage(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('2', 'deep page latency', e),
      );
    }
    if (wanted('fanout')) {
      step('figure 4: subscription fan-out to 1,000 and 5,000 clients (changes, dispatchBoard)');
      await fanout(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('4', 'subscription fan-out', e),
      );
    }
    // Module figures: one block per module bench file (bench/<module>.bench.ts), keyed by module.
    if (wanted('points')) {
      step('figure points: ledger mutations/s vs pgbench tpcb-like (~40 s)');
      await pointsThroughput(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('points', 'ledger throughput', e),
      );
    }
    if (wanted('grid')) {
      step("figure grid: a grid's households page (first and deep keyset page), 10× vs 1×");
      await gridHouseholdsPage(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('grid', 'grid households page', e),
      );
    }
    if (wanted('dispatch')) {
      step('figure d1: dispatch board on 100,000 requests vs a hand-written endpoint (3 interleaved rounds, ~80 s)');
      await dispatchBoard(ctx).then(
        (f) => figures.push(...f),
        (e) => failed('d1', 'dispatch board', e),
      );
    }
  } catch (e) {
    console.error(`bench setup failed: ${(e as Error).stack ?? e}`);
  } finally {
    step('stopping the server and releasing the database');
    await cleanup();
  }
  // Alone on the machine: nothing else of the bench is running now.
  if (wanted('startup')) step('figure 3: startup, embedded default (cold, then warm)');
  if (wanted('startup'))
    await startup(details).then(
      (f) => figures.push(...f),
      (e) => failed('3', 'startup', e),
    );

  figures.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const load = `load average ${load0.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`;
  console.log(
    `\nWushe bench — ${os.cpus().length} cores, Node ${process.version} ${process.execArgv.join(' ')}, ${((Date.now() - began) / 1000).toFixed(0)} s, ${load}`,
  );
  // The server runs in this process: with other flags than npm start's it is not the server as shipped.
  const shipped = serverNodeFlags(path.resolve(__dirname, '../..')).join(' ');
  if (process.execArgv.join(' ') !== shipped)
    console.log(`  WARNING: Node flags [${process.execArgv.join(' ')}], npm start's [${shipped}] (use npm run bench)`);
  if (load0 > os.cpus().length)
    console.log(
      `  WARNING: the machine was busy with other work (${load} on ${os.cpus().length} cores): wall-clock figures are inflated; CPU-per-request (1c) is the steadier view`,
    );
  printTable(figures);
  const results = {
    at: new Date().toISOString(),
    machine: {
      loadAvgStart: load0,
      loadAvgEnd: os.loadavg()[0],
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      nodeFlags: process.execArgv,
    },
    database: db?.kind,
    dataset: seeded && { totals: seeded.totals, communities: seeded.communities.map(({ name, residents, households }) => ({ name, residents, households })) },
    figures,
    details,
    seconds: (Date.now() - began) / 1000,
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nresults: ${path.relative(process.cwd(), RESULTS)}  (${figures.filter((f) => f.pass === false).length} missed, ${figures.filter((f) => f.pass).length} passed)`,
  );
  clearTimeout(watchdog);
  process.exit(0);
}

void main();
