// Offline lint of the deployment files (CI: images cannot be pulled there, and `docker compose` /
// `docker build --check` are not always installed — when they are, they run too):
//   deploy/Dockerfile   instructions, pinned base images, stages, COPY sources that exist in the
//                       build context, exec-form CMD/ENTRYPOINT/HEALTHCHECK, a non-root USER
//   deploy/compose.yaml PostgreSQL, Redis, MinIO and two server replicas; depends_on targets and
//                       conditions; pinned images; every server's environment accepted by the
//                       server's own configuration loader (secrets filled with valid stand-ins)
//   deploy/wushe.service `systemd-analyze verify` when available (a missing /opt/wushe is expected)
// Usage: npx tsx scripts/lint-deploy.ts [--dockerfile F] [--compose F] [--unit F]; exit 1 on problems.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { ConfigError, configWarnings, loadConfig } from '../src/config';
import { generatePersonalDataKeys } from '../src/schema/personal-crypto';
import { serverNodeFlags } from './node-flags';

const ROOT = path.resolve(__dirname, '..');
const INSTRUCTIONS = new Set(
  'FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL MAINTAINER'.split(' '),
);

export function lintDockerfile(file: string, context = ROOT): string[] {
  const problems: string[] = [];
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const stages: string[] = [];
  let sawFrom = false;
  let user: string | null = null;
  let healthcheck = false;
  let entry = false;
  const expand = (s: string) => s.replace(/\$\{?(\w+)\}?/g, (_, k: string) => args.get(k) ?? '');
  for (const line of lines) {
    const [word = '', ...restParts] = line.split(/\s+/);
    const op = word.toUpperCase();
    const rest = restParts.join(' ');
    if (!INSTRUCTIONS.has(op)) {
      problems.push(`Dockerfile: unknown instruction ${word}`);
      continue;
    }
    if (!sawFrom && op !== 'FROM' && op !== 'ARG') problems.push(`Dockerfile: ${op} before the first FROM`);
    if (op === 'ARG') {
      const [k, v] = rest.split('=');
      if (k) args.set(k, v ?? '');
    } else if (op === 'FROM') {
      sawFrom = true;
      user = null;
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!m) problems.push(`Dockerfile: malformed FROM ${rest}`);
      else {
        const image = expand(m[1]!);
        const tag = image.includes('@') ? 'digest' : image.split('/').pop()!.split(':')[1];
        if (!stages.includes(image) && (!tag || tag === 'latest')) problems.push(`Dockerfile: base image ${image} is not pinned to a version`);
        if (m[2]) stages.push(m[2]);
      }
    } else if (op === 'COPY' || op === 'ADD') {
      const parts = rest.split(/\s+/);
      const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
      const paths = parts.filter((p) => !p.startsWith('--'));
      if (paths.length < 2) problems.push(`Dockerfile: ${op} needs a source and a destination: ${rest}`);
      if (from !== undefined) {
        if (!stages.includes(from)) problems.push(`Dockerfile: COPY --from=${from} names no earlier stage`);
      } else
        for (const src of paths.slice(0, -1))
          if (!fs.existsSync(path.join(context, src))) problems.push(`Dockerfile: ${op} source ${src} does not exist in the build context`);
    } else if (op === 'CMD' || op === 'ENTRYPOINT' || op === 'HEALTHCHECK') {
      const json = op === 'HEALTHCHECK' ? rest.slice(rest.indexOf('CMD ') + 4) : rest;
      if (op === 'HEALTHCHECK') healthcheck = true;
      if (op === 'ENTRYPOINT') entry = true;
      try {
        const v = JSON.parse(json) as unknown;
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error();
        if (op === 'ENTRYPOINT' && v[0] === 'node') {
          const flags = v.filter((x: string) => x.startsWith('--'));
          const want = serverNodeFlags(ROOT);
          if (flags.join(' ') !== want.join(' '))
            problems.push(`Dockerfile: ENTRYPOINT runs node with [${flags.join(' ')}], npm start with [${want.join(' ')}]: the server should run alike`);
        }
      } catch {
        problems.push(`Dockerfile: ${op} must use the exec form (a JSON array of strings), so signals reach node: ${json}`);
      }
    } else if (op === 'USER') user = rest;
  }
  if (!sawFrom) problems.push('Dockerfile: no FROM');
  if (!user || user === 'root' || user === '0') problems.push('Dockerfile: the final stage must run as a non-root USER');
  if (!healthcheck) problems.push('Dockerfile: no HEALTHCHECK');
  if (!entry) problems.push('Dockerfile: no ENTRYPOINT');
  return problems;
}

type Service = {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, unknown>;
  depends_on?: Record<string, { condition?: string }> | string[];
  ports?: string[];
};

/** Values that satisfy the server's configuration for variables a deployment supplies as secrets. */
function standIns(): Record<string, string> {
  const k = generatePersonalDataKeys();
  return { WUSHE_JWT_SECRET: 'x'.repeat(48), WUSHE_PII_KEYS: k.keys, WUSHE_PII_INDEX_KEY: k.index };
}

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}`: the default, a stand-in, or a placeholder. */
function interpolate(value: string, key: string, stand: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_, name: string, kind?: string, arg?: string) =>
    kind === '-' ? (arg ?? '') : (stand[name] ?? stand[key] ?? `stand-in-${name.toLowerCase()}-0123456789`),
  );
}

export function lintCompose(file: string): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  let doc: { services?: Record<string, Service> };
  try {
    doc = parseYaml(fs.readFileSync(file, 'utf8'), { merge: true }) as typeof doc;
  } catch (e) {
    return { problems: [`compose: not valid YAML: ${(e as Error).message}`], warnings };
  }
  const services = doc.services ?? {};
  const names = Object.keys(services);
  const isWushe = (s: Service) => /^wushe(:|$)/.test(s.image ?? '') || !!s.build;
  const serving = names.filter((n) => isWushe(services[n]!) && (!services[n]!.command || [services[n]!.command].flat().join(' ') === 'serve'));
  if (serving.length < 2) problems.push(`compose: two server replicas expected, found ${serving.length}`);
  for (const need of ['postgres', 'redis', 'minio'])
    if (!names.some((n) => (services[n]!.image ?? '').startsWith(need === 'minio' ? 'minio/minio' : need))) problems.push(`compose: no ${need} service`);
  const published = new Set<string>();
  const stand = standIns();
  for (const [name, s] of Object.entries(services)) {
    if (!s.image && !s.build) problems.push(`compose: ${name} has neither image nor build`);
    if (s.image && !isWushe(s)) {
      const tag = s.image.split('/').pop()!.split(':')[1];
      if (!tag || tag === 'latest') problems.push(`compose: ${name}'s image ${s.image} is not pinned to a version`);
    }
    const deps: Record<string, { condition?: string }> = Array.isArray(s.depends_on)
      ? Object.fromEntries(s.depends_on.map((d) => [d, {}]))
      : (s.depends_on ?? {});
    for (const [dep, how] of Object.entries(deps)) {
      if (!services[dep]) problems.push(`compose: ${name} depends on ${dep}, which is not a service`);
      if (how.condition && !['service_started', 'service_healthy', 'service_completed_successfully'].includes(how.condition))
        problems.push(`compose: ${name} → ${dep}: unknown condition ${how.condition}`);
      if (how.condition === 'service_healthy' && services[dep] && !(services[dep] as { healthcheck?: unknown }).healthcheck)
        problems.push(`compose: ${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
    }
    for (const p of s.ports ?? []) {
      const host = String(p).split(':').slice(0, -1).join(':');
      if (published.has(host)) problems.push(`compose: host port ${host} published twice`);
      published.add(host);
    }
    if (isWushe(s)) {
      const env = Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), k, stand)]));
      try {
        loadConfig(env);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        for (const line of e.message.split('\n')) problems.push(`compose: ${name}: ${line}`);
      }
      for (const w of configWarnings(env)) warnings.push(`compose: ${name}: ${w}`);
    }
  }
  return { problems, warnings: [...new Set(warnings)] };
}

export function lintUnit(file: string): string[] {
  const which = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) return [];
  const r = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
  return (r.stderr + r.stdout)
    .split('\n')
    .filter((l) => l.trim() && !/\/opt\/wushe\/wushe is not executable|Failed to prepare filename \/opt\/wushe/.test(l))
    .map((l) => `systemd: ${l}`);
}

function main(argv: string[]): number {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1]! : path.join(ROOT, fallback);
  };
  const dockerfile = arg('--dockerfile', 'deploy/Dockerfile');
  const compose = arg('--compose', 'deploy/compose.yaml');
  const unit = arg('--unit', 'deploy/wushe.service');
  const c = lintCompose(compose);
  const problems = [...lintDockerfile(dockerfile), ...c.problems, ...lintUnit(unit)];
  // The real tools, where installed (offline: `config` and `--check` pull nothing).
  if (spawnSync('docker', ['compose', 'version']).status === 0) {
    const env = { ...process.env, ...standIns(), MINIO_ROOT_PASSWORD: 'stand-in-password' };
    const r = spawnSync('docker', ['compose', '-f', compose, 'config', '-q'], { encoding: 'utf8', env });
    if (r.status !== 0) problems.push(`docker compose config: ${r.stderr.trim()}`);
  }
  for (const w of c.warnings) console.warn(`warning: ${w}`);
  for (const p of problems) console.error(p);
  console.log(problems.length ? `deploy lint: ${problems.length} problem(s)` : 'deploy lint: Dockerfile, compose file and systemd unit ok');
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
