import type { TurnContext } from 'botbuilder';
import type { Outcome } from '../../src/domain/outcome';
import type { OutcomeStore } from '../../src/ports/outcomeStore';
import type { Clock } from '../../src/ports/clock';
import { turnLanguage } from './turnKeys';
import { noteForJournal } from './journal';

/** Records what a dialog achieved, with the channel and language of the turn, and notes it for a person who may take over. */
export class OutcomeRecorder {
  constructor(
    private readonly store: OutcomeStore,
    private readonly clock: Clock,
  ) {}

  record(context: TurnContext, type: Outcome['type'], detail?: string): Promise<void> {
    noteForJournal(context, 'done', detail ? `${type}:${detail}` : type);
    return this.store.record({
      type,
      detail,
      channel: context.activity.channelId ?? 'unknown',
      language: turnLanguage(context),
      conversationId: context.activity.conversation?.id,
      at: this.clock.now(),
    });
  }
}
