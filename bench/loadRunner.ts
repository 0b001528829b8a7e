import { performance } from 'node:perf_hooks';

/** One simulated member: each call runs one full turn and throws if it failed. */
export interface LoadMember {
  turn(): Promise<void>;
}

export interface LoadOptions {
  warmupMs: number;
  measureMs: number;
  /** Pause after a failed turn, so a broken target is not hammered in a tight loop. */
  backoffMs?: number;
}

export interface LoadResult {
  /** Turns completed inside the measured window. */
  turns: number;
  /** Turns completed over the whole run, warm-up included. */
  completed: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Failed turns over the whole run, warm-up included, counted by message. */
  errors: number;
  errorKinds: Map<string, number>;
  /** The server's CPU time per completed turn, when the caller measured it. */
  cpuMsPerTurn?: number;
}

/**
 * Runs every member in its own loop, one turn after another, for the warm-up and then the
 * measured window. A turn counts when it completes inside the window; its latency is the time
 * from its start to its completion. Members stop starting turns when the window closes.
 */
export async function runLoad(members: LoadMember[], options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const windowStart = started + options.warmupMs;
  const windowEnd = windowStart + options.measureMs;
  const latencies: number[] = [];
  const errorKinds = new Map<string, number>();
  let errors = 0;
  let completed = 0;

  const loop = async (member: LoadMember): Promise<void> => {
    while (performance.now() < windowEnd) {
      const t0 = performance.now();
      try {
        await member.turn();
        const t1 = performance.now();
        completed += 1;
        if (t1 >= windowStart && t1 <= windowEnd) latencies.push(t1 - t0);
      } catch (error) {
        errors += 1;
        const kind = error instanceof Error ? error.message : String(error);
        errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, options.backoffMs ?? 100));
      }
    }
  };
  await Promise.all(members.map(loop));

  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length,
    completed,
    turnsPerSecond: latencies.length / (options.measureMs / 1000),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors,
    errorKinds,
  };
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Several rounds of one target as one result: the median of each figure, errors added up. */
export function combineRounds(rounds: LoadResult[]): LoadResult {
  const median = (pick: (r: LoadResult) => number) => percentile(rounds.map(pick).sort((a, b) => a - b), 0.5);
  const errorKinds = new Map<string, number>();
  for (const round of rounds) {
    for (const [kind, count] of round.errorKinds) errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + count);
  }
  return {
    turns: rounds.reduce((sum, r) => sum + r.turns, 0),
    completed: rounds.reduce((sum, r) => sum + r.completed, 0),
    turnsPerSecond: median((r) => r.turnsPerSecond),
    p50Ms: median((r) => r.p50Ms),
    p99Ms: median((r) => r.p99Ms),
    cpuMsPerTurn: rounds.every((r) => r.cpuMsPerTurn !== undefined) ? median((r) => r.cpuMsPerTurn ?? 0) : undefined,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    errorKinds,
  };
}
