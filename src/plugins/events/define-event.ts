// Typed events: a module declares each event it publishes once, with a zod schema of its `data`;
// publishers (`recordEvent`, a handler's `publish`) and handlers (`on`) take that definition, so
// the payload's type is shared and never cast. Outside production every payload is checked
// against its schema when it is published, so a wrong one fails where it is written.
import type { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboxEventRecord } from './event.types';
import type { SettingsDeclaration } from '../settings.types';

/** An event a module publishes: what `EventDeclaration` carries plus the schema of its data. */
export interface EventDefinition<T extends string = string, S extends z.ZodType<Record<string, unknown>> = z.ZodType<Record<string, unknown>>> {
  /** `<moduleKey>.<EventName>`, e.g. `core.HouseholdCreated`. */
  readonly type: T;
  /** Shape of `data`: raw ids, keys, counts and states — never personal data. */
  readonly schema: S;
  readonly description: { 'zh-CN': string; en: string };
  /** Permission a subscriber needs to see this event (live or in catch-up queries). */
  readonly permission: string;
}

// `any` for the schema: a definition of any payload is an AnyEventDefinition.
export type AnyEventDefinition = EventDefinition<string, any>;

/** The `data` of an event of definition E. */
export type EventData<E extends AnyEventDefinition> = z.infer<E['schema']>;

/** A stored event of definition E, as a handler receives it. */
export type EventOf<E extends AnyEventDefinition> = Omit<OutboxEventRecord, 'type' | 'data'> & { type: E['type']; data: EventData<E> };

/** What a publisher gives besides the definition; `data` may be left out only when it has no required field. */
export type EventInput<E extends AnyEventDefinition> = {
  communityId: string | null;
  /** Entity the event is about, for catch-up queries and subscriptions. */
  subject?: { type: string; id: string };
} & ({} extends EventData<E> ? { data?: EventData<E> } : { data: EventData<E> });

const EVENT_TYPE = /^[a-z][a-z0-9]{1,30}\.[A-Z][A-Za-z0-9]{0,60}$/;

/**
 * Declares an event: `defineEvent('grid.UnitCreated', z.object({ unitId: z.string() }), { description, permission })`.
 * Schemas check, they do not transform: the data is stored as the publisher gave it.
 */
export function defineEvent<T extends string, S extends z.ZodType<Record<string, unknown>>>(
  type: T,
  schema: S,
  meta: { description: { 'zh-CN': string; en: string }; permission: string },
): EventDefinition<T, S> {
  if (!EVENT_TYPE.test(type)) throw new Error(`defineEvent: "${type}" is not <moduleKey>.<EventName>`);
  return Object.freeze({ type, schema, description: meta.description, permission: meta.permission });
}

/** A payload that does not match its event's schema (development and tests only). */
export class EventDataError extends Error {
  constructor(
    readonly eventType: string,
    readonly path: string,
    detail: string,
  ) {
    super(`event ${eventType}: invalid data at ${path}: ${detail}`);
    this.name = 'EventDataError';
  }
}

const CHECK = process.env.NODE_ENV !== 'production';

/** Throws EventDataError when `data` does not match the definition's schema (skipped in production). */
export function checkEventData(def: AnyEventDefinition, data: unknown): void {
  if (!CHECK) return;
  const r = (def.schema as z.ZodType).safeParse(data);
  if (r.success) return;
  const issue = r.error.issues[0]!;
  throw new EventDataError(def.type, ['data', ...issue.path.map(String)].join('.'), issue.message);
}

export interface EventHandlerContext {
  em: EntityManager;
  /** Effective settings of the handling module in the event's community (handlers run only where it is enabled). */
  settings: unknown | null;
  /** The same, typed by the module's own declaration: `settingsAs(PointsSettings)`. A throw: another module's declaration. */
  settingsAs<S extends z.ZodTypeAny>(decl: SettingsDeclaration<S>): z.output<S>;
  /** Records an event in the handler's transaction (it commits with the handler's effects). */
  publish<E extends AnyEventDefinition>(def: E, event: EventInput<E>): void;
}

/** One handler of a module: the event type it takes ('*': every type but its module's own) and the function. */
export interface EventHandlerBinding {
  readonly type: string;
  readonly handle: (event: OutboxEventRecord, ctx: EventHandlerContext) => Promise<void>;
}

/** A handler of one event type, receiving that event's typed data: `on(GRID_EVENTS.UnitMoved, async (event, { em }) => …)`. */
export function on<E extends AnyEventDefinition>(def: E, handle: (event: EventOf<E>, ctx: EventHandlerContext) => Promise<void>): EventHandlerBinding {
  // The consumer only hands it rows of `def.type`, published through `def`: the one place the type is asserted.
  return { type: def.type, handle: handle as EventHandlerBinding['handle'] };
}

/**
 * A handler of every event type except the module's own (e.g. rules in settings that name event
 * types at runtime, an integrator's included); its data is untyped and must be checked by the handler.
 */
export function onAll(handle: (event: OutboxEventRecord, ctx: EventHandlerContext) => Promise<void>): EventHandlerBinding {
  return { type: '*', handle };
}

/**
 * For handlers of every type (`onAll`): the event as one of `def`, its data checked against the
 * schema (always: nothing typed it on the way in), or null when it is another type or does not match.
 */
export function eventAs<E extends AnyEventDefinition>(def: E, event: OutboxEventRecord): EventOf<E> | null {
  if (event.type !== def.type) return null;
  const r = (def.schema as z.ZodType<EventData<E>>).safeParse(event.data);
  return r.success ? { ...event, type: def.type, data: r.data } : null;
}
