// The job queue: graphile-worker on the application's own PostgreSQL (schema `graphile_worker`).
// Modules' periodic `jobs` become cron schedules: graphile-worker records each schedule's last
// run in `known_crontabs` under a lock, so a schedule fires once across all replicas (and a run
// missed while every replica was down is backfilled). A throwing run is logged and retried with
// exponential backoff by the queue; it never reaches the server. Kernel features (webhook
// deliveries) add their own tasks with `define` and enqueue them with `enqueueSql`/`addJob`.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger as Pino } from 'pino';
import { Logger, parseCronItems, run, type CronItem, type JobHelpers, type Runner, type TaskList } from 'graphile-worker';
import type { ModuleRegistry } from './registry';
import type { PresetCatalog } from './presets';
import type { JobContext, JobDeclaration, WusheModule } from './module-contract';
import { effectiveModuleSettings } from './community-modules';
import { typedSettings } from './settings';
import { JOBS_SCHEMA } from '../db/migrator';

export interface JobQueueOptions {
  connectionString: string;
  /** Jobs run at once in this process. */
  concurrency: number;
  /** Interval of the look for jobs that became due (retries, delayed jobs); new jobs arrive by LISTEN/NOTIFY. */
  pollInterval: number;
}

export interface AddJobOptions {
  /** Jobs of one queue run one after the other, across all replicas. */
  queueName?: string;
  runAt?: Date;
  /** De-duplication: a pending job with the same key is updated instead of added. */
  jobKey?: string;
  jobKeyMode?: 'replace' | 'preserve_run_at';
  maxAttempts?: number;
}

/** A kernel task: its payload and graphile-worker's helpers (attempt number, logger). */
export type QueueTask = (payload: unknown, helpers: JobHelpers) => Promise<void>;

/** The pino logger behind graphile-worker's own log lines (job failures, retries, cron). */
function workerLogger(log: Pino): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const fn = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'info' ? 'info' : 'debug';
    // The job row is named, not dumped (its payload is the task's business).
    const { job, ...rest } = (meta ?? {}) as { job?: { id?: string; task_identifier?: string; attempts?: number } };
    log[fn]({ worker: scope.workerId, ...(job ? { jobId: job.id, job: job.task_identifier, attempt: job.attempts } : {}), ...rest }, message);
  });
}

/** `everyMs` as a cron pattern: whole minutes that divide an hour, hours that divide a day, else daily. */
export function cronPattern(job: JobDeclaration): string {
  if (job.cron) return job.cron;
  const minutes = Math.max(1, Math.round(job.everyMs / 60_000));
  if (minutes < 60) return `*/${[1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30].filter((d) => d <= minutes).pop()} * * * *`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `0 */${[1, 2, 3, 4, 6, 8, 12].filter((d) => d <= hours).pop()} * * *`;
  return '0 0 * * *';
}

const cronTask = (name: string) => `cron:${name}`;
const communityTask = (name: string) => `job:${name}`;

export class JobRunner {
  private runner: Runner | null = null;
  private readonly tasks: TaskList = {};
  private readonly running = new Map<string, Promise<void>>();
  /** Hears each run of the worker: task, outcome (error: retried; failed: out of attempts) and run time (metrics). */
  onRun?: (task: string, outcome: 'success' | 'error' | 'failed', seconds?: number) => void;

  constructor(
    private readonly orm: MikroORM,
    private readonly registry: ModuleRegistry,
    private readonly presets: PresetCatalog,
    private readonly log: Pino,
    /** Needed to `start` the worker; without it the runner only runs jobs directly (`run`). */
    private readonly options?: JobQueueOptions,
  ) {
    for (const { module, job } of this.jobs()) {
      const name = `${module.key}.${job.name}`;
      if (job.perCommunity) {
        // The schedule fans out: one job per community where the module is enabled, retried on its own.
        this.tasks[cronTask(name)] = async () => {
          for (const communityId of await this.enabledCommunities(module.key))
            await this.addJob(
              communityTask(name),
              { communityId },
              { jobKey: `${name}:${communityId}`, jobKeyMode: 'preserve_run_at', maxAttempts: job.maxAttempts },
            );
        };
        this.tasks[communityTask(name)] = async (payload) => {
          await this.runOne(module, job, new Date(), (payload as { communityId: string }).communityId);
        };
      } else {
        this.tasks[cronTask(name)] = async () => this.runOne(module, job, new Date());
      }
    }
  }

  private jobs(): { module: WusheModule; job: JobDeclaration }[] {
    return this.registry.list().flatMap((module) => (module.jobs ?? []).map((job) => ({ module, job })));
  }

  /** Adds a kernel task (before `start`). */
  define(name: string, task: QueueTask): void {
    this.tasks[name] = task as TaskList[string];
  }

  /** Starts the worker: cron schedules and queued tasks run in this process from now on. */
  async start(): Promise<void> {
    if (!this.options) throw new Error('JobRunner.start: no queue options');
    const items: CronItem[] = this.jobs().map(({ module, job }) => ({
      task: cronTask(`${module.key}.${job.name}`),
      match: cronPattern(job),
      identifier: `${module.key}.${job.name}`,
      // A run missed while no replica was up is made up once (within one period).
      options: { backfillPeriod: Math.min(job.everyMs, 24 * 3600_000), maxAttempts: job.maxAttempts ?? 5, queueName: cronTask(`${module.key}.${job.name}`) },
    }));
    this.runner = await run({
      connectionString: this.options.connectionString,
      schema: JOBS_SCHEMA,
      concurrency: this.options.concurrency,
      pollInterval: this.options.pollInterval,
      maxPoolSize: this.options.concurrency + 2,
      noHandleSignals: true,
      logger: workerLogger(this.log),
      taskList: this.tasks,
      parsedCronItems: parseCronItems(items),
    });
    // `at`: the schedule a cron run belongs to (once per schedule across replicas).
    const at = (job: { payload: unknown }) => (job.payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
    this.runner.events.on('job:success', ({ job }) => this.log.info({ job: job.task_identifier, at: at(job), attempt: job.attempts }, 'job done'));
    if (this.onRun) {
      const onRun = this.onRun;
      const started = new Map<string, number>();
      const took = (id: string) => {
        const t0 = started.get(id);
        started.delete(id);
        return t0 === undefined ? undefined : (performance.now() - t0) / 1000;
      };
      this.runner.events.on('job:start', ({ job }) => void started.set(job.id, performance.now()));
      this.runner.events.on('job:success', ({ job }) => onRun(job.task_identifier, 'success', took(job.id)));
      this.runner.events.on('job:error', ({ job }) => onRun(job.task_identifier, 'error', took(job.id)));
      this.runner.events.on('job:failed', ({ job }) => onRun(job.task_identifier, 'failed'));
    }
    this.runner.events.on('job:error', ({ job, error }) =>
      this.log.error(
        { job: job.task_identifier, attempt: job.attempts, maxAttempts: job.max_attempts, err: (error as Error)?.message },
        'job failed; the queue retries it',
      ),
    );
  }

  /** Enqueues a job through the queue (any replica's worker runs it). */
  async addJob(task: string, payload: unknown, o: AddJobOptions = {}): Promise<void> {
    await this.orm.em.getConnection().execute(enqueueSql, enqueueParams(task, payload, o));
  }

  /** Fires a schedule now, through the queue, as its cron would (admin tools, tests). */
  trigger(name: string): Promise<void> {
    if (!this.tasks[cronTask(name)]) throw new Error(`unknown job ${name}`);
    return this.addJob(
      cronTask(name),
      {},
      { queueName: cronTask(name), maxAttempts: this.jobs().find((j) => `${j.module.key}.${j.job.name}` === name)?.job.maxAttempts ?? 5 },
    );
  }

  /** Runs one job now in this process (tests, admin tools); waits for a run already under way instead of overlapping. */
  async run(name: string, now = new Date()): Promise<void> {
    const found = this.jobs().find(({ module, job }) => `${module.key}.${job.name}` === name);
    if (!found) throw new Error(`unknown job ${name}`);
    const busy = this.running.get(name);
    if (busy) return busy;
    const p = (async () => {
      const where = found.job.perCommunity ? await this.enabledCommunities(found.module.key) : [undefined];
      for (const cid of where) await this.runOne(found.module, found.job, now, cid);
    })()
      .catch((e) => this.log.error({ err: (e as Error).message, job: name }, 'job failed'))
      .finally(() => this.running.delete(name));
    this.running.set(name, p);
    return p;
  }

  private async runOne(module: WusheModule, job: JobDeclaration, now: Date, communityId?: string): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    const ctx = this.context(module.key, em, now);
    if (communityId !== undefined) {
      // Checked when the job runs, not when it was scheduled: a module disabled meanwhile does not run.
      if ((await ctx.settings(communityId)) === null) return;
      em.setFilterParams('tenant', { communityId });
      ctx.communityId = communityId;
    }
    await job.run(ctx);
  }

  /** Communities where a module is enabled (jobs declared `perCommunity`). */
  private async enabledCommunities(moduleKey: string): Promise<string[]> {
    const em = this.orm.em.fork() as EntityManager;
    const rows = await em.getConnection().execute<{ id: string }[]>('select id from community order by id');
    const out: string[] = [];
    for (const { id } of rows) if ((await effectiveModuleSettings(em, this.registry, this.presets, id, moduleKey)) !== null) out.push(id);
    return out;
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
    // Graceful: running jobs finish (or are released for another replica after the abort timeout).
    await this.runner?.stop();
    this.runner = null;
    await Promise.all(this.running.values());
  }
}

/** SQL that enqueues a job inside the caller's transaction (committed with it, or not at all). */
export const enqueueSql = `select ${JOBS_SCHEMA}.add_job(?::text, ?::json, queue_name => ?::text, run_at => ?::timestamptz, max_attempts => ?::int, job_key => ?::text, job_key_mode => ?::text)`;

export function enqueueParams(task: string, payload: unknown, o: AddJobOptions = {}): unknown[] {
  return [
    task,
    JSON.stringify(payload ?? {}),
    o.queueName ?? null,
    o.runAt?.toISOString() ?? null,
    o.maxAttempts ?? 25,
    o.jobKey ?? null,
    o.jobKey ? (o.jobKeyMode ?? 'replace') : null,
  ];
}
