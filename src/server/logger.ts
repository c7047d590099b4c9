// pino with personal data kept out: known fields are redacted by path, and every string is
// scrubbed of anything shaped like a 身份证号 or a mobile number before it is written. SQL never
// carries its values into a line: the ORM inlines parameter values into the statement it sends, so
// a failing statement's text (in the driver's error message, and in any message built from it) has
// its literals replaced by `?`, and a database error is logged as its statement without values,
// SQLSTATE, constraint, table and column — never PostgreSQL's `detail` (`Key (x)=(value)`),
// `where`, `hint` or `internalQuery`, which echo values.
import pino, { type Logger } from 'pino';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

// Secret or personal fields, at any depth (pino's redact paths only reach fixed depths).
const SECRET_KEY = /^(password|\w*token|authorization|cookie|\w*secret|phone|idnumber|address)$/i;

// A statement (or a message quoting one): its string literals (E'…' too) and bare numbers are values.
const SQL_TEXT = /\b(?:insert\s+into|delete\s+from|update\s+\S+\s+set|select\s[\s\S]*?\sfrom|values\s*\()/i;
const SQL_STRING = /(?:\b[Ee])?'(?:[^']|'')*'/g;
const SQL_NUMBER = /(?<![\w$".])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w"])/gi;
// PostgreSQL's own messages quote the offending value after a colon or the word value
// (`invalid input syntax for type uuid: "…"`, `value "…" is out of range`); identifiers stay.
const PG_DETAIL = /\n - (?:detail|hint|where): [\s\S]*$/;
const PG_QUOTED_VALUE = /(:\s*|\bvalue\s+)"(?:[^"]|"")*"/g;

/** `s` with the values of any SQL statement it quotes (and PostgreSQL's quoted values) replaced by `?`. */
export function maskSqlValues(s: string): string {
  // The ORM appends PostgreSQL's detail (`Failing row contains (…)`, `Key (x)=(…)`): values, all of it.
  s = s.replace(PG_DETAIL, '');
  if (!SQL_TEXT.test(s)) return s;
  // knex and the ORM report `<statement> - <PostgreSQL message>`: numbers are values only in the statement.
  const cut = s.lastIndexOf(' - ');
  const [sql, tail] = cut > 0 ? [s.slice(0, cut), s.slice(cut)] : [s, ''];
  return sql.replace(SQL_STRING, '?').replace(SQL_NUMBER, '?') + tail.replace(SQL_STRING, '?').replace(PG_QUOTED_VALUE, '$1"?"');
}

export function scrub(s: string): string {
  return maskSqlValues(s).replace(ID_NUMBER, '[身份证号]').replace(MOBILE, '[手机号]');
}

/** A PostgreSQL error (the driver's, or the ORM's exception copying its fields): it has a SQLSTATE. */
function isDatabaseError(e: Error): boolean {
  const x = e as { code?: unknown; sqlState?: unknown; routine?: unknown; severity?: unknown };
  return typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code) && (x.sqlState !== undefined || x.routine !== undefined || x.severity !== undefined);
}

/** What a log line keeps of a database error: enough to find the statement and the rule it broke, no value. */
function databaseError(e: Error): Record<string, unknown> {
  const x = e as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.constructor?.name ?? e.name, message: scrub(e.message).replace(PG_QUOTED_VALUE, '$1"?"') };
  for (const k of ['code', 'constraint', 'table', 'column', 'dataType', 'schema', 'routine'] as const) if (typeof x[k] === 'string') out[k] = x[k];
  // The stack's first line repeats the message: keep the frames only.
  if (e.stack)
    out.stack = e.stack
      .split('\n')
      .filter((l) => l.trim().startsWith('at '))
      .join('\n');
  return out;
}

function scrubDeep(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrub(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (v instanceof Error) return isDatabaseError(v) ? databaseError(v) : { type: v.name, message: scrub(v.message), stack: v.stack && scrub(v.stack) };
  if (Array.isArray(v)) return v.map((x) => scrubDeep(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, SECRET_KEY.test(k) && x != null ? '[redacted]' : scrubDeep(x, depth + 1)]));
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'wushe' },
      redact: {
        paths: [
          '*.password',
          '*.phone',
          '*.idNumber',
          '*.address',
          '*.token',
          '*.accessToken',
          '*.refreshToken',
          '*.authorization',
          'req.headers.authorization',
          'req.headers.cookie',
          '*.secret',
        ],
        censor: '[redacted]',
      },
      formatters: { log: (obj) => scrubDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // Scrub the message string too (the object is handled by formatters.log).
          const out = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
          // Without a message pino falls back to the error's own, unscrubbed: give it the scrubbed one.
          const first = out[0] as unknown;
          const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
          if (err instanceof Error && typeof out[1] !== 'string') out.splice(1, 0, scrub(err.message));
          method.apply(this, out);
        },
      },
    },
    destination,
  );
}
