// Process-level helpers for embedded PostgreSQL: the instance lock on the data
// folder, recovery of a postmaster orphaned by a crashed (e.g. SIGKILLed) Wushe
// process, and the OS user PostgreSQL runs as when we are root.
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type EmbeddedPostgresErrorCode = 'DATA_DIR_LOCKED' | 'START_FAILED' | 'INIT_FAILED' | 'BINARIES_MISSING' | 'PERMISSION_DENIED';

export class EmbeddedPostgresError extends Error {
  readonly code: EmbeddedPostgresErrorCode;
  constructor(code: EmbeddedPostgresErrorCode, message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
    this.code = code;
  }
}

const OS_USER = 'postgres'; // used only when we run as root
export interface Ids {
  uid: number;
  gid: number;
  name: string;
}

function userIds(name: string): Ids | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return { uid: id('-u'), gid: id('-g'), name };
  } catch {
    return undefined;
  }
}

/** PostgreSQL refuses to run as root: pick the cluster owner, else the postgres OS user (created if missing). */
export function runAsIds(cluster: string): Ids {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(cluster);
  } catch {
    /* absent */
  }
  if (st && st.uid !== 0) {
    let name = `uid ${st.uid}`;
    try {
      name = execFileSync('id', ['-nu', String(st.uid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      /* unnamed uid */
    }
    return { uid: st.uid, gid: st.gid, name };
  }
  const existing = userIds(OS_USER);
  if (existing) return existing;
  for (const args of [['-U'], ['-g', OS_USER]]) {
    try {
      execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', ...args, OS_USER], { stdio: 'ignore' });
      break;
    } catch {
      /* try next variant */
    }
  }
  const created = userIds(OS_USER);
  if (!created)
    throw new EmbeddedPostgresError(
      'PERMISSION_DENIED',
      `以 root 运行时需要系统用户 ${OS_USER},创建失败 / running as root needs an OS user '${OS_USER}' and useradd failed; create it or run Wushe as a normal user`,
    );
  return created;
}

/** First folder on the way to `target` the user cannot enter (tested as that user), or undefined. */
export function firstBlocked(target: string, ids: Ids): string | undefined {
  const dirs: string[] = [];
  for (let p = target; ; p = path.dirname(p)) {
    dirs.unshift(p);
    if (p === path.dirname(p)) break;
  }
  const r = spawnSync('/bin/sh', ['-c', 'for d do [ -x "$d" ] || { printf %s "$d"; exit 1; }; done', 'sh', ...dirs], {
    uid: ids.uid,
    gid: ids.gid,
    cwd: '/',
    encoding: 'utf8',
  });
  return r.status === 0 ? undefined : r.stdout || target;
}

export interface InstanceInfo {
  pid: number;
  port: number;
  startedAt: string;
  /** /proc start time of `pid`, so a recycled pid is not mistaken for the owner. */
  procStart?: string;
  clusterDir?: string;
}

function procStat(pid: number): string[] | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm (field 2) may contain spaces: split after its closing paren.
    return raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

export function procStartTime(pid: number): string | undefined {
  return procStat(pid)?.[19]; // field 22 (starttime); index 19 after pid+comm
}

/** True if the process exists and is not a zombie (zombies of un-reaped orphans linger). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

export function readInstance(file: string): InstanceInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

function ownerAlive(info: InstanceInfo): boolean {
  if (info.pid === process.pid || !isAlive(info.pid)) return false;
  const start = procStartTime(info.pid);
  return !info.procStart || !start || start === info.procStart;
}

/**
 * Atomically create instance.json (O_EXCL). A file left by a dead owner is
 * replaced; a live foreign owner is returned so the caller can refuse.
 */
export function claimInstance(file: string, info: InstanceInfo): { owner?: InstanceInfo } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info, null, 2) + '\n', { flag: 'wx', mode: 0o644 });
      return {};
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const raw = fs.readFileSync(file, 'utf8');
    const cur = readInstance(file);
    if (cur && ownerAlive(cur)) return { owner: cur };
    // Stale: unlink only if nobody replaced it meanwhile (narrows the race between two starters).
    if (fs.readFileSync(file, 'utf8') === raw) fs.rmSync(file, { force: true });
  }
  return { owner: readInstance(file) ?? { pid: 0, port: 0, startedAt: '' } };
}

export function updateInstance(file: string, info: InstanceInfo): void {
  fs.writeFileSync(file, JSON.stringify(info, null, 2) + '\n', { mode: 0o644 });
}

/** Remove instance.json only if it is still ours. */
export function releaseInstance(file: string, info: InstanceInfo): void {
  const cur = readInstance(file);
  if (cur && cur.pid === info.pid && cur.startedAt === info.startedAt) fs.rmSync(file, { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitDead(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

/**
 * Called once we own instance.json: any live postmaster on our cluster is an
 * orphan of a dead Wushe process. Fast-shutdown it; drop a stale postmaster.pid.
 */
export async function stopOrphanPostmaster(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  } catch {
    return; // no lock file: nothing running
  }
  // Dead pid: postgres itself treats the file as stale (and keeps its shared-memory interlock).
  if (!isAlive(pid)) return;
  if (!isOurPostmaster(pid, clusterDir)) {
    // Recycled pid: postgres would refuse to start, believing another postmaster runs.
    log(`removing stale ${pidFile} (pid ${pid} is not a running postmaster)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`stopping orphaned PostgreSQL (pid ${pid}) left by a Wushe process that died`);
  process.kill(pid, 'SIGINT'); // fast shutdown: abort sessions, checkpoint, exit
  if (await waitDead(pid, 15000)) return;
  log(`orphaned PostgreSQL (pid ${pid}) ignored fast shutdown; sending SIGQUIT`);
  process.kill(pid, 'SIGQUIT');
  if (!(await waitDead(pid, 5000))) throw new Error(`could not stop orphaned PostgreSQL pid ${pid} on ${clusterDir}`);
  fs.rmSync(pidFile, { force: true });
}

function isOurPostmaster(pid: number, clusterDir: string): boolean {
  try {
    if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return false;
  } catch {
    return true; // no /proc (non-Linux): trust kill(0)
  }
  try {
    // The postmaster chdir()s into its data directory.
    return fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(clusterDir);
  } catch {
    return true; // cwd not readable: comm matched, assume ours
  }
}
