import type { WebSocket } from 'ws';
import type { ActivityPage } from '../../ports/directLineStore';
import type { ConversationEvent } from '../../ports/conversationEvents';
import type { Logger } from '../../ports/logger';

/**
 * One open Direct Line stream: it keeps the client's watermark and sends every stored activity
 * after it, in order, exactly once.
 */
export class StreamConnection {
  private pumping = false;
  private again = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly readAfter: (watermark: number) => Promise<ActivityPage>,
    private readonly logger: Logger,
    private watermark: number,
  ) {}

  /** Reacts to news of the conversation: the next activity in line goes out at once, anything else is read back. */
  onEvent(event: ConversationEvent): void {
    if (event.ephemeral) {
      this.send({ activities: [event.ephemeral] });
    } else if (event.stored && !this.pumping && event.stored.watermark === this.watermark + 1) {
      this.watermark = event.stored.watermark;
      this.send({ activities: [event.stored.activity], watermark: String(this.watermark) });
    } else {
      this.pump();
    }
  }

  /**
   * Sends everything stored after the watermark. A wake-up during a pass makes it read again;
   * `pumping` is cleared in the same synchronous step as the last `again` check, so none is lost.
   */
  pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        for (;;) {
          const page = await this.readAfter(this.watermark);
          if (page.activities.length === 0 || !this.isOpen) break;
          this.watermark = Number(page.watermark);
          this.send(page);
        }
      } while (this.again && this.isOpen);
    } catch (error: unknown) {
      this.logger.error({ err: { type: (error as Error).name } }, 'directline stream failed');
    } finally {
      // Same synchronous step as the last `again` check above: no wake-up can slip in between.
      this.pumping = false;
    }
  }

  private get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  private send(frame: object): void {
    if (this.isOpen) this.ws.send(JSON.stringify(frame));
  }
}
