/** One turn at a time per conversation (SPEC §12), within an instance or across all of them. */
export interface TurnLock {
  /** Runs `work` when no other work for `key` runs; work for other keys runs meanwhile. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}
