// Strategies: named seams where one server may run another implementation of a step of a module
// without an `if` in the module. A module declares each seam with its correct implementation
// (`defineStrategy`) and lists it in its manifest; the registry keeps one table per server, bound
// to that server's ORM configuration, so code that holds only an EntityManager (services, event
// handlers, jobs) finds the implementation in effect with a few property reads and no allocation.
// Tests use this to inject the deliberately naive read-then-write paths of their negative
// controls; shipping code carries only the correct implementations.

export interface Strategy<T extends object> {
  /** `<moduleKey>.<name>`, unique across the installed modules. */
  readonly key: string;
  /** What the seam decides, for whoever replaces it. */
  readonly description: string;
  /** The implementation in effect unless a server replaces it. */
  readonly impl: T;
}

/** Declares a seam and its correct implementation (list it in the manifest's `strategies`). */
export function defineStrategy<T extends object>(key: string, description: string, impl: T): Strategy<T> {
  return Object.freeze({ key, description, impl });
}

/** A replacement of one strategy, typed against its interface (see `replaceStrategy`). */
export interface StrategyOverride {
  readonly strategy: Strategy<object>;
  readonly impl: object;
}

export function replaceStrategy<T extends object>(strategy: Strategy<T>, impl: T): StrategyOverride {
  return { strategy, impl };
}

const TABLE = Symbol('wushe.strategies');
type Holder = { [TABLE]?: StrategyTable };

/** The strategies of one server: every declared one, each with the implementation in effect. */
export class StrategyTable {
  private readonly declared = new Map<string, Strategy<object>>();
  /** key → implementation in effect; a plain object, so a lookup is a property read. */
  private readonly inEffect: Record<string, object> = Object.create(null);

  /** Registers a module's strategy; false when another one already has the key. */
  declare(s: Strategy<object>): boolean {
    if (this.declared.has(s.key)) return false;
    this.declared.set(s.key, s);
    this.inEffect[s.key] = s.impl;
    return true;
  }

  get<T extends object>(s: Strategy<T>): T {
    return (this.inEffect[s.key] as T | undefined) ?? s.impl;
  }

  /** Replaces strategies on this server until the returned function puts the previous ones back. */
  override(overrides: readonly StrategyOverride[]): () => void {
    const previous: [string, object][] = [];
    for (const { strategy, impl } of overrides) {
      if (this.declared.get(strategy.key) !== strategy) {
        throw new Error(`strategy "${strategy.key}" is not declared by an installed module (list it in the manifest's strategies)`);
      }
      previous.push([strategy.key, this.inEffect[strategy.key]!]);
      this.inEffect[strategy.key] = impl;
    }
    return () => {
      for (const [key, impl] of previous.reverse()) this.inEffect[key] = impl;
    };
  }

  list(): Strategy<object>[] {
    return [...this.declared.values()];
  }

  /** Attaches the table to an ORM configuration: every EntityManager forked from it finds it. */
  bindTo(ormConfig: object): void {
    Object.defineProperty(ormConfig, TABLE, { value: this, configurable: true });
  }
}

/**
 * The implementation in effect for the server that owns `em` (its ORM's table), or the declared
 * one when the ORM was opened without a registry's table.
 */
export function strategyOf<T extends object>(em: { readonly config: object }, s: Strategy<T>): T {
  const table = (em.config as Holder)[TABLE];
  return table ? table.get(s) : s.impl;
}
