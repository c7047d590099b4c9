// What other modules may use of stations: event type names and global id type names.
export const STATIONS_EVENTS = {
  BookingCreated: 'stations.BookingCreated',
  AttendanceRecorded: 'stations.AttendanceRecorded',
} as const;
export const STATION_TYPE = 'Station';
export const STATION_SERVICE_TYPE = 'StationService';
export const STATION_BOOKING_TYPE = 'StationBooking';
