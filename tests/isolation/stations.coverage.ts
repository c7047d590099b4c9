// ID-taking fields of module `stations`, covered by tests/stations/stations.test.ts ("tenant isolation").
export const COVERED = [
  'Query.station(id)',
  'Query.stationServiceSlots(serviceId)',
  'Query.stationBookings(stationId)',
  'Mutation.stationCreate(input.gridUnitId)',
  'Mutation.stationUpdate(input.id)',
  'Mutation.stationUpdate(input.gridUnitId)',
  'Mutation.stationServiceCreate(input.stationId)',
  'Mutation.stationServiceUpdate(input.id)',
  'Mutation.stationClosureAdd(input.stationId)',
  'Mutation.stationClosureRemove(input.id)',
  'Mutation.stationBookingCreate(input.serviceId)',
  'Mutation.stationBookingCancel(input.id)',
  'Mutation.stationBookingAttend(input.id)',
];
