import type { ConsoleEvent, ConsoleEvents, ConsoleListener } from '../../ports/consoleEvents';

/** Console events within one process. */
export class InProcessConsoleEvents implements ConsoleEvents {
  private readonly listeners = new Set<ConsoleListener>();

  publish(event: ConsoleEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: ConsoleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
