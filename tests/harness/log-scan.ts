// The suite's logs are kept (every test server writes through the real logger to a file of the
// run's log folder; CLI children's output is appended there too) and scanned once at the end. The
// run fails on a 身份证号 or a mobile number (the logger's own patterns), on any name or address
// of the test data — the names and addresses the fuzz test and key tests send carry CANARY (a
// marker no code writes), the demo's addresses have a recognisable shape — and on SQL values: a
// statement quoting a literal, a parameter list, PostgreSQL's detail echoing a row or a key.
import fs from 'node:fs';
import path from 'node:path';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** Put into test data's names and addresses: a log line holding it leaked a name or an address. */
export const CANARY = '金丝雀Qx7';
/** A name or an address of test data that the scan fails on if it is ever logged. */
export const canary = (text: string) => `${text}${CANARY}`;
// The demo's and the preset demos' addresses: `金秋小区 3 栋 2 单元`, `东城片区 2 栋 1 单元 104 室`.
const DEMO_ADDRESS = /\d+ 栋 \d+ 单元/;
const SQL_VALUES = [
  // A statement with a string literal in it: the logger replaces every literal of a statement by `?`.
  /\b(?:insert\s+into|update\s+\S+\s+set|delete\s+from|select\s[^\n]{0,4000}?\sfrom)\b[^\n]{0,20000}?(?<!\w)E?'(?:[^'\n]|'')+'/i,
  // A parameter list (MikroORM's `params`, pg's `parameters`, knex's `bindings`) with something in it.
  /"(?:params|parameters|bindings)"\s*:\s*\[\s*[^\]\s]/,
  // PostgreSQL's detail: `Failing row contains (…)`, `Key (col)=(value) already exists`.
  /Failing row contains \(|Key \([^)]*\)=\(/,
];

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
  kind: '身份证号' | '手机号' | '测试数据的姓名或地址' | '地址' | 'SQL 参数值';
}

/** What a log line must not hold, or null. */
export function leakIn(text: string): LogFinding['kind'] | null {
  if (ID_NUMBER.test(text)) return '身份证号';
  if (MOBILE.test(text)) return '手机号';
  if (text.includes(CANARY)) return '测试数据的姓名或地址';
  if (DEMO_ADDRESS.test(text)) return '地址';
  if (SQL_VALUES.some((p) => p.test(text))) return 'SQL 参数值';
  return null;
}

/** Every line in the folder's files that leaks personal data, test data or SQL values. */
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
        const kind = leakIn(text);
        if (kind) findings.push({ file: name, line: i + 1, kind });
      });
  }
  return { files, lines, findings };
}
