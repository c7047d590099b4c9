// BAD_USER_INPUT details are in both languages (issue 14, "one error contract"): zh-CN by default,
// en on request, never English inside a zh-CN message. The source scan keeps a bare-string detail
// from coming back (badInput and the Open311 `bad` take a BilingualText by type; UserFacingError's
// and AppError's params are untyped, hence the scan); the calls show the two languages end to end,
// as a user error and as a top-level error.
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../harness/server';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('no error detail in the source is a bare string', () => {
  const bare = /\bdetail:\s*(?:[`'"]|\w+\s*\?\s*[`'"])/;
  const hits: string[] = [];
  for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'examples/noticeboard'))]) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (bare.test(line)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(hits).toEqual([]);
  // The scan sees what it looks for.
  expect(bare.test(`throw new UserFacingError('BAD_USER_INPUT', ['input'], { detail: 'to <= from' });`)).toBe(true);
  expect(bare.test(`{ detail: { 'zh-CN': 'to 须晚于 from', en: 'to <= from' } }`)).toBe(false);
});

describe('through GraphQL', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer({ demo: true });
    token = await s.login('resident');
  }, 60_000);
  afterAll(() => s?.stop());

  const call = async (query: string, lang?: string) =>
    (await (await s.post({ query }, { authorization: `Bearer ${token}`, ...(lang ? { 'accept-language': lang } : {}) })).json()) as any;

  test('a user error: zh-CN by default, en on request', async () => {
    const q = 'mutation { notificationMarkRead(input: { ids: [] }) { userErrors { code field message } } }';
    expect((await call(q)).data.notificationMarkRead.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'ids'], message: '输入有误：ids：1–100 项' },
    ]);
    expect((await call(q, 'en-US,en;q=0.9')).data.notificationMarkRead.userErrors[0].message).toBe('Invalid input: ids: 1–100');
  });

  test('a top-level error: zh-CN by default, en on request', async () => {
    const q = '{ notificationDigest(day: "tomorrow") { day } }';
    const zh = await call(q);
    expect(zh.errors[0]).toMatchObject({ message: '输入有误：day：格式为 YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await call(q, 'en')).errors[0].message).toBe('Invalid input: day: YYYY-MM-DD');
  });
});
