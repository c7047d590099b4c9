// Runs the modules' periodic jobs in this process (each on its own timer, never overlapping
// itself). Jobs are written to be safe when several processes run them at once.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ModuleRegistry } from './registry';
import type { PresetCatalog } from './presets';
import type { JobDeclaration, WusheModule } from './module-contract';
import { effectiveModuleSettings } from './community-modules';

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
    const em = this.orm.em.fork() as EntityManager;
    const p = found.job
      .run({ em, now, settings: (communityId) => effectiveModuleSettings(em, this.registry, this.presets, communityId, found.module.key) })
      .catch((e) => this.log.error({ err: (e as Error).message, job: name }, 'job failed; will run again'))
      .finally(() => this.running.delete(name));
    this.running.set(name, p);
    return p;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await Promise.all(this.running.values());
  }
}
