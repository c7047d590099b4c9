// The reference board (examples/board) in a real browser: built with Vite, served from its own
// loopback origin, talking to a `wushe serve` process on another origin (CORS, graphql-ws origin
// check), driven in Debian's Chromium by playwright-core. Log in, see the board with requester,
// household, grid and taker; a request made by another client appears live; the API stops, events
// happen meanwhile (through a second API process on the same database), the API restarts on the
// same port and the board catches up from its last cursor: exactly the events of the change feed
// after that cursor, each once, in order. A request's photo (uploaded by the filing client) shows as
// a thumbnail loaded from its signed URL on the API's origin.
// Set BOARD_SCREENSHOT=<file.png> to keep a screenshot of the board (README's picture).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { graphql } from '../gql';
import { createTestDatabase } from '../harness/database';
import { TEST_SECRET } from '../harness/server';
import { assertBuilt, runCli, serve, type ServeProcess } from '../harness/proc-spawn';
import { DISPATCH_EVENT_TYPES } from '../../src/modules/dispatch/dispatch.events';
import { UploadSlotCreate, photoWithGps, putBytes } from '../harness/uploads';

const ROOT = path.resolve(__dirname, '../..');
const BOARD = path.join(ROOT, 'examples/board');
const CHROMIUM = '/usr/bin/chromium';

const BoardTestLogin = graphql(`
  mutation BoardTestLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const BoardTestResidents = graphql(`
  query BoardTestResidents {
    residents(first: 5) {
      nodes {
        id
        name
        household {
          id
          number
        }
      }
    }
  }
`);
const BoardTestMembers = graphql(`
  query BoardTestMembers {
    memberships(first: 100) {
      nodes {
        id
        login
        displayName
      }
    }
  }
`);
const BoardTestCreate = graphql(`
  mutation BoardTestCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        grid {
          name
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const BoardTestDispatch = graphql(`
  mutation BoardTestDispatch($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      serviceRequest {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const BoardTestChanges = graphql(`
  query BoardTestChanges($after: String, $types: [String!]) {
    changes(after: $after, types: $types, first: 500) {
      events {
        cursor
      }
      hasMore
    }
  }
`);

async function gql<R, V>(p: ServeProcess, doc: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const res = await fetch(p.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The built board on its own origin; config.json tells it where the API is. */
function staticServer(dir: string, api: () => string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'] });
      return void res.end(JSON.stringify({ api: api() }));
    }
    const file = path.join(dir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      return void res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let api: ServeProcess | null = null;
let other: ServeProcess | null = null;
let site: http.Server;
let origin: string;
let context: BrowserContext;
let page: Page;
let profile: string;
let env: Record<string, string>;
const pageErrors: string[] = [];

beforeAll(async () => {
  assertBuilt();
  await run(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', BOARD, '--logLevel', 'warn']);
  db = await createTestDatabase();
  const base = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET };
  await runCli(['migrate', 'up'], { ...base, LOG_LEVEL: 'warn' });
  await runCli(['seed', '--demo'], { ...base, LOG_LEVEL: 'warn' });
  site = await staticServer(path.join(BOARD, 'dist'), () => api!.url);
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  env = { ...base, WUSHE_DEMO: 'off', WUSHE_CORS_ORIGINS: origin };
  api = await serve(env);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-board-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await Promise.all([api, other].map((p) => p?.stop().catch(() => undefined)));
  await new Promise((r) => site?.close(r));
  await db?.drop();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** The cursors the board received, in arrival order (the log shows the newest first). */
const boardCursors = async () =>
  (await page.locator('#events li').evaluateAll((lis: any[]) => lis.map((li) => li.getAttribute('data-cursor') as string))).reverse();
const row = (title: string) => page.locator('#board tbody tr', { has: page.locator('td.title', { hasText: title }) });

test('log in, see the board, a request from another client appears live, and after an API restart the missed events are caught up with no gap and no duplicate', async () => {
  const token = (await gql(api!, BoardTestLogin, { input: { login: 'staff', password: 'wushe-demo' } })).authLogin.accessToken!;
  const residents = (await gql(api!, BoardTestResidents, {}, token)).residents.nodes.filter((r) => r.household);
  expect(residents.length).toBeGreaterThan(0);
  const who = residents[0]!;
  const admin = (await gql(api!, BoardTestLogin, { input: { login: 'admin', password: 'wushe-demo' } })).authLogin.accessToken!;
  const staff = (await gql(api!, BoardTestMembers, {}, admin)).memberships.nodes.find((m) => m.login === 'staff')!;
  let n = 0;
  const file = async (p: ServeProcess, title: string, attachmentKeys?: string[]) => {
    const r = await gql(
      p,
      BoardTestCreate,
      {
        input: {
          kind: 'routine',
          category: 'repair',
          channel: 'MINI_PROGRAM',
          title,
          description: `看板测试 ${++n}`,
          household: who.household!.id,
          requester: who.id,
          attachmentKeys,
        },
      },
      token,
    );
    expect(r.serviceRequestCreate.userErrors).toEqual([]);
    return r.serviceRequestCreate.serviceRequest!;
  };
  // The filing client uploads a photo of the problem: a slot, the bytes, then the key on the request.
  const photo = await photoWithGps(640, 480);
  const slot = (await gql(api!, UploadSlotCreate, { input: { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: photo.length } }, token))
    .uploadSlotCreate;
  expect(slot.userErrors).toEqual([]);
  expect((await putBytes(slot.slot!, photo)).status).toBe(200);
  const first = await file(api!, '看板测试：楼道灯不亮', [slot.slot!.key]);
  expect(first.grid?.name).toBeTruthy();

  // Log in and see the board: requester, household and grid through the graph's edges.
  await page.goto(`${origin}/`);
  await page.locator('#login input[name=login]').fill('staff');
  await page.locator('#login input[name=password]').fill('wushe-demo');
  await page.locator('#login button[type=submit]').click();
  await row('看板测试：楼道灯不亮').waitFor();
  await expect(row('看板测试：楼道灯不亮').locator('td.requester').textContent()).resolves.toBe(who.name);
  await expect(row('看板测试：楼道灯不亮').locator('td.household').textContent()).resolves.toBe(who.household!.number);
  await expect(row('看板测试：楼道灯不亮').locator('td.grid').textContent()).resolves.toBe(first.grid!.name);
  await expect(page.locator('#community').textContent()).resolves.toBe('金秋社区');
  await page.locator('#live[data-state=live]').waitFor();
  // Its photo: a thumbnail the browser loaded (decoded, with pixels) from the API's origin.
  const thumb = row('看板测试：楼道灯不亮').locator(`td.photos img[data-key="${slot.slot!.key}"]`);
  await thumb.waitFor();
  await page.waitForFunction(
    `[...document.querySelectorAll('td.photos img')].some((i) => i.dataset.key === ${JSON.stringify(slot.slot!.key)} && i.complete && i.naturalWidth > 0)`,
  );
  expect(new URL((await thumb.getAttribute('src'))!).origin).toBe(new URL(api!.url).origin);

  // Another client files a request: it appears without a reload.
  const live = await file(api!, '电梯异响');
  await row('电梯异响').waitFor();
  await page.locator(`#events li[data-request="${live.id}"]`).waitFor();
  const before = await boardCursors();
  const last = before.at(-1)!;

  // The API stops; meanwhile another process on the same database takes requests and a dispatch.
  await api!.stop();
  await page.locator('#live[data-state=offline]').waitFor();
  other = await serve(env);
  const missed = ['下水道堵塞', '外墙脱落', '噪音扰民'];
  const made = [];
  for (const t of missed) made.push(await file(other, t));
  const pool = await gql(other, BoardTestDispatch, { input: { id: first.id, mode: 'POOL' } }, token);
  expect(pool.serviceRequestDispatch.userErrors).toEqual([]);
  const assign = await gql(other, BoardTestDispatch, { input: { id: made[1]!.id, mode: 'ASSIGN', taker: staff.id } }, token);
  expect(assign.serviceRequestDispatch.userErrors).toEqual([]);
  await other.stop();
  other = null;
  // Nothing arrived while the board's API was away.
  expect(await boardCursors()).toEqual(before);

  // The API comes back on the same origin: the board reconnects and catches up from its cursor.
  api = await serve({ ...env, PORT: String(api!.port) });
  for (const t of missed) await row(t).waitFor({ timeout: 30_000 });
  await row('看板测试：楼道灯不亮').locator('td .status', { hasText: '待接单' }).waitFor();
  await row('外墙脱落').locator('td.taker', { hasText: staff.displayName }).waitFor(); // the taker through its edge
  await page.locator('#live[data-state=live]').waitFor();

  const feed = (await gql(api, BoardTestChanges, { after: last, types: DISPATCH_EVENT_TYPES }, token)).changes;
  expect(feed.hasMore).toBe(false);
  const expected = feed.events.map((e) => e.cursor);
  expect(expected.length).toBeGreaterThanOrEqual(missed.length + 1);
  // Wait until the board has as many as the feed (they arrive in one replay), then compare exactly.
  await page.waitForFunction(`document.querySelectorAll('#events li').length >= ${before.length + expected.length}`);
  const after = await boardCursors();
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual(expected); // no gap, no duplicate, in order
  expect(new Set(after).size).toBe(after.length);
  expect(pageErrors).toEqual([]);

  if (process.env.BOARD_SCREENSHOT) await page.screenshot({ path: path.resolve(ROOT, process.env.BOARD_SCREENSHOT) });
}, 120_000);
