/**
 * Conversation ids recently seen to exist, so a busy conversation does not look itself up in the
 * store on every request. Bounded: the oldest ids are forgotten first (conversations are never
 * deleted while they may still be in here).
 */
export class KnownConversations {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  has(id: string): boolean {
    if (!this.ids.has(id)) return false;
    this.ids.delete(id);
    this.ids.add(id);
    return true;
  }

  add(id: string): void {
    this.ids.delete(id);
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
  }
}
