/**
 * A number per day for days firstDay … lastDay. Days may be negative (a run that starts
 * mid-history steps through days before 0), so a plain array indexed by day would not do.
 */
export class DaySeries {
  private readonly values: Float64Array;

  constructor(
    readonly firstDay: number,
    lastDay: number,
  ) {
    this.values = new Float64Array(lastDay - firstDay + 1);
  }

  at(day: number): number {
    return this.values[day - this.firstDay]!;
  }

  add(day: number, amount: number): void {
    this.values[day - this.firstDay] = this.values[day - this.firstDay]! + amount;
  }
}
