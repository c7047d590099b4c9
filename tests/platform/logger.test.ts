// Personal data stays out of the logs: the logger itself (scrubbing 身份证号 and mobile numbers,
// redacting secret fields), then a whole server at level 'debug' fed with operations that carry
// personal data, successes and failures alike, with every log line captured and searched.
import { print } from 'graphql';
import { Client } from 'pg';
import { createLogger, scrub } from '../../src/server/logger';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { canary, scanLogs } from '../harness/log-scan';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A valid 身份证号 (GB 11643 check digit) from its first 17 digits. */
function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return first17 + '10X98765432'[w.reduce((a, x, i) => a + x * Number(first17[i]), 0) % 11];
}
const ID = idNumber('11010519900307457');
const ID_X = '11010519491231002X'; // a valid number ending in X
const PHONE = '13812345678';

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (s: string) => void lines.push(s) }, text: () => lines.join('') };
}

describe('createLogger', () => {
  test('scrub() replaces ID numbers and mobile numbers, leaves other digits', () => {
    expect(scrub(`证件 ${ID} 电话 ${PHONE}`)).toBe('证件 [身份证号] 电话 [手机号]');
    expect(scrub(`x${ID_X.toLowerCase()}y`)).toBe('x[身份证号]y');
    expect(scrub('order 12345, amount 100000000000000, id 550e8400-e29b-41d4')).toBe('order 12345, amount 100000000000000, id 550e8400-e29b-41d4');
    expect(scrub('+86 13912345678')).toBe('+86 [手机号]');
  });

  test('messages, format arguments, nested objects, arrays and errors are scrubbed', () => {
    const c = capture();
    const log = createLogger('debug', c.stream);
    log.info(`居民 ${ID} 电话 ${PHONE}`);
    log.info('format %s and %s', ID_X, PHONE);
    log.debug({ input: { note: `call ${PHONE}`, list: [ID, { deep: { deeper: `id:${ID_X}` } }] } }, 'nested');
    log.error({ err: new Error(`violates check: (${ID}, ${PHONE})`) }, 'internal error');
    log.error(new Error(`bare error ${ID} ${PHONE}`));
    log.error({ err: new Error(`no message given ${PHONE}`) });
    const out = c.text();
    expect(c.lines).toHaveLength(6);
    for (const v of [ID, ID_X, ID_X.toLowerCase(), PHONE]) expect(out).not.toContain(v);
    expect(out).toContain('[身份证号]');
    expect(out).toContain('[手机号]');
    expect(JSON.parse(c.lines[3]!).err.message).toBe('violates check: ([身份证号], [手机号])');
  });

  test('password, token, secret and personal fields are redacted at any depth', () => {
    const c = capture();
    const log = createLogger('info', c.stream);
    log.info({ password: 'top-secret-pw', token: 'tok-top' }, 'top level');
    log.info({ input: { password: 'one-level-pw', refreshToken: 'rt-1', accessToken: 'at-1', phone: 'p-1', idNumber: 'i-1' } }, 'one level');
    log.info({ variables: { input: { login: 'admin', password: 'two-levels-pw', address: '幸福路 1 号' } } }, 'two levels');
    log.info({ req: { headers: { authorization: 'Bearer abc.def', cookie: 'sid=1' } } }, 'headers');
    log.info({ config: { jwtSecret: 'jwt-s', secret: 's-1' } }, 'secrets');
    const out = c.text();
    for (const v of ['top-secret-pw', 'tok-top', 'one-level-pw', 'rt-1', 'at-1', 'p-1', 'i-1', 'two-levels-pw', '幸福路', 'abc.def', 'sid=1', 's-1']) {
      expect(out).not.toContain(v);
    }
    expect(out).toContain('[redacted]');
    expect(JSON.parse(c.lines[2]!).variables.input.login).toBe('admin'); // non-secret fields survive
  });
});

const Create = graphql(`
  mutation LogResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
        name
        idNumber
        phone
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Update = graphql(`
  mutation LogResidentUpdate($input: ResidentUpdateInput!) {
    residentUpdate(input: $input) {
      resident {
        id
        phone
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Unmasked = graphql(`
  query LogResidents {
    residents(first: 10) {
      edges {
        node {
          name
          idNumber(unmasked: true)
          phone(unmasked: true)
        }
      }
    }
  }
`);

describe('a server at level debug', () => {
  const c = capture();
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer({ demo: true, config: { logLevel: 'debug' }, logDestination: c.stream });
    token = await s.login('admin');
  });
  afterAll(() => s?.stop());

  test('logs no ID number or phone from successes, user errors, bad variables and internal errors', async () => {
    const bodies: unknown[] = [];
    const run = async (doc: any, vars: any): Promise<any> => {
      const r = await s.gql(doc, vars, { token });
      bodies.push(r);
      return r;
    };
    const ok = await run(Create, { input: { name: '王芳', idNumber: ID, phone: PHONE } });
    expect(ok.data.residentCreate.userErrors).toEqual([]);
    expect(ok.data.residentCreate.resident.idNumber).toBe('110***********' + ID.slice(-4));
    const id = ok.data.residentCreate.resident.id;
    await run(Update, { input: { id, phone: '13987654321' } });
    const unmasked = await run(Unmasked, {});
    expect(JSON.stringify(unmasked.data)).toContain(ID); // the caller asked and may see it…

    const badId = await run(Create, { input: { name: '李雷', idNumber: ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1'), phone: PHONE } });
    expect(badId.data.residentCreate.userErrors[0].code).toBe('ID_NUMBER_INVALID');
    const badPhone = await run(Create, { input: { name: '韩梅', idNumber: ID_X, phone: '12345678901' } });
    expect(badPhone.data.residentCreate.userErrors[0].code).toBe('PHONE_INVALID');
    // Numbers sent where GraphQL expects a string: coercion errors quote the value.
    const res = await s.post(
      { query: print(Create), variables: { input: { name: '张三', idNumber: Number(ID.slice(0, 17)), phone: Number(PHONE) } } },
      { authorization: `Bearer ${token}` },
    );
    const coercion: any = await res.json();
    bodies.push(coercion);
    expect(coercion.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    // The database refuses the row (a constraint added to this file's own database): the error
    // PostgreSQL and the ORM raise quotes the SQL values; the client sees a masked error.
    const pg = new Client({ connectionString: s.databaseUrl });
    await pg.connect();
    // 身份证号 and phone are sealed at rest, so the SQL carries them only as ciphertext; the free-text
    // health note still carries a number in clear, and the scrubber must take it out.
    await pg.query(`alter table resident add constraint log_test_reject check (name is distinct from '赵六')`);
    await pg.end();
    const internal = await run(Create, { input: { name: '赵六', idNumber: ID, phone: '13900001111', healthNote: '家属电话 13900001111' } });
    expect(internal.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    const log = c.text();
    expect(log).toContain(internal.errors[0].extensions.requestId); // the failure was logged…
    // …with the rule it broke and the statement, without the statement's values (name, health note).
    const line = JSON.parse(c.lines.find((l) => l.includes(internal.errors[0].extensions.requestId) && l.includes('internal error'))!);
    expect(line.err).toMatchObject({ code: '23514', constraint: 'log_test_reject', table: 'resident' });
    expect(line.err.message).toMatch(/insert into "resident"/);
    for (const v of ['赵六', '家属电话']) expect(log).not.toContain(v);

    const numbers = [ID, ID_X, PHONE, '13987654321', '13900001111'];
    for (const n of numbers) expect(log).not.toContain(n);
    // Error messages returned to clients do not echo personal data either.
    const errors = JSON.stringify(bodies.map((b: any) => [b.errors ?? [], b.data?.residentCreate?.userErrors ?? []]));
    for (const n of numbers) expect(errors).not.toContain(n);
  });
  test('database errors are logged without their values: no SQL literal, no detail, where or internal query', async () => {
    const secret = '秘密值-幸福路8号';
    const pg = new Client({ connectionString: s.databaseUrl });
    await pg.connect();
    await pg.query(`create table log_test_unique (u text constraint log_test_unique_u unique, id uuid, n int)`);
    await pg.query(`insert into log_test_unique (u) values ($1)`, [secret]);
    const caught: unknown[] = [];
    // The driver's own error: PostgreSQL's detail echoes the value (`Key (u)=(…) already exists`).
    await pg.query(`insert into log_test_unique (u) values ($1)`, [secret]).catch((e) => caught.push(e));
    await pg.end();
    expect((caught[0] as { detail: string }).detail).toContain(secret);
    // The ORM's: it inlines the values into the statement it sends, and its message quotes that statement.
    const conn = s.wushe.app.orm.em.getConnection();
    await conn.execute(`insert into log_test_unique (u, n) values (?, ?)`, [secret, 4242]).catch((e) => caught.push(e));
    await conn.execute(`select * from log_test_unique where id = ?`, [`${secret}-not-a-uuid`]).catch((e) => caught.push(e));
    await conn.execute(`insert into log_test_unique (u, n) values (?, ?)`, ['x', 99999999999]).catch((e) => caught.push(e));
    expect(caught).toHaveLength(4);
    expect(String((caught[1] as Error).message)).toContain(secret);

    const out = capture();
    const log = createLogger('debug', out.stream);
    for (const e of caught) {
      log.error({ err: e }, 'internal error');
      log.warn({ err: (e as Error).message }, 'job failed'); // what the relay, consumers and jobs log
      log.error(e as Error);
    }
    const text = out.text();
    for (const v of [secret, '4242', '99999999999', 'not-a-uuid']) expect(text).not.toContain(v);
    const first = JSON.parse(out.lines[0]!).err;
    expect(first).toMatchObject({ code: '23505', constraint: 'log_test_unique_u', table: 'log_test_unique' });
    expect(first.detail).toBeUndefined();
    const orm = JSON.parse(out.lines[3]!).err;
    expect(orm).toMatchObject({ code: '23505', constraint: 'log_test_unique_u' });
    expect(orm.message).toContain('insert into log_test_unique (u, n) values (?, ?)');
    expect(JSON.parse(out.lines[6]!).err.message).toMatch(/invalid input syntax for type uuid: "\?"/);
  });
});

describe('the suite-wide log scan (globalTeardown fails the run on a finding)', () => {
  test('finds a 身份证号 and a mobile number in any log file of the run, and nothing in scrubbed lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-logscan-'));
    try {
      fs.writeFileSync(path.join(dir, 'clean.log'), `${JSON.stringify({ msg: scrub(`证件 ${ID} 电话 ${PHONE}`), time: 1795346887885 })}\n`);
      expect(scanLogs(dir)).toMatchObject({ files: 1, findings: [] });
      fs.writeFileSync(path.join(dir, 'leaky.log'), `ok\n{"msg":"id ${ID_X}"}\n{"msg":"tel ${PHONE}"}\n`);
      expect(scanLogs(dir).findings).toEqual([
        { file: 'leaky.log', line: 2, kind: '身份证号' },
        { file: 'leaky.log', line: 3, kind: '手机号' },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails on test data names and addresses, SQL literals, parameter lists and PostgreSQL details; not on their masked forms', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-logscan-'));
    const failing = `insert into "household" ("address") values ('幸福路') - new row violates check constraint "c"`;
    const leaks = [
      { msg: 'internal error', err: { message: `resident ${canary('王芳')} failed` } },
      { msg: 'x', note: '金秋小区 3 栋 2 单元' },
      { msg: 'x', err: { message: failing } },
      { msg: 'x', err: { message: `update "resident" set "health_note" = E'a\\b' where "id" = ?` } },
      { msg: '[query] select 1', params: ['张三'] },
      { msg: 'x', err: { parameters: [42] } },
      { msg: 'x', err: { detail: 'Key (phone_index)=(abc) already exists.' } },
      { msg: 'x', err: { detail: 'Failing row contains (1, 李四).' } },
    ];
    try {
      fs.writeFileSync(path.join(dir, 'leaky.log'), leaks.map((l) => JSON.stringify(l)).join('\n') + '\n');
      expect(scanLogs(dir).findings.map((f) => f.kind)).toEqual([
        '测试数据的姓名或地址',
        '地址',
        'SQL 参数值',
        'SQL 参数值',
        'SQL 参数值',
        'SQL 参数值',
        'SQL 参数值',
        'SQL 参数值',
      ]);
      // What the logger writes of the same: nothing to find.
      const c = capture();
      const log = createLogger('debug', c.stream);
      log.error(
        { err: Object.assign(new Error(failing), { code: '23514', routine: 'ExecConstraints', detail: 'Failing row contains (1, 李四).' }) },
        'internal error',
      );
      log.warn({ err: failing }, 'job failed');
      log.info({ params: [] }, 'no values');
      fs.rmSync(path.join(dir, 'leaky.log'));
      fs.writeFileSync(path.join(dir, 'clean.log'), c.text());
      expect(scanLogs(dir)).toMatchObject({ files: 1, lines: 4, findings: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('this run keeps a log folder that the test servers write to', () => {
    expect(process.env.WUSHE_TEST_LOG_DIR).toBeTruthy();
    expect(fs.existsSync(process.env.WUSHE_TEST_LOG_DIR!)).toBe(true);
  });
});
