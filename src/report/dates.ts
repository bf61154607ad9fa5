/** Calendar dates of model days, when a scenario gives `startDate` (day 0). */

/** `dayDate('2025-10-09', 3)` → `'2025-10-12'`; undefined without a start date. */
export function dayDate(startDate: string | undefined, day: number): string | undefined {
  if (startDate === undefined) return undefined;
  const [year, month, date] = startDate.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date + day);
  return new Date(utc).toISOString().slice(0, 10);
}
