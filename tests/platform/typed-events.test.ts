// Typed events: a payload that does not match its event's schema is refused where it is published
// (development and tests), with an error naming the event type and the path; a matching one is
// recorded as given. Driven through GraphQL by a probe module whose mutation publishes whatever
// data it is sent (the cast below is the probe's point: it defeats the compile-time check).
import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import { startTestServer, type TestServer } from '../harness/server';
import { relayIdle, sql } from '../harness/proc-events';
import { createRegistry } from '../../src/plugins/loader';
import { defineModule, type WusheModule } from '../../src/plugins/module-contract';
import { defineEvent, EventDataError, on, type EventData } from '../../src/plugins/events/define-event';
import { recordEvent } from '../../src/plugins/events/record-event';
import { eventInsertSql } from '../../src/plugins/events/outbox-statement';
import { Requires } from '../../src/schema/requires';
import type { Ctx } from '../../src/schema/context';
import { CORE_EVENTS } from '../../src/modules/core/public';
import { DISPATCH_EVENTS } from '../../src/modules/dispatch/public';
import { FIRST_PARTY } from '../../src/modules';

const Probed = defineEvent('probe.Probed', z.object({ count: z.number().int(), tags: z.array(z.string()).optional() }), {
  description: { 'zh-CN': '探针事件', en: 'Probe event' },
  permission: 'probe.write',
});

@Resolver()
class ProbeResolver {
  @Mutation(() => Boolean, { description: '探针 — records probe.Probed with the given data' })
  @Requires('probe', 'probe.write')
  async probeRecord(
    @Arg('data', () => GraphQLJSONObject, { description: '数据 — event data' }) data: Record<string, unknown>,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    const { communityId } = await ctx.access();
    await ctx.em.fork().transactional(async (em) => {
      recordEvent(em, Probed, { communityId, data: data as EventData<typeof Probed> });
    });
    return true;
  }
}

const probe: WusheModule = defineModule({
  key: 'probe',
  name: { 'zh-CN': '探针', en: 'Probe' },
  version: '1.0.0',
  coreRange: '^0.1.0',
  entities: [],
  resolvers: [ProbeResolver],
  permissions: { write: { 'zh-CN': '写探针事件', en: 'Write probe events' } },
  roleDefaults: { COMMUNITY_ADMIN: ['write'] },
  events: { publishes: [Probed] },
  migrations: [],
});

const PROBE = `mutation Probe($data: JSONObject!) { probeRecord(data: $data) }`;
const CONFIGURE = `mutation ProbeOn { communityModuleConfigure(input: { moduleKey: "probe", enabled: true }) { userErrors { code } } }`;

let s: TestServer;
let admin: string;
const logged: string[] = [];
beforeAll(async () => {
  s = await startTestServer({ demo: true, modules: [probe], logDestination: { write: (line: string) => void logged.push(line) } });
  admin = await s.login('admin');
  const configured: any = await (await s.post({ query: CONFIGURE }, { authorization: `Bearer ${admin}` })).json();
  expect(configured.data.communityModuleConfigure.userErrors).toEqual([]);
});
afterAll(() => s?.stop());

const probeRows = async () => (await sql(s.databaseUrl, `select data from outbox_event where type = 'probe.Probed' order by id`)).map((r) => r.data);
const send = async (data: unknown): Promise<any> => (await s.post({ query: PROBE, variables: { data } }, { authorization: `Bearer ${admin}` })).json();

test('a payload that does not match the schema is refused at publish, naming the event type and the path; nothing is written', async () => {
  const before = await probeRows();
  const r = await send({ count: 'three', tags: ['a'] });
  expect(r.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  expect(r.data?.probeRecord ?? null).toBeNull();
  // The server's log holds the real cause: type and path.
  expect(logged.join('\n')).toContain('event probe.Probed: invalid data at data.count');
  const nested = await send({ count: 3, tags: ['a', 7] });
  expect(nested.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  expect(logged.join('\n')).toContain('event probe.Probed: invalid data at data.tags.1');
  expect(await send({})).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  await relayIdle(s.databaseUrl);
  expect(await probeRows()).toEqual(before);
});

test('a matching payload is recorded as given', async () => {
  const r = await send({ count: 2, tags: ['x'] });
  expect(r.errors).toBeUndefined();
  expect(r.data.probeRecord).toBe(true);
  expect((await probeRows()).at(-1)).toEqual({ count: 2, tags: ['x'] });
});

test('recordEvent throws before anything is persisted; an SQL-written event is checked after its statement', async () => {
  const em = s.wushe.app.orm.em.fork();
  const bad = { count: 1.5 } as EventData<typeof Probed>;
  expect(() => recordEvent(em, Probed, { communityId: null, data: bad })).toThrow(EventDataError);
  expect(() => recordEvent(em, Probed, { communityId: null, data: bad })).toThrow('event probe.Probed: invalid data at data.count');
  expect(em.getUnitOfWork().getPersistStack().size).toBe(0);
  const insert = eventInsertSql(Probed, { from: 'x', communityId: 'null', data: { count: 'x.n', tags: 'x.tags' } });
  expect(insert.sql).toContain(`jsonb_build_object('count', x.n, 'tags', x.tags)`);
  expect(() => insert.written(em, { count: 'many' })).toThrow('event probe.Probed: invalid data at data.count');
  expect(() => insert.written(em, null)).not.toThrow(); // no row written: nothing to check
});

test('the registry refuses an event declared without a schema, and a type handled twice', () => {
  const plain = {
    ...probe,
    key: 'plain',
    events: { publishes: [{ type: 'plain.Done', description: { 'zh-CN': '完成', en: 'Done' }, permission: 'plain.write' }] },
  } as unknown as WusheModule;
  expect(() => createRegistry([...FIRST_PARTY, { ...plain, resolvers: [], permissions: probe.permissions, roleDefaults: {} }])).toThrow(
    /events\.publishes.*plain\.Done.*defineEvent/s,
  );
  const twice = on(CORE_EVENTS.HouseholdCreated, async () => undefined);
  expect(() => createRegistry([...FIRST_PARTY, { ...probe, key: 'twice', resolvers: [], roleDefaults: {}, events: { handles: [twice, twice] } }])).toThrow(
    /events\.handles.*core\.HouseholdCreated.*twice/s,
  );
});

test('publisher and handler types come from the definition (checked by tsc over tests/)', () => {
  const em = s.wushe.app.orm.em.fork();
  // @ts-expect-error count must be a number
  expect(() => recordEvent(em, Probed, { communityId: null, data: { count: 'x' } })).toThrow(EventDataError);
  // @ts-expect-error data is required when the schema has required fields
  expect(() => recordEvent(em, Probed, { communityId: null })).toThrow(EventDataError);
  const h = on(DISPATCH_EVENTS.RequestRated, async (event) => {
    const rating: number = event.data.rating; // typed, no cast
    // @ts-expect-error not a field of RequestRated
    void event.data.nonsense;
    void rating;
  });
  expect(h.type).toBe('dispatch.RequestRated');
});
