import type { Middleware, TurnContext } from 'botbuilder';
import type { Metrics } from '../metrics';

/** Counts turns and times them, per channel. */
export class TurnMetricsMiddleware implements Middleware {
  constructor(private readonly metrics: Metrics) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const channel = context.activity.channelId ?? 'unknown';
    const stop = this.metrics.turnSeconds.startTimer({ channel });
    try {
      await next();
    } finally {
      stop();
      this.metrics.turns.inc({ channel });
    }
  }
}
