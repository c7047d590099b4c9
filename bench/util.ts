// Shared helpers for `npm run bench`: figures, percentiles, a tiny GraphQL client, free ports,
// the load worker (child process) and the results table.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector';
import net from 'node:net';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';

export interface Figure {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  baseline: number | null;
  baselineName: string;
  /** value / baseline (null when there is no baseline). */
  ratio: number | null;
  bar: string;
  /** null = informational row, no bar. */
  pass: boolean | null;
  note?: string;
}

export function figure(f: Omit<Figure, 'ratio' | 'pass'> & { check?: (value: number, ratio: number | null) => boolean }): Figure {
  const ratio = f.value != null && f.baseline ? f.value / f.baseline : null;
  const { check, ...rest } = f;
  const pass = check && f.value != null ? check(f.value, ratio) : null;
  return { ...rest, ratio, pass };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const median = (v: number[]) => percentile(v, 50);
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, rej) => (t = setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(t);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await withTimeout(fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }), 30_000, 'graphql request');
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error (${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

export async function login(url: string, loginName: string, password: string): Promise<string> {
  const data = await gql<any>(url, 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken userErrors { code } } }', {
    i: { login: loginName, password },
  });
  const token = data.authLogin?.accessToken;
  if (!token) throw new Error(`login ${loginName} failed: ${JSON.stringify(data.authLogin?.userErrors)}`);
  return token;
}

/** The load/client worker (bench/worker.ts) in its own process, so load generation never shares the server's event loop. */
export class Worker {
  private readonly child: ChildProcess;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();

  constructor() {
    this.child = fork(path.join(__dirname, 'worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: any) => {
      const w = this.waiting.get(m.seq);
      if (!w) return;
      this.waiting.delete(m.seq);
      if (m.error) w.reject(new Error(`worker: ${m.error}`));
      else w.resolve(m.result);
    });
    this.child.on('exit', () => {
      for (const w of this.waiting.values()) w.reject(new Error('worker exited'));
      this.waiting.clear();
    });
  }

  call<T = any>(cmd: string, args: Record<string, unknown>, timeoutMs: number): Promise<T> {
    const seq = ++this.seq;
    const p = new Promise<T>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    this.child.send({ seq, cmd, ...args });
    return withTimeout(p, timeoutMs, `worker ${cmd}`).finally(() => this.waiting.delete(seq));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode != null || this.child.signalCode != null) return;
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.send({ seq: 0, cmd: 'exit' });
    await withTimeout(exited, 10_000, 'worker exit').catch(() => this.child.kill('SIGKILL'));
  }
}

/** Waits until `busy()` has been false for three polls 100 ms apart (at most 30 s). */
export async function settle(busy: () => boolean): Promise<void> {
  for (let quiet = 0, i = 0; quiet < 3 && i < 300; i++) {
    quiet = busy() ? 0 : quiet + 1;
    await sleep(100);
  }
}

/** CPU ms used so far by each backend of this database, from /proc (local servers only; null otherwise). */
export async function dbCpu(orm: MikroORM): Promise<Map<number, number> | null> {
  const rows = await orm.em.getConnection().execute<{ pid: number }[]>('select pid from pg_stat_activity where datname = current_database()');
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) return null;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(f[11]) + Number(f[12])) * 1000) / 100); // utime + stime, USER_HZ = 100
    } catch {
      return null;
    }
  }
  return out;
}

export const cpuDelta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((s, [pid, ms]) => s + ms - (a.get(pid) ?? 0), 0);

const fmt = (n: number | null, unit = '') => {
  if (n == null || Number.isNaN(n)) return '—';
  const s = Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
  return unit ? `${s} ${unit}` : s;
};

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.id,
    f.name,
    fmt(f.value, f.unit),
    f.baseline == null ? '—' : `${fmt(f.baseline, f.unit)} (${f.baselineName})`,
    f.ratio == null ? '—' : `${f.ratio.toFixed(2)}×`,
    f.bar,
    f.pass == null ? 'info' : f.pass ? 'PASS' : 'MISS',
  ]);
  const head = ['#', 'figure', 'value', 'baseline (same run)', 'ratio', 'bar', 'verdict'];
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join(' │ ');
  console.log(`\n${line(head)}\n${cols.map((w) => '─'.repeat(w)).join('─┼─')}`);
  for (const r of rows) console.log(line(r));
  for (const f of figures) if (f.note) console.log(`  ${f.id}: ${f.note}`);
}

/** BENCH_PROFILE=<dir>: a CPU profile of this (the server's) process while `fn` runs, written to
 * <dir>/<label>.cpuprofile (open it in Chrome DevTools or speedscope); BENCH_PROFILE_HEAP=1 adds
 * <dir>/<label>.heapprofile, a sample of every allocation (collected ones too) to find what the
 * garbage collector is busy with. Without BENCH_PROFILE, just `fn()`. */
export async function profiled<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return fn();
  const s = new Session();
  s.connect();
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p, (e, r) => (e ? rej(e) : res(r))));
  const heap = process.env.BENCH_PROFILE_HEAP === '1';
  await post('Profiler.enable');
  // BENCH_PROFILE_US: the sampling interval (default 1000 µs; short events need finer, e.g. 100).
  if (process.env.BENCH_PROFILE_US) await post('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_PROFILE_US) });
  await post('Profiler.start');
  if (heap)
    await post('HeapProfiler.startSampling', { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  try {
    return await fn();
  } finally {
    const { profile } = await post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
    if (heap) fs.writeFileSync(path.join(dir, `${label}.heapprofile`), JSON.stringify((await post('HeapProfiler.stopSampling')).profile));
    s.disconnect();
  }
}
