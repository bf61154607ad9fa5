/** Calendar dates of model days, when a scenario gives `startDate` (day 0). */

/** `dayDate('2025-10-09', 3)` → `'2025-10-12'`; undefined without a start date. */
export function dayDate(startDate: string | undefined, day: number): string | undefined {
  if (startDate === undefined) return undefined;
  // An ensemble's CSV files ask for each day's date a few times (per state and measure).
  if (startDate !== datesFrom) {
    datesFrom = startDate;
    dates = [];
  }
  return (dates[day] ??= computeDate(startDate, day));
}

/** The dates asked for, by day, from start date `datesFrom`. */
let datesFrom: string | undefined;
let dates: string[] = [];

function computeDate(startDate: string, day: number): string {
  const [year, month, date] = startDate.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date + day);
  return new Date(utc).toISOString().slice(0, 10);
}
