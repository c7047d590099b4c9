// Runs the compiled CLI (`dist/src/main.js`, built by `npm test`'s pretest) as real child
// processes: one-shot commands (migrate, seed) and long-running `serve` processes.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

export const MAIN = path.resolve(__dirname, '../../dist/src/main.js');

export function assertBuilt(): void {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm test does it in pretest)`);
}

const baseEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'test',
  ...env,
});

/** Runs a one-shot CLI command; rejects with its output when it fails or takes too long. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`wushe ${args.join(' ')} exited with ${code ?? signal}: ${out}`));
    });
  });
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  url: string;
  wsUrl: string;
  output(): string;
  /** SIGTERM, then the exit code (or the signal name); SIGKILL and reject after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<number | string>;
}

/** Starts `wushe serve` on a free port and resolves once its 'wushe ready' log line names the port. */
export function serve(env: Record<string, string>, timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: baseEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const proc = (port: number): ServeProcess => ({
    child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    output: () => out,
    async stop(ms = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`wushe serve did not exit within ${ms} ms after SIGTERM:\n${out}`));
        }, ms);
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`wushe serve not ready within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.stderr!.on('data', (d) => (out += d));
    child.stdout!.on('data', (d) => {
      out += d;
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const log = JSON.parse(line);
          if (log.msg === 'wushe ready' && typeof log.port === 'number') {
            clearTimeout(timer);
            resolve(proc(log.port));
            return;
          }
        } catch {
          /* a partial line: wait for the rest */
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`wushe serve exited (${code}) before it was ready:\n${out}`));
    });
  });
}
