import type { SmsSender } from '../../src/ports/smsSender';

/** An SMS port that keeps what it was asked to send. */
export class RecordingSmsSender implements SmsSender {
  readonly sent: Array<{ to: string; body: string }> = [];

  async send(to: string, body: string): Promise<void> {
    this.sent.push({ to, body });
  }
}
