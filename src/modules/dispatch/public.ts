// What other modules may use of dispatch: event definitions and the global id type.
export const SERVICE_REQUEST_TYPE = 'ServiceRequest';
/** Definitions of dispatch's events (`on(DISPATCH_EVENTS.RequestRated, …)` in a handler). */
export { DISPATCH_EVENTS } from './dispatch.events';

// Graph edges into dispatch (src/schema/edges.ts): the object type and its checked, batched lookup.
export { ServiceRequest } from './request.entity';
export { serviceRequestEdge } from './dispatch.edges';
