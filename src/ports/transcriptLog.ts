import type { TranscriptLine } from '../domain/handoff';

/**
 * The last lines of each conversation (member's and assistant's), for a person who takes it over.
 * Append-only and bounded per conversation, apart from bot state so a turn does not rewrite it.
 */
export interface TranscriptLog {
  /** Adds the lines of a turn; only the last `keep` lines of the conversation are kept. */
  append(conversationId: string, lines: TranscriptLine[], keep: number): Promise<void>;
  /** The conversation's last `limit` lines, oldest first. */
  recent(conversationId: string, limit: number): Promise<TranscriptLine[]>;
}
