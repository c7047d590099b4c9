// Self-check for src/db/embedded-postgres.ts (no jest):
//   npx tsx scripts/check-embedded.ts [baseDir]     (default baseDir: os.tmpdir())
// Fresh start, query, stop, warm restart, instance lock (in-process and
// cross-process), orphan recovery after SIGKILL, stale postmaster.pid.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, EmbeddedPostgresError, type EmbeddedPostgresHandle } from '../src/db/embedded-postgres';

const verbose = !!process.env.CHECK_VERBOSE;
const log = (m: string) => {
  if (verbose) process.stderr.write(`  | ${m}\n`);
};
let failures = 0;
function check(name: string, ok: boolean, detail = ''): void {
  if (!ok) failures++;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}\n`);
}
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, Math.round(performance.now() - t)];
}
async function query(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
let cluster = ''; // <dataDir>/pg, or the root fallback location recorded in instance.json
const postmasterPid = () => {
  try {
    return Number(fs.readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
};

/** Child mode: `hold` starts the DB and waits to be killed; `try` reports the error code of a start attempt. */
async function child(mode: string, dataDir: string): Promise<void> {
  try {
    const h = await startEmbeddedPostgres({ dataDir, log });
    process.stdout.write(`READY ${h.port}\n`);
    if (mode === 'hold') setInterval(() => undefined, 1 << 30);
    else await h.stop();
  } catch (e) {
    process.stdout.write(`ERROR ${e instanceof EmbeddedPostgresError ? e.code : 'OTHER'} ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}

function runChild(mode: string, dataDir: string): { proc: ChildProcess; line: Promise<string> } {
  // node --import tsx (not the tsx CLI) so SIGKILL hits the process that owns the postmaster.
  const proc = spawn(process.execPath, ['--import', 'tsx', __filename, '--child', mode, dataDir], {
    cwd: path.resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = new Promise<string>((resolve) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(READY|ERROR).*$/m.exec(out);
      if (m) resolve(m[0]);
    });
    proc.on('exit', () => resolve(out.trim() || 'EXITED'));
  });
  return { proc, line };
}

async function main(): Promise<void> {
  const base = path.resolve(process.argv[2] ?? os.tmpdir());
  fs.mkdirSync(base, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(base, 'wushe-embedded-check-'));
  process.stdout.write(`data dir: ${dataDir} (uid ${process.getuid?.()})\n`);
  let h: EmbeddedPostgresHandle | undefined;
  try {
    // 1. fresh start (initdb) + query
    let ms: number;
    [h, ms] = await timed(() => startEmbeddedPostgres({ dataDir, log }));
    check('fresh start', /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/wushe$/.test(h.url), `${ms} ms, ${h.url}`);
    const [v] = await query(h.url, "select version() as v, current_database() as db, current_setting('server_encoding') as enc");
    check('select version()', String(v.v).startsWith('PostgreSQL 18') && v.db === 'wushe' && v.enc === 'UTF8', String(v.v).slice(0, 40));
    const rows = await query(h.url, 'select x from unnest($1::text[]) x order by x', [['社区', '五社联动', 'abc']]);
    check('UTF-8 Chinese text round-trip', rows.map((r) => r.x).join(',') === 'abc,五社联动,社区');
    const inst = JSON.parse(fs.readFileSync(path.join(dataDir, 'instance.json'), 'utf8'));
    cluster = inst.clusterDir;
    check('instance.json written', inst.pid === process.pid && inst.port === h.port, `cluster ${cluster}`);
    check('no unix socket in cluster', postmasterPid() > 0 && !fs.readdirSync(cluster).some((f) => f.startsWith('.s.PGSQL')));
    await query(h.url, 'create table keep_me(t text)');
    await query(h.url, 'insert into keep_me values ($1)', ['持久']);

    // 2. stop (idempotent)
    [, ms] = await timed(() => h!.stop());
    await h.stop();
    check('stop + idempotent stop', !fs.existsSync(path.join(dataDir, 'instance.json')) && !postmasterPid(), `${ms} ms`);

    // 3. warm restart keeps data
    [h, ms] = await timed(() => startEmbeddedPostgres({ dataDir, log }));
    check('warm restart < 1500 ms', ms < 1500, `${ms} ms`);
    const kept = await query(h.url, 'select t from keep_me');
    check('data persisted across restart', kept[0]?.t === '持久');

    // 4. second instance on the same folder while running
    const err = await startEmbeddedPostgres({ dataDir, log }).then(
      () => undefined,
      (e: unknown) => e,
    );
    check('in-process second start refused', err instanceof EmbeddedPostgresError && err.code === 'DATA_DIR_LOCKED', (err as Error)?.message);
    const other = runChild('try', dataDir);
    const otherLine = await other.line;
    check('cross-process second start refused', otherLine.startsWith('ERROR DATA_DIR_LOCKED'), otherLine);
    await h.stop();

    // 5. orphan: a child starts the DB and is SIGKILLed; its postmaster survives
    const holder = runChild('hold', dataDir);
    const ready = await holder.line;
    const orphan = postmasterPid();
    holder.proc.kill('SIGKILL');
    await new Promise((r) => holder.proc.once('exit', r));
    check('orphan postmaster alive after SIGKILL of owner', ready.startsWith('READY') && alive(orphan), `${ready}, postmaster pid ${orphan}`);
    [h, ms] = await timed(() => startEmbeddedPostgres({ dataDir, log }));
    const [one] = await query(h.url, 'select count(*)::int as n from keep_me');
    check('recovered from orphan', !alive(orphan) && postmasterPid() !== orphan && one.n === 1, `${ms} ms`);
    await h.stop();

    // 6. stale postmaster.pid: dead pid, then a pid recycled by an unrelated live process
    const dead = spawn('true');
    await new Promise((r) => dead.once('exit', r));
    const sleeper = spawn('sleep', ['30']);
    for (const [what, pid] of [
      ['dead', dead.pid],
      ['recycled', sleeper.pid],
    ] as const) {
      fs.writeFileSync(path.join(cluster, 'postmaster.pid'), `${pid}\n${cluster}\n0\n0\n\n\n\n`);
      [h, ms] = await timed(() => startEmbeddedPostgres({ dataDir, log }));
      check(`stale postmaster.pid (${what} pid) ignored`, (await query(h.url, 'select 1 as x'))[0].x === 1, `${ms} ms`);
      await h.stop();
    }
    check('unrelated process untouched', sleeper.exitCode === null && sleeper.signalCode === null);
    sleeper.kill();
    h = undefined;
  } catch (e) {
    check('unexpected error', false, (e as Error).stack ?? String(e));
  } finally {
    await h?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (cluster.startsWith('/var/lib/wushe/clusters/')) fs.rmSync(path.dirname(cluster), { recursive: true, force: true });
  }
  process.stdout.write(failures ? `${failures} check(s) FAILED\n` : 'ALL PASS\n');
  process.exitCode = failures ? 1 : 0;
}

const i = process.argv.indexOf('--child');
if (i > 0) void child(process.argv[i + 1], process.argv[i + 2]);
else void main();
