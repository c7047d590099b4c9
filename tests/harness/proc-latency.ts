// A TCP proxy in front of a real service that can slow down the client→server direction of
// the connections whose traffic contains a marker (e.g. ioredis' CLIENT SETNAME of the pubsub
// subscriber). Makes "SUBSCRIBE registers asynchronously" races happen on purpose.
import net from 'node:net';

export interface LatencyProxy {
  url: string;
  /** Delay for matching connections, applied to data sent from now on (order is kept). */
  delayMs: number;
  /** Drops the matching connections (as the server killing them would), and no other. */
  cut(): void;
  close(): Promise<void>;
}

export async function latencyProxy(targetUrl: string, marker: string): Promise<LatencyProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  const marked = new Set<net.Socket>();
  const proxy: LatencyProxy = {
    url: '',
    delayMs: 0,
    cut: () => {
      for (const s of marked) s.destroy();
    },
    close: async () => undefined,
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.pipe(client);
    let slow = false;
    let lastDue = 0;
    client.on('data', (chunk) => {
      if (!slow && chunk.includes(marker)) {
        slow = true;
        marked.add(upstream);
        upstream.on('close', () => marked.delete(upstream));
      }
      const due = Math.max(lastDue, Date.now() + (slow ? proxy.delayMs : 0));
      lastDue = due;
      if (due <= Date.now()) upstream.write(chunk);
      else setTimeout(() => upstream.destroyed || upstream.write(chunk), due - Date.now());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  proxy.url = url.toString();
  proxy.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
