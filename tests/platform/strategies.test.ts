// Strategies (src/plugins/strategies.ts): a module's seams, declared in its manifest with their
// correct implementation, replaced for one server only — how negative controls inject their naive
// paths without an `if` in shipping code. Checked here: the registry refuses badly keyed or
// duplicate strategies, an override of an undeclared one is refused, and an override reaches every
// EntityManager of its own server and no other (a second server on the same database keeps the
// declared implementation), and is put back afterwards.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ModuleManifestError, ModuleRegistry } from '../../src/plugins/registry';
import { defineModule, type WusheModule } from '../../src/plugins/module-contract';
import { defineStrategy, replaceStrategy, strategyOf } from '../../src/plugins/strategies';
import core from '../../src/modules/core';
import { SLOT_PLACES } from '../../src/modules/stations/booking.service';
import { startTestServer, type TestServer } from '../harness/server';

const fake = (strategies: WusheModule['strategies'], key = 'fake'): WusheModule =>
  defineModule({
    key,
    name: { 'zh-CN': '测试模块', en: 'Fake' },
    version: '1.0.0',
    coreRange: '^0.1.0',
    entities: [],
    resolvers: [],
    permissions: {},
    roleDefaults: {},
    migrations: [],
    strategies,
  });

const counter = defineStrategy('fake.counter', 'what the test reads', { name: 'declared' });

test("the registry lists a module's strategies and refuses one keyed outside the module or declared twice", () => {
  expect(new ModuleRegistry([core, fake([counter])]).strategies.list().map((s) => s.key)).toContain('fake.counter');
  const refusals: [WusheModule[], string][] = [
    [[core, fake([defineStrategy('other.counter', 'x', {})])], 'must start with "fake."'],
    [[core, fake([counter, counter])], 'declared twice'],
    [[core, fake([counter]), fake([counter], 'fake2')], 'must start with "fake2."'],
  ];
  for (const [manifests, problem] of refusals) {
    let error: unknown;
    try {
      new ModuleRegistry(manifests);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModuleManifestError);
    expect((error as Error).message).toContain('field "strategies"');
    expect((error as Error).message).toContain(problem);
  }
});

test('an override of a strategy no installed module declares is refused', () => {
  const registry = new ModuleRegistry([core]);
  expect(() => registry.strategies.override([replaceStrategy(counter, { name: 'other' })])).toThrow('"fake.counter" is not declared');
});

describe('overrides per server', () => {
  let a: TestServer;
  let b: TestServer;
  const naive = { take: async () => undefined };
  const fork = (s: TestServer) => s.wushe.app.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    a = await startTestServer({ strategies: [replaceStrategy(SLOT_PLACES, naive)] });
    b = await startTestServer({ databaseUrl: a.databaseUrl });
  }, 60_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  test('a server started with an override uses it in every EntityManager; another server on the same database does not', () => {
    expect(strategyOf(fork(a), SLOT_PLACES)).toBe(naive);
    expect(strategyOf(fork(b), SLOT_PLACES)).toBe(SLOT_PLACES.impl);
    // An ORM opened without a registry's table (no server) falls back to the declared implementation.
    expect(strategyOf({ config: {} }, SLOT_PLACES)).toBe(SLOT_PLACES.impl);
  });

  test('withStrategies replaces for the callback only and puts back what was in effect', async () => {
    const other = { take: async () => undefined };
    const seen = await b.withStrategies([replaceStrategy(SLOT_PLACES, other)], async () => [
      strategyOf(fork(b), SLOT_PLACES),
      strategyOf(fork(a), SLOT_PLACES),
    ]);
    expect(seen[0]).toBe(other);
    expect(seen[1]).toBe(naive);
    expect(strategyOf(fork(b), SLOT_PLACES)).toBe(SLOT_PLACES.impl);
    await expect(
      a.withStrategies([replaceStrategy(SLOT_PLACES, other)], async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(strategyOf(fork(a), SLOT_PLACES)).toBe(naive);
  });
});
