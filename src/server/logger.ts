// pino with personal data kept out: known fields are redacted by path, and every string is
// scrubbed of anything shaped like a 身份证号 or a mobile number before it is written.
import pino, { type Logger } from 'pino';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

// Secret or personal fields, at any depth (pino's redact paths only reach fixed depths).
const SECRET_KEY = /^(password|\w*token|authorization|cookie|\w*secret|phone|idnumber|address)$/i;

export function scrub(s: string): string {
  return s.replace(ID_NUMBER, '[身份证号]').replace(MOBILE, '[手机号]');
}

function scrubDeep(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrub(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (v instanceof Error) return { type: v.name, message: scrub(v.message), stack: v.stack && scrub(v.stack) };
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
