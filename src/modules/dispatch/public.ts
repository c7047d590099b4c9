// What other modules may use of dispatch: event type names and the global id type.
export { DISPATCH_EVENT_TYPES } from './dispatch.events';
export const SERVICE_REQUEST_TYPE = 'ServiceRequest';
export const DISPATCH_EVENTS = {
  RequestCreated: 'dispatch.RequestCreated',
  RequestDispatched: 'dispatch.RequestDispatched',
  RequestClaimed: 'dispatch.RequestClaimed',
  RequestOverdue: 'dispatch.RequestOverdue',
  RequestReminder: 'dispatch.RequestReminder',
  RequestEscalated: 'dispatch.RequestEscalated',
  /** data: {requestId, takerAccountId|null, minutesSpent|null, …} */
  RequestResolved: 'dispatch.RequestResolved',
  /** data: {requestId, rating, takerAccountId|null, takerVolunteerId|null, requesterResidentId|null, householdId|null, minutesSpent|null} */
  RequestRated: 'dispatch.RequestRated',
} as const;

// Graph edges into dispatch (src/schema/edges.ts): the object type and its checked, batched lookup.
export { ServiceRequest } from './request.entity';
export { serviceRequestEdge } from './dispatch.edges';
