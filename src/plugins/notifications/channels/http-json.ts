// The one HTTP call adapters make: JSON in, JSON out, with a timeout. Network failures and 5xx are
// retryable ChannelErrors; the provider's own error shapes are the adapter's to read.
import { ChannelError } from './channel.types';

export async function requestJson(
  url: string,
  init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, { method: init.method, headers: init.headers, body: init.body, signal: AbortSignal.timeout(init.timeoutMs) });
  } catch (e) {
    throw new ChannelError('NETWORK', (e as Error).message, true);
  }
  const text = await res.text();
  if (res.status >= 500) throw new ChannelError(`HTTP_${res.status}`, text.slice(0, 200), true);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ChannelError(`HTTP_${res.status}`, 'response is not JSON', res.status >= 400 ? res.status === 429 : true);
  }
}
