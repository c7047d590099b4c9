// What other modules may use of stations: event definitions and global id type names.
/** Definitions of the stations' events (`on(STATIONS_EVENTS.BookingCreated, …)` in a handler). */
export { STATIONS_EVENTS } from './stations.events';
export const STATION_TYPE = 'Station';
export const STATION_SERVICE_TYPE = 'StationService';
export const STATION_BOOKING_TYPE = 'StationBooking';
