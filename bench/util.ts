// Shared helpers for `npm run bench`: figures, percentiles, a tiny GraphQL client, free ports,
// the load worker (child process) and the results table.
import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

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
  const data = await gql<any>(url, 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken userErrors { code } } }', { i: { login: loginName, password } });
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
