// Runs the modules' periodic jobs in this process (each on its own timer, never overlapping
// itself). Jobs are written to be safe when several processes run them at once.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ModuleRegistry } from './registry';
import type { PresetCatalog } from './presets';
import type { JobContext, JobDeclaration, WusheModule } from './module-contract';
import { effectiveModuleSettings } from './community-modules';
import { typedSettings } from './settings';

export class JobRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly registry: ModuleRegistry,
    private readonly presets: PresetCatalog,
    private readonly log: Logger,
  ) {}

  private jobs(): { module: WusheModule; job: JobDeclaration }[] {
    return this.registry.list().flatMap((module) => (module.jobs ?? []).map((job) => ({ module, job })));
  }

  start(): void {
    for (const { module, job } of this.jobs()) {
      const t = setInterval(() => void this.run(`${module.key}.${job.name}`).catch(() => undefined), job.everyMs);
      t.unref();
      this.timers.push(t);
    }
  }

  /** Runs one job now (tests, admin tools); waits for a run already under way instead of overlapping. */
  async run(name: string, now = new Date()): Promise<void> {
    const found = this.jobs().find(({ module, job }) => `${module.key}.${job.name}` === name);
    if (!found) throw new Error(`unknown job ${name}`);
    const busy = this.running.get(name);
    if (busy) return busy;
    const p = found.job
      .run(this.context(found.module.key, this.orm.em.fork() as EntityManager, now))
      .catch((e) => this.log.error({ err: (e as Error).message, job: name }, 'job failed; will run again'))
      .finally(() => this.running.delete(name));
    this.running.set(name, p);
    return p;
  }

  /**
   * What a job of `moduleKey` runs with: the fork, the time, and the module's settings per
   * community (read once per community and run). Public so a test can run a job as a second
   * process would, beside the registered one.
   */
  context(moduleKey: string, em: EntityManager, now: Date): JobContext {
    const read = new Map<string, Promise<unknown | null>>();
    const settings = (communityId: string) => {
      let s = read.get(communityId);
      if (!s) read.set(communityId, (s = effectiveModuleSettings(em, this.registry, this.presets, communityId, moduleKey)));
      return s;
    };
    return { em, now, settings, settingsAs: async (decl, communityId) => typedSettings(moduleKey, decl, await settings(communityId)) };
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await Promise.all(this.running.values());
  }
}
