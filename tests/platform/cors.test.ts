// CORS and the WebSocket origin check, over real HTTP and real WebSocket handshakes: one
// allow-list (WUSHE_CORS_ORIGINS) for both, localhost on any port by default in development,
// nothing by default in production, and non-browser clients (no Origin) always let through.
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../../src/config';
import { CORS_ALLOWED_HEADERS } from '../../src/server/http';
import { startTestServer, type TestServer } from '../harness/server';

const DEV_BOARD = 'http://localhost:5173';
const BOARD = 'https://board.example.org';
const EVIL = 'https://evil.example';

/** What a browser sends before a cross-origin JSON POST carrying a token and a community. */
function preflight(s: TestServer, origin: string, requestHeaders = 'content-type,authorization,x-community-id') {
  return fetch(s.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });
}

/** The handshake's outcome: 'open' (upgraded, graphql-ws subprotocol) or the HTTP status it was refused with. */
function handshake(s: TestServer, origin?: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(s.wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (e) => reject(e));
  });
}

function corsHeaders(res: Response): Record<string, string> {
  return Object.fromEntries([...res.headers].filter(([k]) => k.startsWith('access-control-')));
}

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

describe('development default: localhost on any port', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(); // NODE_ENV=test: not production, so the development default
    servers.push(s);
  });

  test('a preflight from a local dev server is allowed with every header clients send', async () => {
    for (const origin of [DEV_BOARD, 'http://127.0.0.1:8080', 'https://localhost', 'http://[::1]:3000']) {
      const res = await preflight(s, origin, CORS_ALLOWED_HEADERS.join(','));
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST']));
      const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
      expect(allowed).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'x-community-id', 'apollo-require-preflight', 'x-apollo-operation-name']),
      );
      expect(res.headers.get('access-control-max-age')).toBe('600');
      // Tokens travel in Authorization, never in cookies: no credentials mode is granted.
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('vary')).toMatch(/Origin/i);
    }
  });

  test('the actual request from an allowed origin carries Access-Control-Allow-Origin', async () => {
    const res = await s.post({ query: '{ __typename }' }, { origin: DEV_BOARD });
    expect(res.headers.get('access-control-allow-origin')).toBe(DEV_BOARD);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20000 } } });
  });

  test("CSRF prevention still holds cross-origin: a GET needs the preflight header, and with it the browser's preflight passes", async () => {
    const q = `${s.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(q, { headers: { origin: DEV_BOARD } })).status).toBe(400);
    const pre = await fetch(s.url, {
      method: 'OPTIONS',
      headers: { origin: DEV_BOARD, 'access-control-request-method': 'GET', 'access-control-request-headers': 'apollo-require-preflight' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/apollo-require-preflight/);
    const get = await fetch(q, { headers: { origin: DEV_BOARD, 'apollo-require-preflight': 'true' } });
    expect(get.headers.get('access-control-allow-origin')).toBe(DEV_BOARD);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20000 } } });
  });

  test('a preflight from any other origin gets no CORS headers (the browser blocks the request)', async () => {
    for (const origin of [EVIL, 'http://localhost.evil.example', 'http://127.0.0.1.evil.example:80', 'null']) {
      const res = await preflight(s, origin);
      expect(res.status).toBe(403);
      expect(corsHeaders(res)).toEqual({});
    }
    const res = await s.post({ query: '{ __typename }' }, { origin: EVIL });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('WebSocket: localhost origins and non-browser clients connect, other origins are refused', async () => {
    expect(await handshake(s, DEV_BOARD)).toBe('open');
    expect(await handshake(s, 'http://127.0.0.1:4173')).toBe('open');
    expect(await handshake(s)).toBe('open');
    expect(await handshake(s, EVIL)).toBe(403);
  });
});

describe('production default: no browser origin', () => {
  let s: TestServer;
  beforeAll(async () => {
    const { corsOrigins } = loadConfig({ NODE_ENV: 'production' });
    s = await startTestServer({ config: { env: 'production', corsOrigins } });
    servers.push(s);
  });

  test('no preflight is allowed, not even from localhost', async () => {
    for (const origin of [DEV_BOARD, EVIL]) {
      const res = await preflight(s, origin);
      expect(res.status).toBe(403);
      expect(corsHeaders(res)).toEqual({});
    }
  });

  test('WebSocket handshakes from browsers are refused; servers and apps (no Origin) connect', async () => {
    expect(await handshake(s, EVIL)).toBe(403);
    expect(await handshake(s, DEV_BOARD)).toBe(403);
    expect(await handshake(s)).toBe('open');
  });
});

describe('WUSHE_CORS_ORIGINS', () => {
  let s: TestServer;
  beforeAll(async () => {
    const { corsOrigins } = loadConfig({ NODE_ENV: 'production', WUSHE_CORS_ORIGINS: ` ${BOARD}, https://screen.example.org:8443 ` });
    s = await startTestServer({ config: { env: 'production', corsOrigins } });
    servers.push(s);
  });

  test('the listed origins, and only they, pass the preflight and the WebSocket handshake', async () => {
    for (const origin of [BOARD, 'https://screen.example.org:8443']) {
      const res = await preflight(s, origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(await handshake(s, origin)).toBe('open');
    }
    for (const origin of [DEV_BOARD, 'http://board.example.org', 'https://screen.example.org', EVIL]) {
      const res = await preflight(s, origin);
      expect(corsHeaders(res)).toEqual({});
      expect(await handshake(s, origin)).toBe(403);
    }
  });

  test('`*` allows any origin; malformed entries and the retired WUSHE_WS_ORIGINS fail at start', () => {
    expect(loadConfig({ NODE_ENV: 'production', WUSHE_CORS_ORIGINS: '*' }).corsOrigins).toEqual({ any: true });
    expect(loadConfig({ NODE_ENV: 'development', WUSHE_CORS_ORIGINS: '' }).corsOrigins).toEqual({ exact: [], localhost: false });
    for (const bad of [
      'board.example.org',
      'https://board.example.org/',
      'https://board.example.org/app',
      'https://Board.example.org',
      'https://a.example,*',
    ]) {
      expect(() => loadConfig({ WUSHE_CORS_ORIGINS: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ WUSHE_WS_ORIGINS: BOARD })).toThrow(/WUSHE_CORS_ORIGINS/);
  });
});
