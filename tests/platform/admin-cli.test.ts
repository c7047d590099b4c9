// Issue 15 item 4: a production install's first administrator comes from `wushe admin create`,
// run as a real process against a real database: a platform admin (password on stdin), a
// community admin (password in a file), an operator's reset that forces a change at the next
// sign-in; `seed --demo` refuses with NODE_ENV=production. The password is never echoed or
// printed (every run's output is checked here, and kept for the run's log scan), never accepted
// on the command line, and a prompt without a terminal is refused rather than read blindly.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../harness/database';
import { cleanupCli, cliEnv, runToEnd } from '../harness/cli-process';
import { startTestServer, type TestServer } from '../harness/server';
import { generatePersonalDataKeys } from '../../src/schema/personal-crypto';

const ROOT_PASS = 'Root-pass-2026-天台';
const COMMUNITY_PASS = 'Community-pass-2026';
const RESET_PASS = 'Reset-by-operator-2026';
let db: { url: string; drop(): Promise<void> };
let env: NodeJS.ProcessEnv;
const outputs: string[] = [];
const keys = generatePersonalDataKeys();

async function cli(args: string[], input?: string) {
  const r = await runToEnd(args, env, 90_000, input);
  outputs.push(r.stdout + r.stderr);
  return r;
}
async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  env = cliEnv({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    WUSHE_JWT_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
    WUSHE_PII_KEYS: keys.keys,
    WUSHE_PII_INDEX_KEY: keys.index,
    LOG_LEVEL: 'debug',
  });
  const migrated = await cli(['migrate']);
  expect(migrated.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await cleanupCli();
  await db?.drop();
});

test('seed --demo refuses in production without --allow-production, and writes nothing', async () => {
  const r = await cli(['seed', '--demo']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/refusing to seed demo data with NODE_ENV=production/);
  expect(r.stderr).toMatch(/wushe admin create/);
  expect(await sql('select 1 from account')).toEqual([]);
  expect((await cli(['seed', '--demo', '--preset'])).code).toBe(1); // usage errors still come first or alike
});

test('admin create: a platform admin from stdin, then a community admin from a file; the password shows nowhere', async () => {
  const created = await cli(['admin', 'create', '--login', 'Root.Admin', '--platform', '--password-stdin'], `${ROOT_PASS}\n`);
  expect([created.code, created.stdout]).toEqual([0, expect.stringMatching(/platform admin created: root\.admin/)]);
  const [row] = await sql<{ platform_admin: boolean; password_hash: string }>(`select platform_admin, password_hash from account where login = 'root.admin'`);
  expect(row!.platform_admin).toBe(true);
  expect(row!.password_hash).toMatch(/^\$argon2id\$/);

  // Twice: refused, nothing changed.
  const again = await cli(['admin', 'create', '--login', 'root.admin', '--platform', '--password-stdin'], 'Another-pass-2026\n');
  expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/exists already/)]);
  expect((await sql<{ password_hash: string }>(`select password_hash from account where login = 'root.admin'`))[0]!.password_hash).toBe(row!.password_hash);

  // The platform admin signs in over GraphQL and creates the first community.
  const s: TestServer = await startTestServer({ databaseUrl: db.url });
  try {
    const root = await s.login('root.admin', ROOT_PASS);
    const c = (await (
      await s.post(
        {
          query: 'mutation($i: CommunityCreateInput!) { communityCreate(input: $i) { community { id } userErrors { code } } }',
          variables: { i: { name: '首个社区', regionCode: '529999000002' } },
        },
        { authorization: `Bearer ${root}` },
      )
    ).json()) as any;
    const communityId: string = c.data.communityCreate.community.id;

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-pw-')), 'password');
    fs.writeFileSync(file, `${COMMUNITY_PASS}\n`, { mode: 0o600 });
    const byName = await cli(['admin', 'create', '--login', 'first.admin', '--name', '社区管理员甲', '--community', '首个社区', '--password-file', file]);
    expect([byName.code, byName.stdout]).toEqual([0, expect.stringMatching(/community admin created: first\.admin \(首个社区\)/)]);
    const byId = await cli(['admin', 'create', '--login', 'second.admin', '--community', communityId, '--password-file', file]);
    expect(byId.code).toBe(0);

    const me = (await (
      await s.post(
        { query: '{ me { login platformAdmin activeCommunity { id } memberships { roles } } }' },
        { authorization: `Bearer ${await s.login('first.admin', COMMUNITY_PASS)}` },
      )
    ).json()) as any;
    expect(me.data.me).toEqual({
      login: 'first.admin',
      platformAdmin: false,
      activeCommunity: { id: communityId },
      memberships: [{ roles: ['COMMUNITY_ADMIN'] }],
    });

    // The operator's reset (a lost password): every session ends, and the next sign-in must change it.
    const reset = await cli(['admin', 'password', '--login', 'first.admin', '--must-change', '--password-stdin'], RESET_PASS);
    expect([reset.code, reset.stdout]).toEqual([0, expect.stringMatching(/password set for first\.admin .*to be changed at the next sign-in/)]);
    const login = (await (
      await s.post({
        query: 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { state userErrors { code } } }',
        variables: { i: { login: 'first.admin', password: RESET_PASS } },
      })
    ).json()) as any;
    expect(login.data.authLogin).toEqual({ state: 'PASSWORD_CHANGE_REQUIRED', userErrors: [] });
  } finally {
    await s.stop();
  }
}, 180_000);

test('refused: a password on the command line, a short one, two sources, no source without a terminal, an unknown community', async () => {
  const onArgv = await cli(['admin', 'create', '--login', 'x.admin', '--platform', '--password', 'Argv-pass-2026']);
  expect([onArgv.code, onArgv.stderr]).toEqual([1, expect.stringMatching(/--password is not accepted/)]);
  const short = await cli(['admin', 'create', '--login', 'x.admin', '--platform', '--password-stdin'], 'short\n');
  expect([short.code, short.stderr]).toEqual([1, expect.stringMatching(/at least 8 characters/)]);
  const noTty = await cli(['admin', 'create', '--login', 'x.admin', '--platform']);
  expect([noTty.code, noTty.stderr]).toEqual([1, expect.stringMatching(/no terminal to ask for the password/)]);
  const both = await cli(['admin', 'create', '--login', 'x.admin', '--platform', '--password-stdin', '--password-file', '/dev/null']);
  expect(both.code).toBe(1);
  const nowhere = await cli(['admin', 'create', '--login', 'x.admin', '--community', '没有这个社区', '--password-stdin'], 'Nowhere-pass-2026');
  expect([nowhere.code, nowhere.stderr]).toEqual([1, expect.stringMatching(/no community/)]);
  expect(await sql(`select 1 from account where login = 'x.admin'`)).toEqual([]);
}, 120_000);

test('a prompt on a terminal does not echo the password', async () => {
  // `script` gives the CLI a pseudo-terminal; the typed characters come back masked.
  const cmd = `${process.execPath} dist/src/main.js admin create --login tty.admin --platform`;
  const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: path.resolve(__dirname, '../..'), env, stdio: ['pipe', 'pipe', 'pipe'] });
  // Listened for from the start: the CLI may be gone before the last output is noticed.
  const closed = new Promise((r) => child.once('close', r));
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  const waitFor = async (re: RegExp) => {
    for (let i = 0; i < 300 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(re);
  };
  await waitFor(/password:/);
  child.stdin.write('Tty-pass-2026-abc\r');
  await waitFor(/again:/);
  child.stdin.write('Tty-pass-2026-abc\r');
  await waitFor(/platform admin created: tty\.admin/);
  await closed;
  outputs.push(out);
  expect(out).not.toContain('Tty-pass-2026-abc');
  expect(out).toMatch(/\*{8,}/);
  expect((await sql(`select 1 from account where login = 'tty.admin'`)).length).toBe(1);
}, 120_000);

test('no run printed a password', () => {
  expect(outputs.length).toBeGreaterThan(8);
  const all = outputs.join('\n');
  for (const p of [ROOT_PASS, COMMUNITY_PASS, RESET_PASS, 'Another-pass-2026', 'Nowhere-pass-2026']) expect(all.includes(p) ? p : null).toBeNull();
  // The argv password is echoed by nothing either (the refusal names the flag, not the value).
  expect(all.includes('Argv-pass-2026') ? 'Argv-pass-2026' : null).toBeNull();
});
