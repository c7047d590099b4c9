// Distances in SQL for the outcome figures: the haversine great-circle distance in metres on a
// sphere of the Earth's mean radius (6,371,008.8 m). Plain, index-free and exact enough for walking
// radii of a few kilometres (the error against the WGS 84 ellipsoid is under 0.5 %).
export const EARTH_RADIUS_M = 6_371_008.8;

/** SQL expression: metres between (lat1, lng1) and (lat2, lng2), each a column or expression in degrees. */
export function haversineMetres(lat1: string, lng1: string, lat2: string, lng2: string): string {
  return `(2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
    power(sin(radians(${lat2} - ${lat1}) / 2), 2)
    + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lng2} - ${lng1}) / 2), 2)))))`;
}
