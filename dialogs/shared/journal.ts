import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { HandoffReason, TranscriptLine } from '../../src/domain/handoff';
import type { TranscriptLog } from '../../src/ports/transcriptLog';

/** An offer of a person made in one turn ("Reply 0"), and why, for the member's next message. */
export interface PersonOffer {
  reason: HandoffReason;
  urgency: 'urgent' | 'normal';
  /** A booking the assistant could not finish, as far as it got. */
  pendingBooking?: Record<string, unknown>;
}

/** What the assistant remembers of a conversation for a person who takes it over (SPEC §9 packet), in bot state. */
export interface JournalState {
  /** Intents the member asked for, in order. */
  wanted: string[];
  /** What the assistant did, as outcome codes (`appointment.booked:primaryCare`). */
  done: string[];
  /** An offer of a person made in the previous turn. */
  offer?: PersonOffer;
}

/** At most this many lines are kept for the agent's transcript. */
export const JOURNAL_LINES = 40;
const NOTES = Symbol('carebridge.journal.notes');
const LINES = Symbol('carebridge.journal.lines');
const NOT_UNDERSTOOD = Symbol('carebridge.journal.notUnderstood');
const OFFER = Symbol('carebridge.journal.offer');
const PREVIOUS_OFFER = Symbol('carebridge.journal.previousOffer');

interface TurnNotes {
  wanted: string[];
  done: string[];
}

/** The journal as a person reads it: with the last lines said, member's and assistant's. */
export interface JournalView extends JournalState {
  lines: TranscriptLine[];
}

/**
 * The conversation's journal, read when a person takes over; written by the journal middleware. The
 * lines said go to the transcript log (append-only), the rest lives in bot state.
 */
export class Journal {
  constructor(
    readonly accessor: StatePropertyAccessor<JournalState>,
    readonly log: TranscriptLog,
  ) {}

  /** As saved at the end of the last turn. */
  saved(context: TurnContext): Promise<JournalState> {
    return this.accessor.get(context, { wanted: [], done: [] });
  }

  /** Up to this moment: what was saved, and what this turn said, asked and did so far. */
  async read(context: TurnContext): Promise<JournalView> {
    const saved = await this.saved(context);
    const notes = turnNotes(context);
    const earlier = await this.log.recent(context.activity.conversation.id, JOURNAL_LINES);
    return {
      ...saved,
      lines: [...earlier, ...turnLines(context)].slice(-JOURNAL_LINES),
      wanted: [...saved.wanted, ...notes.wanted],
      done: [...saved.done, ...notes.done],
    };
  }
}

/** The lines of this turn so far (the member's message, the assistant's replies), kept by the journal middleware. */
export function turnLines(context: TurnContext): TranscriptLine[] {
  let lines = context.turnState.get(LINES) as TranscriptLine[] | undefined;
  if (!lines) {
    lines = [];
    context.turnState.set(LINES, lines);
  }
  return lines;
}

/** Notes an intent the member asked for, or something the assistant did, for the journal of this turn. */
export function noteForJournal(context: TurnContext, kind: keyof TurnNotes, value: string): void {
  const notes = turnNotes(context);
  notes[kind].push(value);
}

export function turnNotes(context: TurnContext): TurnNotes {
  let notes = context.turnState.get(NOTES) as TurnNotes | undefined;
  if (!notes) {
    notes = { wanted: [], done: [] };
    context.turnState.set(NOTES, notes);
  }
  return notes;
}

/** The member's message of this turn was not understood (the insights page lists such messages). */
export function noteNotUnderstood(context: TurnContext): void {
  context.turnState.set(NOT_UNDERSTOOD, true);
}

export function wasNotUnderstood(context: TurnContext): boolean {
  return context.turnState.get(NOT_UNDERSTOOD) === true;
}

/** This turn offers a person; a "0" or "person" in the next message takes the offer, with its reason. */
export function offerPerson(context: TurnContext, offer: PersonOffer): void {
  context.turnState.set(OFFER, offer);
}

export function offerOfThisTurn(context: TurnContext): PersonOffer | undefined {
  return context.turnState.get(OFFER) as PersonOffer | undefined;
}

/** The offer the previous turn made, if any. */
export function previousOffer(context: TurnContext): PersonOffer | undefined {
  return context.turnState.get(PREVIOUS_OFFER) as PersonOffer | undefined;
}

export function setPreviousOffer(context: TurnContext, offer: PersonOffer | undefined): void {
  context.turnState.set(PREVIOUS_OFFER, offer);
}
