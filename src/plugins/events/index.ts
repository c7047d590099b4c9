// The kernel's event API for modules and plugins (the SDK re-exports it): declare events, publish
// them with a change, handle other modules' events, and read the change feed.
export { defineEvent, on, onAll, eventAs, checkEventData, EventDataError } from './define-event';
export type { EventDefinition, AnyEventDefinition, EventData, EventOf, EventInput, EventHandlerContext, EventHandlerBinding } from './define-event';
export { recordEvent } from './record-event';
export { eventInsertSql, type SqlEventInsert, type SqlEventColumns } from './outbox-statement';
export { readEvents, parseCursor, type EventFeedQuery, type EventDataMatch } from './change-feed';
export type { OutboxEventRecord } from './event.types';
