// The breaking-change gate CI runs (scripts/schema-gate.sh, @graphql-inspector/cli): the committed
// schema passes against the previous release's snapshot; removing or retyping a field that was not
// deprecated fails; a field or enum value deprecated in the previous release may be removed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const GATE = path.join(ROOT, 'scripts/schema-gate.sh');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-gate-'));

function gate(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) =>
    execFile(GATE, args, { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    ),
  );
}

function schema(name: string, sdl: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, sdl);
  return file;
}

const RELEASED = `
type Query {
  """old way"""
  legacy: String @deprecated(reason: "use current")
  current: String
  count: Int
  color: Color
}
enum Color {
  RED
  GREEN @deprecated(reason: "use RED")
  BLUE
}
`;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the committed schema.graphql passes against the previous release (schema.released.graphql)', async () => {
  const r = await gate();
  expect(r.out).toMatch(/No breaking changes detected|No changes detected/);
  expect(r.code).toBe(0);
});

test('a breaking change that was not deprecated first fails, naming it', async () => {
  const released = schema('released.graphql', RELEASED);
  const removed = schema('removed.graphql', RELEASED.replace('  count: Int\n', ''));
  const r1 = await gate(released, removed);
  expect(r1.code).toBe(1);
  expect(r1.out).toMatch(/Field count was removed from object type Query/);
  expect(r1.out).toMatch(/Deprecate the field/);
  const retyped = schema('retyped.graphql', RELEASED.replace('current: String', 'current: Int'));
  expect((await gate(released, retyped)).code).toBe(1);
  const enumValue = schema('enum.graphql', RELEASED.replace('  BLUE\n', ''));
  expect((await gate(released, enumValue)).code).toBe(1);
});

test('a field and an enum value deprecated in the previous release may be removed', async () => {
  const released = schema('released2.graphql', RELEASED);
  const next = schema(
    'next.graphql',
    RELEASED.replace(/ *"""old way"""\n *legacy: String @deprecated\(reason: "use current"\)\n/, '').replace(/ *GREEN @deprecated\(reason: "use RED"\)\n/, ''),
  );
  expect(fs.readFileSync(next, 'utf8')).not.toMatch(/legacy|GREEN/);
  const r = await gate(released, next);
  expect(r.out).toMatch(/No breaking changes detected/);
  expect(r.code).toBe(0);
});
