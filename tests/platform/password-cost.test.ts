// The test harness signs in with cheap argon2 hashes (WUSHE_ARGON2_* in tests/harness/server.ts);
// this file holds the production side: the default cost, the floor production refuses to go
// below, that the configured cost is what new hashes carry, and that sign-in brings an older hash to it.
import { setTimeout as sleep } from 'node:timers/promises';
import argon2 from 'argon2';
import { loadConfig } from '../../src/config';
import { hashPassword, setPasswordHashing, verifyPassword } from '../../src/schema/identity/password.service';
import { startTestServer, type TestServer } from '../harness/server';
import { sql } from '../harness/proc-events';
import { rawData } from '../harness/raw';

const production = { NODE_ENV: 'production', WUSHE_JWT_SECRET: 'x'.repeat(40) };

afterAll(() => setPasswordHashing(loadConfig({}).passwordHashing));

test('by default a new hash is argon2id at 64 MiB, 3 passes, 4 lanes', async () => {
  expect(loadConfig({}).passwordHashing).toEqual({ memoryCost: 65_536, timeCost: 3, parallelism: 4 });
  setPasswordHashing(loadConfig({}).passwordHashing);
  const hash = await hashPassword('correct horse battery');
  expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
  expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
  expect(await verifyPassword(hash, 'wrong horse battery')).toBe(false);
});

test('production refuses a cost below the OWASP minimum (19 MiB and 2 passes); elsewhere it is the operator’s call', () => {
  expect(() => loadConfig({ ...production, WUSHE_ARGON2_MEMORY_KIB: '4096' })).toThrow(/WUSHE_ARGON2_MEMORY_KIB ≥ 19456/);
  expect(() => loadConfig({ ...production, WUSHE_ARGON2_TIME_COST: '1' })).toThrow(/WUSHE_ARGON2_TIME_COST ≥ 2/);
  expect(loadConfig({ ...production, WUSHE_ARGON2_MEMORY_KIB: '19456', WUSHE_ARGON2_TIME_COST: '2', WUSHE_ARGON2_PARALLELISM: '1' }).passwordHashing).toEqual({
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  expect(loadConfig({ WUSHE_ARGON2_MEMORY_KIB: '4096', WUSHE_ARGON2_TIME_COST: '1' }).passwordHashing.memoryCost).toBe(4096);
  expect(() => loadConfig({ WUSHE_ARGON2_PARALLELISM: '0' })).toThrow(/WUSHE_ARGON2_PARALLELISM/);
});

test('a changed cost applies to new hashes; old ones still verify with the cost they carry', async () => {
  setPasswordHashing({ memoryCost: 65_536, timeCost: 3, parallelism: 4 });
  const old = await hashPassword('an older password');
  setPasswordHashing({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const fresh = await hashPassword('a newer password');
  expect(argon2.needsRehash(fresh, { memoryCost: 19_456, timeCost: 2, parallelism: 1 })).toBe(false);
  expect(fresh).toMatch(/\$m=19456,p=1,t=2\$/);
  expect(await verifyPassword(old, 'an older password')).toBe(true);
  // An unknown login is checked against a dummy hash of the current cost.
  expect(await verifyPassword(null, 'anything')).toBe(false);
});

describe('a hash of another cost is made again at sign-in', () => {
  let s: TestServer;
  const hashOf = async (login: string) => (await sql(s.databaseUrl, 'select password_hash from account where login = $1', [login]))[0].password_hash as string;
  beforeAll(async () => {
    s = await startTestServer({ demo: true });
    // As an operator's earlier setting would have left it: 8 MiB, 2 passes (the harness hashes at 4 MiB, 1 pass).
    await sql(s.databaseUrl, 'update account set password_hash = $1 where login = $2', [
      await argon2.hash('wushe-demo', { type: argon2.argon2id, memoryCost: 8192, timeCost: 2, parallelism: 1 }),
      'volunteer',
    ]);
  });
  afterAll(() => s.stop());

  test('a wrong password changes nothing; the right one signs in and leaves a hash of the configured cost', async () => {
    const before = await hashOf('volunteer');
    await expect(s.login('volunteer', 'not-the-password')).rejects.toThrow();
    expect(await hashOf('volunteer')).toBe(before);
    expect(await s.login('volunteer')).toBeTruthy();
    const after = await hashOf('volunteer');
    expect(after).not.toBe(before);
    expect(after).toMatch(/\$m=4096,p=1,t=1\$/);
    // The new hash verifies the same password, and a hash of the configured cost is left alone.
    expect(await s.login('volunteer')).toBeTruthy();
    expect(await hashOf('volunteer')).toBe(after);
  });

  test("a sign-in's new hash never overwrites a password changed meanwhile: the old password stays refused", async () => {
    const older = await argon2.hash('wushe-demo', { type: argon2.argon2id, memoryCost: 8192, timeCost: 2, parallelism: 1 });
    const change = (token: string, newPassword: string) =>
      rawData(
        s,
        'mutation($i: AccountPasswordChangeInput!) { accountPasswordChange(input: $i) { changed userErrors { code } } }',
        { i: { currentPassword: 'wushe-demo', newPassword } },
        token,
      );
    // Both verify the older hash, then write: the sign-in its rehash, the change the new password.
    // Each round starts the sign-in a little later after the change, so that in some rounds its
    // rehash lands after the change's write (without the check it would restore the old password).
    let raced = 0;
    for (let round = 0; round < 12; round++) {
      await sql(s.databaseUrl, 'update account set password_hash = $1 where login = $2', [older, 'volunteer']);
      const token = await s.login('volunteer');
      await sql(s.databaseUrl, 'update account set password_hash = $1 where login = $2', [older, 'volunteer']);
      const next = `Race-pass-${round}-wushe`;
      // A sign-in that read the hash after the change is refused: that is right too.
      const [changed, signedIn] = await Promise.all([
        change(token, next),
        sleep(round * 2).then(() =>
          s.login('volunteer').then(
            () => true,
            () => false,
          ),
        ),
      ]);
      raced += signedIn ? 1 : 0;
      expect(changed.accountPasswordChange).toEqual({ changed: true, userErrors: [] });
      await expect(s.login('volunteer')).rejects.toThrow();
      expect(await s.login('volunteer', next)).toBeTruthy();
    }
    // Sign-ins that verified the older hash while the change ran: the race happened.
    expect(raced).toBeGreaterThan(0);
  });
});
