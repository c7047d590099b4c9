// The real CLI as a user runs it: `node dist/src/main.js …` in child processes, each on its own
// temporary data folder with no DATABASE_URL, so the embedded PostgreSQL is used. Start, demo,
// login, lock against a second instance, SIGTERM, SIGKILL recovery, clear one-line failures, and
// the maintenance commands.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { cleanupCli, cliEnv, isAlive, postgresFor, runCli, runToEnd, startServe, tempDataDir } from '../harness/cli-process';
import { createTestDatabase } from '../harness/database';

jest.setTimeout(120_000);
afterAll(cleanupCli, 30_000);

const LifeLogin = graphql(`
  mutation LifeLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
const LifeCommunity = graphql(`
  query LifeCommunity {
    community {
      name
    }
  }
`);
const LifeCommunities = graphql(`
  query LifeCommunities {
    communities {
      name
    }
  }
`);
const LifeResidentCreate = graphql(`
  mutation LifeResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const LifeResidents = graphql(`
  query LifeResidents($search: String) {
    residents(first: 10, search: $search) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

async function gql<R, V>(base: string, doc: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
const login = async (base: string, who: string) => (await gql(base, LifeLogin, { input: { login: who, password: 'wushe-demo' } })).authLogin.accessToken!;

/** One clear line on stderr, no stack trace anywhere. */
function expectOneLine(out: { stdout: string; stderr: string }, re: RegExp) {
  const lines = out.stderr.split('\n').filter((l) => l.trim());
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(re);
  expect(out.stdout + out.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('serve on one data folder, as a user would', () => {
  const dir = tempDataDir();
  const env = cliEnv({ WUSHE_DATA_DIR: dir });
  const instance = path.join(dir, 'instance.json');

  test('first start loads the demo, prints the login hint and serves it', async () => {
    const p = await startServe(env);
    // The banner is for a human: on stderr, so stdout stays the JSON log.
    expect(p.stderr()).toMatch(/金秋社区/);
    expect(p.stderr()).toMatch(/admin/);
    expect(p.stderr()).toMatch(/wushe-demo/);
    expect(p.stderr()).toMatch(/GraphiQL\s+http:\/\/localhost:\d+\/graphiql/);
    expect(p.stdout()).not.toMatch(/金秋社区/);
    expect((await fetch(`${p.base}/livez`)).status).toBe(200);
    expect((await fetch(`${p.base}/readyz`)).status).toBe(200);
    const token = await login(p.base, 'admin');
    expect((await gql(p.base, LifeCommunity, {}, token)).community.name).toBe('金秋社区');
    const r = await gql(p.base, LifeResidentCreate, { input: { name: '生命周期测试' } }, token);
    expect(r.residentCreate.userErrors).toEqual([]);

    // A second instance on the same folder is refused with one line, and the first is unharmed.
    const second = await runToEnd(['serve'], env, 30_000);
    expect(second.code).toBe(1);
    expectOneLine(second, new RegExp(`data folder ${dir} is in use by another running Wushe process \\(pid ${p.pid}\\)`));
    expect(JSON.parse(fs.readFileSync(instance, 'utf8')).pid).toBe(p.pid);
    expect((await fetch(`${p.base}/readyz`)).status).toBe(200);

    // SIGTERM: drain, stop the embedded database, exit 0 within 15 s.
    const postmaster = postgresFor(dir);
    expect(postmaster).toHaveLength(1);
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(isAlive(postmaster[0]!)).toBe(false);
    expect(postgresFor(dir)).toEqual([]);
    expect(fs.existsSync(instance)).toBe(false);
  });

  test('a restart keeps the data and does not load the demo twice', async () => {
    const p = await startServe(env);
    const token = await login(p.base, 'admin');
    const found = await gql(p.base, LifeResidents, { search: '生命周期' }, token);
    expect(found.residents.edges.map((e) => e.node.name)).toEqual(['生命周期测试']);
    const platform = await login(p.base, 'platform');
    const names = (await gql(p.base, LifeCommunities, {}, platform)).communities.map((c) => c.name);
    expect(names.filter((n) => n === '金秋社区')).toHaveLength(1);
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    expect((await p.exited).code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(postgresFor(dir)).toEqual([]);
  });

  test('after a SIGKILL the next start stops the orphaned PostgreSQL and keeps the data', async () => {
    const first = await startServe(env);
    const orphan = postgresFor(dir);
    expect(orphan).toHaveLength(1);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(isAlive(orphan[0]!)).toBe(true); // PostgreSQL runs on, owned by nobody
    expect(fs.existsSync(instance)).toBe(true);

    const next = await startServe(env);
    expect(isAlive(orphan[0]!)).toBe(false);
    expect(postgresFor(dir)).toHaveLength(1);
    const token = await login(next.base, 'admin');
    const found = await gql(next.base, LifeResidents, { search: '生命周期' }, token);
    expect(found.residents.edges).toHaveLength(1);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
    expect(postgresFor(dir)).toEqual([]);
  });

  test('a port in use: exit 1 with one line naming the port, and PostgreSQL stopped again', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const out = await runToEnd(['serve'], { ...env, PORT: String(port) });
      expect(out.code).toBe(1);
      expectOneLine(out, new RegExp(`port ${port} is in use`));
    } finally {
      blocker.close();
    }
    expect(postgresFor(dir)).toEqual([]);
    expect(fs.existsSync(instance)).toBe(false);
  });

  test('SIGTERM during startup still stops the embedded database and exits 0', async () => {
    const fresh = tempDataDir();
    const p = runCli(['serve'], cliEnv({ WUSHE_DATA_DIR: fresh, LOG_LEVEL: 'debug' }));
    await p.waitFor(/embedded postgres/); // initdb or PostgreSQL start under way
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(postgresFor(fresh)).toEqual([]);
    expect(fs.existsSync(path.join(fresh, 'instance.json'))).toBe(false);
  });
});

describe('clear one-line failures', () => {
  test('an unreachable DATABASE_URL', async () => {
    const out = await runToEnd(['serve'], cliEnv({ WUSHE_DATA_DIR: tempDataDir(), DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' }), 30_000);
    expect(out.code).toBe(1);
    expectOneLine(out, /cannot reach the database at 127\.0\.0\.1:1\/x/);
  });

  test('bad configuration', async () => {
    const out = await runToEnd(['serve'], cliEnv({ WUSHE_DATA_DIR: tempDataDir(), PORT: 'abc' }), 30_000);
    expect(out.code).toBe(1);
    expectOneLine(out, /bad configuration: PORT/);
  });

  test('an unknown command', async () => {
    const out = await runToEnd(['frobnicate'], cliEnv({ WUSHE_DATA_DIR: tempDataDir() }), 30_000);
    expect(out.code).toBe(1);
    expectOneLine(out, /unknown command "frobnicate"/);
  });
});

describe('maintenance commands on a fresh data folder', () => {
  const dir = tempDataDir();
  const env = cliEnv({ WUSHE_DATA_DIR: dir });

  test('migrate up, migrate status, seed --demo twice, schema --check', async () => {
    const up = await runToEnd(['migrate', 'up'], env);
    expect(up).toMatchObject({ code: 0 });
    expect(up.stdout).toMatch(/applied: .*core_init/);
    const status = await runToEnd(['migrate', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/core_init/);
    const seed1 = await runToEnd(['seed', '--demo'], env);
    expect(seed1).toMatchObject({ code: 0 });
    expect(seed1.stdout).toMatch(/demo community created/);
    const seed2 = await runToEnd(['seed', '--demo'], env);
    expect(seed2).toMatchObject({ code: 0 });
    expect(seed2.stdout).toMatch(/demo community already present/);
    const check = await runToEnd(['schema', '--check'], env);
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
    // Each command stopped its embedded PostgreSQL.
    expect(postgresFor(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'instance.json'))).toBe(false);
  });
});

describe('seed before any migration', () => {
  test('seed --demo on a fresh embedded data folder migrates first, without a stack trace', async () => {
    const dir = tempDataDir();
    const env = cliEnv({ WUSHE_DATA_DIR: dir });
    const seed = await runToEnd(['seed', '--demo'], env);
    expect({ code: seed.code, stderr: seed.stderr }).toEqual({ code: 0, stderr: '' });
    expect(seed.stdout).toMatch(/demo community created/);
    expect(seed.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const up = await runToEnd(['migrate', 'up'], env);
    expect(up).toMatchObject({ code: 0 });
    expect(up.stdout).toMatch(/nothing to apply/);
    expect(postgresFor(dir)).toEqual([]);
  });

  test('seed --demo on an unmigrated DATABASE_URL is refused with one line naming the remedy', async () => {
    const db = await createTestDatabase();
    try {
      const out = await runToEnd(['seed', '--demo'], cliEnv({ WUSHE_DATA_DIR: tempDataDir(), DATABASE_URL: db.url }), 30_000);
      expect(out.code).toBe(1);
      expectOneLine(out, /pending migrations .*run `npx wushe migrate up` first/);
    } finally {
      await db.drop();
    }
  });
});
