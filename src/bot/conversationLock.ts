import type { TurnLock } from '../ports/turnLock';

/**
 * One turn at a time per conversation: work for the same key runs in arrival order, work for
 * different keys runs concurrently. Keys with nothing queued are forgotten (bounded memory).
 */
export class ConversationLock implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many conversations have a turn running or waiting (for tests and metrics). */
  get activeKeys(): number {
    return this.tails.size;
  }
}
