// `npm start` (bin/start.js): the compiler runs only when something the build reads changed after
// the last build — a source, a folder (a file added or removed), a tsconfig, a folder added to the
// build's "include" — and a failed build never serves. Run on a scratch project: the real script,
// a stand-in compiler that records its calls and writes dist/.tsbuildinfo, a stand-in server that
// records how it was started.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-start-'));
const at = (...p: string[]) => path.join(dir, ...p);
const write = (p: string, text: string) => {
  fs.mkdirSync(path.dirname(at(p)), { recursive: true });
  fs.writeFileSync(at(p), text);
};
const log = (name: string) => (fs.existsSync(at(name)) ? fs.readFileSync(at(name), 'utf8').trim().split('\n') : []);

beforeAll(() => {
  fs.copyFileSync(path.join(ROOT, 'bin/start.js'), (fs.mkdirSync(at('bin')), at('bin/start.js')));
  write('tsconfig.json', '{}');
  write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', include: ['src', 'scripts'] }));
  write('src/a.ts', 'export const a = 1;');
  write('src/deep/b.ts', 'export const b = 1;');
  // The compiler: FAIL_BUILD makes it fail like a type error does.
  write(
    'node_modules/typescript/bin/tsc',
    `const fs = require('fs'), path = require('path');
     fs.appendFileSync(path.join(process.cwd(), 'tsc.log'), process.argv.slice(2).join(' ') + '\\n');
     if (process.env.FAIL_BUILD) process.exit(2);
     fs.mkdirSync(path.join(process.cwd(), 'dist'), { recursive: true });
     fs.writeFileSync(path.join(process.cwd(), 'dist', '.tsbuildinfo'), '{}');`,
  );
  write('dist/src/main.js', `require('fs').appendFileSync(require('path').join(__dirname, '../../served.log'), process.argv.slice(2).join(' ') + '\\n');`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `npm start`'s script; how many times the compiler ran and whether it served. */
function start(env: Record<string, string> = {}) {
  const tsc = log('tsc.log').length;
  const served = log('served.log').length;
  const r = spawnSync(process.execPath, [at('bin/start.js'), '--port-from-test'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, built: log('tsc.log').length - tsc, served: log('served.log').length - served };
}
/** Every source, folder and tsconfig a minute older than the build, which is now. */
function settled() {
  const old = new Date(Date.now() - 60_000);
  const age = (p: string): void => {
    fs.utimesSync(p, old, old);
    if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p)) age(path.join(p, name));
  };
  for (const p of ['tsconfig.json', 'tsconfig.build.json', 'src', 'scripts']) if (fs.existsSync(at(p))) age(at(p));
  const now = new Date();
  fs.utimesSync(at('dist/.tsbuildinfo'), now, now);
}
const touch = (p: string) => fs.utimesSync(at(p), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));

test('never built: the compiler runs (tsc -b tsconfig.build.json), then the server starts with serve and the arguments given', () => {
  expect(start()).toEqual({ status: 0, built: 1, served: 1 });
  expect(log('tsc.log').at(-1)).toBe('-b tsconfig.build.json');
  expect(log('served.log').at(-1)).toBe('serve --port-from-test');
});

test('nothing changed since the build: no compiler, straight to serving', () => {
  settled();
  expect(start()).toEqual({ status: 0, built: 0, served: 1 });
});

test('a source changed, deep or not, or a tsconfig: the compiler runs', () => {
  for (const p of ['src/a.ts', 'src/deep/b.ts', 'tsconfig.json', 'tsconfig.build.json']) {
    settled();
    touch(p);
    expect({ p, ...start() }).toEqual({ p, status: 0, built: 1, served: 1 });
  }
});

test('a file added or removed (its folder changed): the compiler runs', () => {
  settled();
  write('src/deep/c.ts', 'export const c = 1;');
  touch('src/deep'); // the folder's own time, as adding the file set it (made certain across clocks)
  expect(start()).toMatchObject({ built: 1, served: 1 });
  settled();
  fs.rmSync(at('src/deep/c.ts'));
  touch('src/deep');
  expect(start()).toMatchObject({ built: 1, served: 1 });
});

test('a folder the build includes that did not exist before, now with sources: the compiler runs', () => {
  settled();
  write('scripts/tool.ts', 'export {};');
  touch('scripts');
  expect(start()).toMatchObject({ built: 1, served: 1 });
  settled();
  expect(start()).toMatchObject({ built: 0, served: 1 }); // and once built, quiet again
});

test('a build that fails: the script fails and nothing is served', () => {
  settled();
  touch('src/a.ts');
  const r = start({ FAIL_BUILD: '1' });
  expect(r.status).not.toBe(0);
  expect(r).toMatchObject({ built: 1, served: 0 });
});

test('a tsconfig.build.json it cannot read: the compiler decides (it runs)', () => {
  settled();
  write('tsconfig.build.json', '{ // a comment: not JSON\n "include": ["src"] }');
  settled(); // nothing newer than the build: only the unreadable file makes it build
  expect(start()).toMatchObject({ built: 1, served: 1 });
});
