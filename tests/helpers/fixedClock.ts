import type { Clock } from '../../src/ports/clock';

/** A clock that stands still until a test moves it. */
export class FixedClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2025-03-10T14:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceSeconds(seconds: number): void {
    this.current += seconds * 1000;
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}
