// The Node flags the server runs with. `npm start` (package.json) is where they are set; the
// release launcher copies them from there, and the Dockerfile's ENTRYPOINT and the start-up bench
// use the same (scripts/lint-deploy.ts checks the Dockerfile).
import fs from 'node:fs';
import path from 'node:path';

/** The flags between `node` and the script in package.json's `start`, read from the checkout at `root`. */
export function serverNodeFlags(root: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = pkg.scripts.start!.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((w) => w.startsWith('--'));
}
