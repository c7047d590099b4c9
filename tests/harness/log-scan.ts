// The suite's logs are kept (every test server writes through the real logger to a file of the
// run's log folder; CLI children's output is appended there too) and scanned once at the end:
// a 身份证号 or a mobile number anywhere fails the run. The patterns are the logger's own.
import fs from 'node:fs';
import path from 'node:path';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** The run's log folder (set by globalSetup), or null outside a jest run. */
export function suiteLogDir(): string | null {
  return process.env.WUSHE_TEST_LOG_DIR ?? null;
}

/** A file of the run's log folder, unique to this worker and label. */
export function suiteLogFile(label: string): string | null {
  const dir = suiteLogDir();
  if (!dir) return null;
  return path.join(dir, `${label}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.log`);
}

export interface LogFinding {
  file: string;
  line: number;
  kind: '身份证号' | '手机号';
}

/** Every line in the folder's files that carries a 身份证号 or a mobile number. */
export function scanLogs(dir: string): { files: number; lines: number; findings: LogFinding[] } {
  const findings: LogFinding[] = [];
  let files = 0;
  let lines = 0;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const file = path.join(dir, name);
    files++;
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        lines++;
        if (ID_NUMBER.test(text)) findings.push({ file: name, line: i + 1, kind: '身份证号' });
        else if (MOBILE.test(text)) findings.push({ file: name, line: i + 1, kind: '手机号' });
      });
  }
  return { files, lines, findings };
}
