// The HTTP surface over a real server: GraphQL-over-HTTP spec audit, CSRF prevention, body
// limit, malformed requests, graphql-armor limits, masked internal errors, languages,
// introspection switch, health probes with draining, and the self-hosted GraphiQL.
import http from 'node:http';
import net from 'node:net';
import { serverAudits } from 'graphql-http';
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const HttpMe = graphql(`
  query HttpMe {
    me {
      login
    }
  }
`);

let s: TestServer;
let origin: string;
const logged: string[] = [];
beforeAll(async () => {
  s = await startTestServer({ demo: true, logDestination: { write: (line: string) => void logged.push(line) } });
  origin = new URL(s.url).origin;
});
afterAll(() => s?.stop());

/** No response body carries a stack trace or a server file path. */
function expectNoStack(text: string) {
  expect(text).not.toMatch(/stacktrace|\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|\/work\//);
}

test('graphql-http server audit: every MUST passes', async () => {
  const results = await Promise.all(serverAudits({ url: s.url }).map((a) => a.fn()));
  const failed = (level: string) => results.filter((r) => r.status !== 'ok' && r.name.startsWith(level)).map((r) => `${r.name}: ${(r as any).reason}`);
  expect(failed('MUST')).toEqual([]);
  // Known SHOULD warnings, Apollo Server's choice: parse, validation and coercion failures answer
  // 400 under `accept: application/json` (the spec prefers 200 for that legacy media type).
  // MAY notices, CSRF prevention: GETs with form-encoded bodies or with variables are refused
  // unless a preflight header is sent.
  expect(
    failed('SHOULD')
      .map((f) => f.replace(/:.*/, ''))
      .sort(),
  ).toEqual([
    'SHOULD use 200 status code on document parsing failure when accepting application/json',
    'SHOULD use 200 status code on document validation failure when accepting application/json',
    'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
  ]);
  expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
});

describe('CSRF prevention', () => {
  test('a simple GET without a preflight header is refused', async () => {
    const res = await fetch(`${s.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/CSRF|preflight/i);
    expect(text).not.toContain('"data"');
  });

  test('a text/plain POST without a preflight header is refused', async () => {
    const res = await s.post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('"__typename"');
  });

  test('the same requests pass with apollo-require-preflight or x-apollo-operation-name', async () => {
    const get = await fetch(`${s.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20000 } } });
    const get2 = await fetch(`${s.url}?query=${encodeURIComponent('query Q { __typename }')}`, { headers: { 'x-apollo-operation-name': 'Q' } });
    expect(get2.status).toBe(200);
  });
});

test('GraphQL answers carry neither an ETag (nothing caches them) nor X-Powered-By, over POST and GET', async () => {
  const post = await s.post({ query: '{ __typename }' });
  const get = await fetch(`${s.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
  for (const res of [post, get]) {
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  }
});

describe('malformed and oversized requests', () => {
  test('a body over the limit is 413 PAYLOAD_TOO_LARGE without a stack', async () => {
    const res = await s.post({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` });
    expect(res.status).toBe(413);
    const text = await res.text();
    expectNoStack(text);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('malformed JSON is 400 without a stack', async () => {
    const res = await s.post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    const text = await res.text();
    expectNoStack(text);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  test('a syntax error is GRAPHQL_PARSE_FAILED; a missing query is 400', async () => {
    const parse = await s.post({ query: '{ me { ' });
    const body: any = await parse.json();
    expect(parse.status).toBe(400); // a client error, not a 500
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].extensions.reason).toBe('SYNTAX_ERROR');
    const none = await s.post({ variables: {} });
    expect(none.status).toBe(400);
    expectNoStack(JSON.stringify(body) + (await none.text()));
  });
});

describe('graphql-armor limits over HTTP', () => {
  const rejected = async (query: string) => {
    const res = await s.post({ query });
    const text = await res.text();
    expectNoStack(text);
    const body = JSON.parse(text);
    expect(body.data).toBeUndefined();
    return body.errors as { message: string; extensions: { code: string; reason: string } }[];
  };

  test('depth over 12 is refused', async () => {
    // households > nodes > members > (household > members)… > id
    const deep = (levels: number) => {
      let sel = 'id';
      for (let i = 0; i < levels; i++) sel = i % 2 ? `household { ${sel} }` : `members { ${sel} }`;
      return `{ households(first: 1) { nodes { members { ${sel} } } } }`;
    };
    const ok: any = await (await s.post({ query: deep(8) })).json();
    expect(ok.errors[0].extensions.code).toBe('UNAUTHENTICATED'); // within the limit: executed
    const errors = await rejected(deep(12));
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0]!.extensions.reason).toBe('DEPTH_LIMIT');
  });

  test('more than 30 aliases are refused; 30 are fine', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { login }`).join(' ')} }`;
    const ok: any = await (await s.post({ query: aliases(30) })).json();
    expect(ok.errors[0].extensions.code).toBe('UNAUTHENTICATED'); // valid, executed, refused for want of a login
    const errors = await rejected(aliases(31));
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0]!.extensions.reason).toBe('ALIAS_LIMIT');
  });

  test('aliases of __typename count too (200 of them were executed)', async () => {
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const ok: any = await (await s.post({ query: typenames(30) })).json();
    expect(Object.keys(ok.data)).toHaveLength(30);
    for (const n of [31, 200]) {
      const errors = await rejected(typenames(n));
      expect(errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0]!.extensions.reason).toBe('ALIAS_LIMIT');
    }
  });

  test('a huge token count is refused', async () => {
    const res = await s.post({ query: `{ ${'__typename '.repeat(5000)}}` });
    expect(res.status).toBe(400);
    const errors = ((await res.json()) as any).errors;
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.extensions.reason).toBe('TOKEN_LIMIT');
  });

  test('too many directives are refused', async () => {
    const errors = await rejected(`{ __typename ${'@include(if: true) '.repeat(60)}}`);
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

test('an internal error is masked as INTERNAL_SERVER_ERROR with a request id', async () => {
  // Take the accounts table away from under the running server (this file's own database).
  const pg = new Client({ connectionString: s.databaseUrl });
  await pg.connect();
  await pg.query('alter table account rename to account_hidden');
  try {
    const res = await s.post({ query: 'mutation { authLogin(input: { login: "admin", password: "wushe-demo" }) { accessToken } }' });
    const text = await res.text();
    expectNoStack(text);
    expect(text).not.toMatch(/account|relation|select|postgres/i);
    const err = JSON.parse(text).errors[0];
    expect(err.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(err.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(err.message).toContain(err.extensions.requestId);
    expect(Object.keys(err.extensions).sort()).toEqual(['code', 'requestId']);
    // …while the server log has the whole story under the same request id.
    const entry = logged.map((l) => JSON.parse(l)).find((l) => l.requestId === err.extensions.requestId);
    expect(entry).toMatchObject({ level: 50, msg: 'internal error', err: { message: expect.stringContaining('relation "account" does not exist') } });
  } finally {
    await pg.query('alter table account_hidden rename to account');
    await pg.end();
  }
  expect(await s.login('admin')).toBeTruthy(); // and the server carries on
});

test('messages are zh-CN by default and English on Accept-Language: en', async () => {
  const zh = await s.gql(HttpMe);
  expect(zh.errors![0]!.message).toBe('请先登录');
  const en = await s.gql(HttpMe, {}, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
  expect(en.errors![0]!.message).toBe('Authentication required');
  const zhFirst = await s.gql(HttpMe, {}, { headers: { 'accept-language': 'zh-CN,en;q=0.5' } });
  expect(zhFirst.errors![0]!.message).toBe('请先登录');
});

test('introspection is on here (development default)', async () => {
  const body: any = await (await s.post({ query: '{ __schema { queryType { name } } }' })).json();
  expect(body.data.__schema.queryType.name).toBe('Query');
});

test('GraphiQL is self-hosted: the page and every asset it references come from the server', async () => {
  const res = await fetch(`${origin}/graphiql`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/html');
  const html = await res.text();
  expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i); // nothing from the internet
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThanOrEqual(5);
  for (const ref of refs) {
    expect(ref.startsWith('/')).toBe(true);
    const asset = await fetch(new URL(ref, origin));
    expect({ ref, status: asset.status }).toEqual({ ref, status: 200 });
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
  }
  expect((await fetch(`${origin}/graphiql/assets/nope.js`)).status).toBe(404);
});

describe('a production-like server: no introspection, no GraphiQL; probes while draining', () => {
  let p: TestServer;
  let base: string;
  beforeAll(async () => {
    p = await startTestServer({ config: { introspection: false, graphiql: false } });
    base = new URL(p.url).origin;
  });
  afterAll(() => p?.stop());

  test('introspection is refused; ordinary queries work', async () => {
    const body: any = await (await p.post({ query: '{ __schema { types { name } } }' })).json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].extensions.reason).toBe('INTROSPECTION_DISABLED');
    expect(((await (await p.post({ query: '{ __typename }' })).json()) as any).data.__typename).toBe('Query');
    expect((await fetch(`${base}/graphiql`)).status).toBe(404);
  });

  test('/livez and /readyz answer 200; /readyz turns 503 once draining; in-flight requests finish', async () => {
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    // A WebSocket client that never answers the server's close frame keeps shutdown in its
    // socket-closing phase, so the draining HTTP server can be observed.
    const ws = await rawWebSocket(base);
    // An HTTP request in flight: headers sent, body not yet.
    const inflight = startSlowPost(p.url, JSON.stringify({ query: '{ __typename }' }));
    await inflight.started;

    const stopping = p.wushe.stop();
    const draining = await fetch(`${base}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'draining' });
    expect((await fetch(`${base}/livez`)).status).toBe(200);

    inflight.finish();
    ws.destroy(); // now let shutdown proceed
    expect(await inflight.response).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20000 } } } });
    await stopping;
    await expect(fetch(`${base}/readyz`)).rejects.toThrow();
  });
});

/** Opens a graphql-transport-ws upgrade by hand and then ignores everything the server sends. */
function rawWebSocket(base: string): Promise<net.Socket> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname, () => {
      sock.write(
        [
          'GET /graphql HTTP/1.1',
          `Host: ${hostname}:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Protocol: graphql-transport-ws',
          '',
          '',
        ].join('\r\n'),
      );
    });
    sock.once('data', (d) => (d.toString().startsWith('HTTP/1.1 101') ? resolve(sock) : reject(new Error(d.toString()))));
    sock.once('error', reject);
  });
}

/** A POST whose body is held back until finish(). */
function startSlowPost(url: string, body: string) {
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  req.write(body.slice(0, 5), () => started());
  return { started: startedP, response, finish: () => req.end(body.slice(5)) };
}
