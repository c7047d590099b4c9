// pino with personal data kept out: known fields are redacted by path, and every string is
// scrubbed of anything shaped like a 身份证号 or a mobile number before it is written.
import pino, { type Logger } from 'pino';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export function scrub(s: string): string {
  return s.replace(ID_NUMBER, '[身份证号]').replace(MOBILE, '[手机号]');
}

function scrubDeep(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrub(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (v instanceof Error) return { type: v.name, message: scrub(v.message), stack: v.stack && scrub(v.stack) };
  if (Array.isArray(v)) return v.map((x) => scrubDeep(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubDeep(x, depth + 1)]));
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'wushe' },
      redact: {
        paths: ['*.password', '*.phone', '*.idNumber', '*.address', '*.token', '*.accessToken', '*.refreshToken', '*.authorization', 'req.headers.authorization', 'req.headers.cookie', '*.secret'],
        censor: '[redacted]',
      },
      formatters: { log: (obj) => scrubDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // Scrub the message string too (the object is handled by formatters.log).
          const out = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
          method.apply(this, out);
        },
      },
    },
    destination,
  );
}
