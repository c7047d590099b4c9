// Subscription execution for graphql-ws that shares work across an equivalence class of
// subscribers (live-share.ts): each subscriber keeps its own source stream (its own cursor, its own
// permission re-check per event, memoised per class), and the payload of one event is executed
// once per class — the other members get the same result object.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { AppServices } from '../plugins/app-services';
import type { Ctx } from '../schema/context';
import { eventMemo, shareKeyOf } from '../plugins/events/live-share';
import { setDirectSink } from '../plugins/events/live-stream';

/** Where a subscription's messages go, for direct delivery by the live hub. */
export interface Wire {
  id: string;
  socket: { readyState: number; send(data: string): void };
  /** The onNext hook: errors formatted for the subscriber's language. */
  format(result: ExecutionResult): ExecutionResult;
}

type Source = AsyncIterator<unknown> & { return?: () => Promise<IteratorResult<unknown>> };

export async function sharedSubscribe(app: AppServices, args: ExecutionArgs, wire?: Wire): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (stream as object))) return stream as ExecutionResult;
  const src = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]() as Source;
  const ctx = args.contextValue as Ctx;
  const shareKey = shareKeyOf(ctx);
  const memo = eventMemo(app);
  const run = (event: unknown) => {
    // A member whose stream did not decide this event (another one did) still has an older fork.
    if (shareKey) ctx.refresh(true);
    return execute({ ...args, rootValue: event }) as Promise<ExecutionResult> | ExecutionResult;
  };
  const map = (event: unknown): Promise<ExecutionResult> | ExecutionResult => {
    const seq = (event as { seq?: unknown } | null)?.seq;
    if (!shareKey || typeof seq !== 'string') return run(event);
    return memo.get(`${shareKey}|x|${seq}`, async () => run(event));
  };
  if (shareKey && wire) {
    // The hub renders an event once per class (one delivery per class and event); each socket gets it with its own id.
    const prefix = `{"id":${JSON.stringify(wire.id)},"type":"next","payload":`;
    setDirectSink(ctx, {
      render: async (e) => JSON.stringify(wire.format(await map(e))),
      send: (json) => wire.socket.readyState === 1 && wire.socket.send(`${prefix}${json}}`),
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
