import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { TranscriptLine } from '../domain/handoff';
import type { Clock } from '../ports/clock';
import type { NotUnderstoodLog } from '../ports/notUnderstoodLog';
import { JOURNAL_LINES, offerOfThisTurn, setPreviousOffer, turnLines, turnNotes, wasNotUnderstood, type Journal } from '../../dialogs/shared/journal';
import { turnLanguage } from '../../dialogs/shared/turnKeys';

/** A line longer than this is cut in the journal (the handoff transcript keeps what follows in full). */
const LINE_CHARS = 1000;

/**
 * Keeps the conversation's journal: each member message and assistant message (the transcript a
 * person reads, appended to the transcript log), the intents asked and what was done, and an offer
 * of a person for one turn (in bot state, written only when they change); a message not understood
 * goes to the log supervisors read.
 */
export class JournalMiddleware implements Middleware {
  constructor(
    private readonly journal: Journal,
    private readonly notUnderstood: NotUnderstoodLog,
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const isMessage = context.activity.type === ActivityTypes.Message;
    const said = turnLines(context);
    const saved = isMessage ? await this.journal.saved(context) : undefined;
    if (isMessage) {
      setPreviousOffer(context, saved?.offer);
      said.push(this.line('member', context.activity.text ?? ''));
    }
    context.onSendActivities(async (_ctx, activities, send) => {
      for (const a of activities) if (a.type === ActivityTypes.Message && a.text) said.push(this.line('assistant', a.text));
      return send();
    });
    await next();
    if (said.length > 0) await this.journal.log.append(context.activity.conversation.id, said, JOURNAL_LINES);
    if (isMessage && wasNotUnderstood(context)) {
      const at = this.clock.now();
      await this.notUnderstood.record({ text: (context.activity.text ?? '').slice(0, 2000), language: turnLanguage(context), channel: context.activity.channelId, at });
    }
    const notes = turnNotes(context);
    const offer = offerOfThisTurn(context);
    const offerTaken = Boolean(saved?.offer);
    if (notes.wanted.length === 0 && notes.done.length === 0 && !offer && !offerTaken) return;
    const state = await this.journal.saved(context);
    await this.journal.accessor.set(context, {
      wanted: [...state.wanted, ...notes.wanted].slice(-20),
      done: [...state.done, ...notes.done].slice(-20),
      ...(offer ? { offer } : {}),
    });
  }

  private line(from: TranscriptLine['from'], text: string): TranscriptLine {
    return { from, text: text.slice(0, LINE_CHARS), at: this.clock.now() };
  }
}
