// The deployment files' lint (scripts/lint-deploy.ts, run by CI): the committed Dockerfile, compose
// file and systemd unit pass; typical mistakes in each are caught (a copy of each file is spoiled).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintCompose, lintDockerfile, lintUnit } from '../../scripts/lint-deploy';

const ROOT = path.resolve(__dirname, '../..');
const DOCKERFILE = fs.readFileSync(path.join(ROOT, 'deploy/Dockerfile'), 'utf8');
const COMPOSE = fs.readFileSync(path.join(ROOT, 'deploy/compose.yaml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-deploy-lint-'));
const write = (name: string, text: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the committed Dockerfile, compose file and systemd unit pass', () => {
  expect(lintDockerfile(path.join(ROOT, 'deploy/Dockerfile'))).toEqual([]);
  expect(lintCompose(path.join(ROOT, 'deploy/compose.yaml')).problems).toEqual([]);
  expect(lintUnit(path.join(ROOT, 'deploy/wushe.service'))).toEqual([]);
});

test('Dockerfile mistakes are caught', () => {
  const lint = (text: string) => lintDockerfile(write('Dockerfile', text)).join('\n');
  expect(lint(DOCKERFILE.replace('COPY presets ./presets', 'COPY preset ./presets'))).toMatch(/source preset does not exist/);
  expect(lint(DOCKERFILE.replace('USER node\n', ''))).toMatch(/non-root USER/);
  expect(lint(DOCKERFILE.replace('CMD ["serve"]', 'CMD node dist/src/main.js serve'))).toMatch(/CMD must use the exec form/);
  expect(lint(DOCKERFILE.replace('--from=build /app/node_modules', '--from=builder /app/node_modules'))).toMatch(/--from=builder names no earlier stage/);
  expect(lint(DOCKERFILE.replace('FROM node:${NODE_VERSION}-bookworm-slim\nENV', 'FROM node\nENV'))).toMatch(/base image node is not pinned/);
  expect(lint(DOCKERFILE.replace(/ENTRYPOINT \["node", [^\n]*/, 'ENTRYPOINT ["node", "dist/src/main.js"]'))).toMatch(
    /ENTRYPOINT runs node with \[\], npm start with \[--/,
  );
});

test('compose mistakes are caught, the servers’ environment checked by the server’s own configuration', () => {
  const lint = (text: string) => lintCompose(write('compose.yaml', text)).problems.join('\n');
  expect(lint(COMPOSE.replace(/\n {2}wushe-2:\n {4}<<: \*wushe\n {4}ports:\n {6}- '4002:4000'\n/, '\n'))).toMatch(/two server replicas expected, found 1/);
  expect(lint(COMPOSE.replace('    redis:\n      condition: service_healthy', '    cache:\n      condition: service_healthy'))).toMatch(
    /depends on cache, which is not a service/,
  );
  expect(lint(COMPOSE.replace('WUSHE_PUBSUB: redis', 'WUSHE_PUBSUB: kafka'))).toMatch(/wushe-1: 配置错误 \/ bad configuration: WUSHE_PUBSUB/);
  expect(lint(COMPOSE.replace("WUSHE_METRICS_PORT: '9464'", "WUSHE_METRICS_PORT: '4000'"))).toMatch(/WUSHE_METRICS_PORT must differ from PORT/);
  expect(lint(COMPOSE.replace('image: redis:7.4.7-alpine', 'image: redis'))).toMatch(/redis's image redis is not pinned/);
  expect(lintCompose(write('typo.yaml', COMPOSE.replace('WUSHE_PUBSUB: redis', 'WUSHE_PUBSUB: redis\n    WUSHE_PUBSBU: redis'))).warnings.join('\n')).toMatch(
    /unknown variable WUSHE_PUBSBU .*did you mean WUSHE_PUBSUB/,
  );
});
