// Subscription execution for a transport (the WebSocket server calls it as graphql-ws's
// `subscribe`). Each subscriber keeps its own source stream (its own cursor). On the iterator path
// (replay, resync, no sink) the permission re-check and the execution of an event are shared by
// the subscriptions of one caller and operation (live-share.ts `subscriptionShareKey`). Once caught
// up, a live stream whose transport handed a sink is served by the hub (live-hub.ts): one
// evaluation per visibility class, the payload handed to every member's sink.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Ctx } from '../../schema/context';
import type { OutboxEventRecord } from './event.types';
import type { LiveDelivery } from './live-sink';
import { LiveStream } from './live-stream';

type Source = AsyncIterator<unknown> & { return?: () => Promise<IteratorResult<unknown>> };

/**
 * Runs a subscription operation. Returns the iterator of results for the transport to send (the
 * replay, resyncs, and every event of a subscription without a sink), or the error result when
 * the source stream could not be created. A throw while executing an event ends the subscription
 * with it (the iterator throws); so does one inside the hub's direct delivery (live-sink.ts).
 */
export async function subscribeLive(args: ExecutionArgs, delivery: LiveDelivery = {}): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (stream as object))) return stream as ExecutionResult;
  const src = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]() as Source;
  const ctx = args.contextValue as Ctx;
  const { classKey, shareKey, sink } = delivery;
  const memo = ctx.app.live.memo;
  const run = (event: unknown) => {
    // A member whose stream did not decide this event (another one did) still has an older fork.
    if (classKey) ctx.refresh(true);
    return execute({ ...args, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult;
  };
  const map = (event: unknown): Promise<ExecutionResult> | ExecutionResult => {
    const seq = (event as { seq?: unknown } | null)?.seq;
    if (!classKey || typeof seq !== 'string') return run(event);
    return memo.get(`${classKey}|x|${seq}`, async () => run(event));
  };
  if (classKey && src instanceof LiveStream) {
    // The hub renders an event once per visibility class with the sink of the member it picked,
    // under the context it refreshed for the event; all members of a class serialise alike (same
    // operation and language, same visibility).
    src.attach({
      classKey,
      shareKey,
      direct: sink && { sink, render: async (e: OutboxEventRecord) => sink.serialise(await execute({ ...args, rootValue: e })) },
    });
  }
  const close = async () => {
    await src.return?.();
    return { value: undefined, done: true } as IteratorReturnResult<undefined>;
  };
  const it: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const r = await src.next();
      if (r.done) return r as IteratorReturnResult<undefined>;
      try {
        return { value: await map(r.value), done: false };
      } catch (e) {
        await close();
        throw e;
      }
    },
    return: close,
    async throw(e?: unknown) {
      await close();
      throw e;
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}
