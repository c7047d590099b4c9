// Runs the compiled CLI (`node dist/src/main.js …`) the way a user does: a child process with a
// clean environment (no DATABASE_URL, no NODE_ENV=test), its own data folder, output captured.
// Every child is tracked so a test file can kill whatever is left at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suiteLogFile } from './log-scan';

export const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');

export interface CliProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit; never rejects. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Waits until stdout+stderr match `re` (or the process exits / time runs out: then throws). */
  waitFor(re: RegExp, ms?: number): Promise<RegExpMatchArray>;
}

const children = new Set<ChildProcess>();
const dirs: string[] = [];

export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-cli-'));
  dirs.push(dir);
  return fs.realpathSync(dir);
}

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.tmpdir(), LANG: 'C.UTF-8', HOST: '127.0.0.1', PORT: '0' };
  for (const [k, v] of Object.entries(extra))
    if (v === undefined) delete env[k];
    else env[k] = v;
  return env;
}

/** `input`: written to the child's stdin, which is then closed (otherwise stdin is /dev/null). */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): CliProcess {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (input !== undefined) child.stdin!.end(input);
  children.add(child);
  let out = '';
  let err = '';
  let wake: (() => void) | null = null;
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    wake?.();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    wake?.();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    child.once('close', (code, signal) => {
      children.delete(child);
      const logFile = suiteLogFile('cli');
      if (logFile) fs.writeFileSync(logFile, `${out}\n${err}`); // scanned for personal data at the end of the run
      wake?.();
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(re, ms = 60_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const m = (out + err).match(re);
        if (m) return m;
        if (done || Date.now() > deadline) {
          throw new Error(`${done ? 'exited' : 'timed out'} before ${re}\n--- stdout\n${out.slice(-3000)}\n--- stderr\n${err.slice(-3000)}`);
        }
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 100).unref();
        });
      }
    },
  };
}

/** Runs a command to completion (bounded) and returns its exit and output. */
export async function runToEnd(args: string[], env: NodeJS.ProcessEnv, ms = 60_000, input?: string) {
  const p = runCli(args, env, input);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), ms);
  const exit = await p.exited;
  clearTimeout(timer);
  return { ...exit, stdout: p.stdout(), stderr: p.stderr() };
}

/** Starts `serve` and waits for the ready banner; returns the process and its base URL. */
export async function startServe(env: NodeJS.ProcessEnv, ms = 90_000): Promise<CliProcess & { base: string }> {
  const p = runCli(['serve'], env);
  const m = await p.waitFor(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/, ms);
  return Object.assign(p, { base: `http://127.0.0.1:${m[1]}` });
}

/** PostgreSQL processes whose command line names a folder inside `dataDir`. */
export function postgresFor(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (path.basename(argv[0] ?? '') === 'postgres' && argv.some((a) => a === dataDir || a.startsWith(`${dataDir}/`)) && isAlive(Number(entry)))
      pids.push(Number(entry));
  }
  // A freshly forked backend still shows the postmaster's argv for a moment: keep postmasters only.
  return pids.filter((pid) => !pids.includes(parentOf(pid)));
}

function parentOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/** Running and not a zombie (an orphan's exit may wait for PID 1 to reap it). */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Ends every child still running and the PostgreSQL servers they left, then removes the folders. */
export async function cleanupCli(): Promise<void> {
  for (const c of children) c.kill('SIGKILL');
  for (const dir of dirs) {
    for (const pid of postgresFor(dir)) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        /* gone */
      }
    }
  }
  const deadline = Date.now() + 10_000;
  while (dirs.some((d) => postgresFor(d).length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
