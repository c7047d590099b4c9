// Figure 3: the server on the embedded default with a temp WUSHE_DATA_DIR: a cold first start
// (initdb + migrations + demo seed), then warm starts timed from spawn to /readyz 200 — through
// `npm start` as a user types it (its build step finds dist current), and `node <flags>
// dist/src/main.js serve` directly (npm start's Node flags, as the launchers use them), whose idle
// PSS (node + its postgres processes, from /proc; read 45 s after ready, with the 3-s reading in
// its note) is figure 3b.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverNodeFlags } from '../scripts/node-flags';
import { figure, freePort, nowMs, sleep, type Figure } from './util';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');
/** How long the server has been idle when its memory is read (figure 3b). */
const IDLE_MS = 45_000;

/** All processes below `root` (postmaster and its backends included), from /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** kB of a /proc field (VmRSS in status, Pss in smaps_rollup); 0 when unreadable. */
function procKb(pid: number, file: string, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`serve exited with ${child.exitCode}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await sleep(20);
  }
  throw new Error(`not ready within ${timeoutMs} ms`);
}

/** The server process: the child itself, or under `npm start` (npm → sh → node bin/start.js) its node descendant. */
function serverPid(child: ChildProcess): number {
  for (const pid of [child.pid!, ...descendants(child.pid!)]) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      // One argument each (not sh's `-c "node … bin/start.js"`).
      if ((args.includes('serve') && args.some((a) => a.endsWith('dist/src/main.js'))) || args.some((a) => /^(.*\/)?bin\/start\.js$/.test(a))) return pid;
    } catch {
      /* gone */
    }
  }
  return child.pid!;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode != null || child.signalCode != null) return;
  const tree = descendants(child.pid!);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(serverPid(child), 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    for (const pid of tree)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
  }
}

async function serveOnce(dataDir: string, timeoutMs: number, how: 'node' | 'npm start', measure: boolean) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(DATABASE_URL|WUSHE_|PORT$|HOST$|NODE_OPTIONS$)/.test(k)) env[k] = v;
  Object.assign(env, { NODE_ENV: 'production', WUSHE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  let stderr = '';
  const t0 = nowMs();
  const child =
    how === 'node'
      ? spawn(process.execPath, [...serverNodeFlags(ROOT), MAIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2_000)));
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, child, timeoutMs).catch((e) => {
      throw new Error(`${e.message}; stderr: ${stderr.trim().slice(-600)}`);
    });
    const readyMs = nowMs() - t0;
    if (!measure) return { readyMs, justStarted: null, idle: null };
    const memory = () => {
      const pg = descendants(child.pid!);
      const nodeKb = procKb(child.pid!, 'status', 'VmRSS');
      const rssKb = nodeKb + pg.reduce((s, p) => s + procKb(p, 'status', 'VmRSS'), 0);
      const pssKb = [child.pid!, ...pg].reduce((s, p) => s + procKb(p, 'smaps_rollup', 'Pss'), 0);
      return { rssMb: rssKb / 1024, pssMb: pssKb / 1024, nodeMb: nodeKb / 1024, pgProcs: pg.length };
    };
    await sleep(3_000);
    const justStarted = memory();
    // Idle: V8 keeps the heap start-up grew (its young generation above all) until its memory
    // reducer runs, 20–40 s into a quiet spell; what an idle server holds is measured after that.
    await sleep(IDLE_MS - 3_000);
    return { readyMs, justStarted, idle: memory() };
  } finally {
    await stop(child);
  }
}

export async function startup(details: Record<string, unknown>): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-bench-start-'));
  try {
    const cold = await serveOnce(dataDir, 120_000, 'node', false);
    const npmStart = await serveOnce(dataDir, 30_000, 'npm start', false);
    const warm = await serveOnce(dataDir, 30_000, 'node', true);
    details.startup = { coldMs: cold.readyMs, npmStartMs: npmStart.readyMs, ...warm };
    const idle = warm.idle!;
    const early = warm.justStarted!;
    return [
      figure({
        id: '3',
        name: 'warm start to /readyz through npm start, embedded default',
        value: npmStart.readyMs / 1000,
        unit: 's',
        baseline: null,
        baselineName: '',
        bar: '< 2 s',
        check: (v) => v < 2,
        note: `node ${serverNodeFlags(ROOT).join(' ')} dist/src/main.js serve ${(warm.readyMs / 1000).toFixed(2)} s; cold first start (initdb + migrate + demo seed) ${(cold.readyMs / 1000).toFixed(2)} s`,
      }),
      // PSS: PostgreSQL's processes share its buffers; summing RSS would count them once per process.
      figure({
        id: '3b',
        name: 'idle memory (PSS), server + postgres processes',
        value: idle.pssMb,
        unit: 'MB',
        baseline: null,
        baselineName: '',
        bar: '< 200 MB',
        check: (v) => v < 200,
        note:
          `${IDLE_MS / 1000} s after ready: node RSS ${idle.nodeMb.toFixed(1)} MB + ${idle.pgProcs} postgres processes; RSS summed naively ${idle.rssMb.toFixed(1)} MB; ` +
          `3 s after ready PSS ${early.pssMb.toFixed(0)} MB (node RSS ${early.nodeMb.toFixed(1)} MB)`,
      }),
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
