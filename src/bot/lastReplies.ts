import { ActivityTypes, type Activity, type Middleware, type StatePropertyAccessor, type TurnContext } from 'botbuilder';

const SKIP = Symbol('carebridge.lastReplies.skip');

/** The assistant's messages of the last turn, kept so "repeat" says them again. */
export type LastReplies = Array<Partial<Activity>>;

/**
 * Outgoing middleware that remembers the messages of each turn in conversation state.
 * A turn that only repeats leaves the remembered messages as they were.
 */
export class LastRepliesRecorder implements Middleware {
  constructor(private readonly accessor: StatePropertyAccessor<LastReplies>) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const sent: LastReplies = [];
    context.onSendActivities(async (_ctx, activities, send) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Message) {
          sent.push({ type: a.type, text: a.text, speak: a.speak, textFormat: a.textFormat, inputHint: a.inputHint, suggestedActions: a.suggestedActions });
        }
      }
      return send();
    });
    await next();
    if (sent.length > 0 && !context.turnState.get(SKIP)) await this.accessor.set(context, sent);
  }

  /** Sends the last turn's messages again, and marks this turn so they stay the remembered ones. */
  async repeat(context: TurnContext): Promise<boolean> {
    const last = await this.accessor.get(context, []);
    context.turnState.set(SKIP, true);
    if (last.length === 0) return false;
    await context.sendActivities(last.map((a) => ({ ...a })));
    return true;
  }
}
