// Child process of the bench: generates HTTP load (autocannon) and holds the 1,000 subscriber
// sockets (graphql-ws or raw ws), so the server's event loop never also runs the clients.
// Arrival times use process.hrtime (CLOCK_MONOTONIC, comparable across processes on one machine).
import autocannon from 'autocannon';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const gqlClients: Client[] = [];
const rawSockets: WebSocket[] = [];
const arrivals = new Map<string, string[]>();
const samples = new Map<string, string>(); // one message per event as a client got it (the raw baseline sends it)
/** The cursor of a subscription result, whatever its root field (changes, dispatchBoard …). */
const cursorOf = (data: Record<string, { cursor?: string } | null> | null | undefined) => (data ? Object.values(data)[0]?.cursor : undefined);
const wake = new Set<() => void>();

function arrived(key: string | undefined): void {
  if (key == null) return;
  const t = process.hrtime.bigint().toString();
  let list = arrivals.get(key);
  if (!list) arrivals.set(key, (list = []));
  list.push(t);
  for (const w of wake) w();
}

/** `tokens`: socket k signs in with tokens[k % tokens.length] (one login, or many distinct ones). */
async function openGql(url: string, tokens: string[], n: number, query: string): Promise<{ connected: number }> {
  let connected = 0;
  for (let i = 0; i < n; i += 100) {
    const batch = Array.from(
      { length: Math.min(100, n - i) },
      (_, j) =>
        new Promise<void>((resolve) => {
          const client = createClient({
            url,
            webSocketImpl: WebSocket,
            lazy: false,
            retryAttempts: 0,
            connectionParams: { Authorization: `Bearer ${tokens[(i + j) % tokens.length]}` },
            on: {
              connected: () => {
                connected++;
                resolve();
              },
              closed: () => resolve(),
              error: () => resolve(),
            },
          });
          gqlClients.push(client);
          client.subscribe<any>(
            { query },
            {
              next: (v) => {
                const key = cursorOf(v.data);
                arrived(key);
                if (key != null && !samples.has(key))
                  samples.set(key, JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', type: 'next', payload: v }));
              },
              error: (e) => console.error('subscription error', JSON.stringify(e).slice(0, 300)),
              complete: () => undefined,
            },
          );
        }),
    );
    await Promise.race([Promise.all(batch), new Promise((r) => setTimeout(r, 15_000))]);
  }
  return { connected };
}

async function openRaw(url: string, n: number): Promise<{ connected: number }> {
  let connected = 0;
  for (let i = 0; i < n; i += 100) {
    const batch = Array.from(
      { length: Math.min(100, n - i) },
      () =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(url);
          rawSockets.push(ws);
          ws.on('open', () => {
            connected++;
            resolve();
          });
          ws.on('error', () => resolve());
          ws.on('message', (data) => {
            try {
              arrived(cursorOf(JSON.parse(data.toString()).payload?.data));
            } catch {
              // not a frame of ours
            }
          });
        }),
    );
    await Promise.race([Promise.all(batch), new Promise((r) => setTimeout(r, 15_000))]);
  }
  return { connected };
}

/** CPU of this (the clients') process since the last `arrivals` answer: one round's client-side work. */
let cpuMark = process.cpuUsage();

async function waitArrivals(key: string, n: number, timeoutMs: number): Promise<{ arrivals: string[]; sample: string | null; cpuMs: number }> {
  const deadline = Date.now() + timeoutMs;
  while ((arrivals.get(key)?.length ?? 0) < n && Date.now() < deadline) {
    await new Promise<void>((r) => {
      const done = () => {
        wake.delete(done);
        clearTimeout(t);
        r();
      };
      const t = setTimeout(done, 100);
      wake.add(done);
    });
  }
  const cpu = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  return { arrivals: arrivals.get(key) ?? [], sample: samples.get(key) ?? null, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function closeAll(): Promise<void> {
  await Promise.race([Promise.all(gqlClients.splice(0).map((c) => c.dispose())), new Promise((r) => setTimeout(r, 10_000))]);
  for (const ws of rawSockets.splice(0)) ws.terminate();
  arrivals.clear();
  samples.clear();
}

async function cannon(m: any) {
  // `bodies`: request bodies used in turn, each with __SEQ__ replaced by a number unique to the
  // run (idempotency keys of ledger mutations must differ from request to request).
  let seq = 0;
  const bodies: string[] | undefined = m.bodies;
  const requests = bodies ? [{ setupRequest: (req: any) => ({ ...req, body: bodies[seq % bodies.length]!.replace(/__SEQ__/g, String(++seq)) }) }] : undefined;
  const r: any = await autocannon({
    url: m.url,
    method: m.method ?? 'POST',
    headers: m.headers,
    body: m.body,
    requests,
    connections: m.connections,
    duration: m.duration,
    timeout: 10,
  });
  return {
    rps: r.requests.average,
    total: r.requests.total,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerReq: r.requests.total ? r.throughput.total / r.requests.total : 0,
  };
}

process.on('message', async (m: any) => {
  try {
    let result: unknown;
    switch (m.cmd) {
      case 'cannon':
        result = await cannon(m);
        break;
      case 'gql-open':
        result = await openGql(m.url, m.tokens ?? [m.token], m.n, m.query);
        break;
      case 'raw-open':
        result = await openRaw(m.url, m.n);
        break;
      case 'arrivals':
        result = await waitArrivals(m.key, m.n, m.timeoutMs);
        break;
      case 'close-all':
        result = await closeAll();
        break;
      case 'exit':
        await closeAll();
        process.exit(0);
      default:
        throw new Error(`unknown command ${m.cmd}`);
    }
    process.send!({ seq: m.seq, result: result ?? null });
  } catch (e) {
    process.send!({ seq: m.seq, error: (e as Error).message });
  }
});
process.on('disconnect', () => process.exit(0));
