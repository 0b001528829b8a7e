import type { TurnContext } from 'botbuilder';
import type { Outcome } from '../../src/domain/outcome';
import type { OutcomeStore } from '../../src/ports/outcomeStore';
import type { Clock } from '../../src/ports/clock';
import { turnLanguage } from './turnKeys';

/** Records what a dialog achieved, with the channel and language of the turn. */
export class OutcomeRecorder {
  constructor(
    private readonly store: OutcomeStore,
    private readonly clock: Clock,
  ) {}

  record(context: TurnContext, type: Outcome['type'], detail?: string): Promise<void> {
    return this.store.record({ type, detail, channel: context.activity.channelId ?? 'unknown', language: turnLanguage(context), at: this.clock.now() });
  }
}
