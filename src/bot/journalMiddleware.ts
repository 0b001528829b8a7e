import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { TranscriptLine } from '../domain/handoff';
import type { Clock } from '../ports/clock';
import { JOURNAL_LINES, offerOfThisTurn, setPreviousOffer, turnLines, turnNotes, type Journal, type JournalState } from '../../dialogs/shared/journal';

/** A line longer than this is cut in the journal (the handoff transcript keeps what follows in full). */
const LINE_CHARS = 1000;

/**
 * Keeps the conversation's journal: each member message and assistant message (the transcript a
 * person reads), the intents asked and what was done, and an offer of a person for one turn.
 */
export class JournalMiddleware implements Middleware {
  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const isMessage = context.activity.type === ActivityTypes.Message;
    const said = turnLines(context);
    if (isMessage) {
      const state = await this.journal.saved(context);
      setPreviousOffer(context, state.offer);
      said.push(this.line('member', context.activity.text ?? ''));
    }
    context.onSendActivities(async (_ctx, activities, send) => {
      for (const a of activities) if (a.type === ActivityTypes.Message && a.text) said.push(this.line('assistant', a.text));
      return send();
    });
    await next();
    const notes = turnNotes(context);
    const offer = offerOfThisTurn(context);
    if (said.length === 0 && notes.wanted.length === 0 && notes.done.length === 0 && !offer && !isMessage) return;
    const state = await this.journal.saved(context);
    const next_: JournalState = {
      lines: [...state.lines, ...said].slice(-JOURNAL_LINES),
      wanted: [...state.wanted, ...notes.wanted].slice(-20),
      done: [...state.done, ...notes.done].slice(-20),
      ...(offer ? { offer } : isMessage ? {} : { offer: state.offer }),
    };
    await this.journal.accessor.set(context, next_);
  }

  private line(from: TranscriptLine['from'], text: string): TranscriptLine {
    return { from, text: text.slice(0, LINE_CHARS), at: this.clock.now() };
  }
}
