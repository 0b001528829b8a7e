/** News for open agent consoles: the queue changed, or one handoff did. */
export type ConsoleEvent = { kind: 'queue' } | { kind: 'handoff'; id: string };

export type ConsoleListener = (event: ConsoleEvent) => void;

/** In process by default; across instances through the database when scaled out. */
export interface ConsoleEvents {
  publish(event: ConsoleEvent): void;
  /** Returns the function that stops listening. */
  subscribe(listener: ConsoleListener): () => void;
}
