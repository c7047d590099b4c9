// Opaque, versioned global ids: base64url("v1:<Type>:<uuid>"). Clients must not parse them;
// the version prefix lets the format change without breaking stored ids.
import { AppError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`v1:${type}:${id}`).toString('base64url');
}

export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const [version, type, id] = raw.split(':');
  if (version !== 'v1' || !type || !id || !UUID.test(id)) return null;
  return { type, id };
}

/**
 * Decodes an id of the expected type. A malformed id is BAD_USER_INPUT (INVALID_ID) on `field`
 * (default `id`); an id of another type answers like a missing object: NOT_FOUND, on `field` when
 * given, so a foreign id and a missing one cannot be told apart.
 */
export function fromGlobalId(globalId: string, expectedType: string, field?: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: field ?? 'id' });
  if (parsed.type !== expectedType) throw new AppError('NOT_FOUND', 'NOT_FOUND', field ? { field } : {});
  return parsed.id;
}

/** The raw id of an id of `expectedType`, or null for anything else (queries that answer null when not found). */
export function globalIdOrNull(globalId: string, expectedType: string): string | null {
  const parsed = parseGlobalId(globalId);
  return parsed && parsed.type === expectedType ? parsed.id : null;
}
