/**
 * Time is passed into domain functions as `now` (defaulting to the wall clock) so expiry,
 * grace periods and schedules are testable with a controllable clock and no test branches.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}
