/** Time as the app sees it; tests pass a fixed clock wherever dates matter. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
