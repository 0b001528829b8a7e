import type { PostgresPool } from './openPostgres';
import { inTransaction } from './openPostgres';
import type { TranscriptLog } from '../../ports/transcriptLog';
import { transcriptLineSchema, type TranscriptLine } from '../../domain/handoff';

/** Conversation lines on PostgreSQL; older lines past the bound are deleted as new ones come. */
export class PostgresTranscriptLog implements TranscriptLog {
  constructor(private readonly pool: PostgresPool) {}

  async append(conversationId: string, lines: TranscriptLine[], keep: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO transcript_lines (conversation_id, speaker, text, at)
         SELECT $1, speaker, text, at FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS l(speaker, text, at)`,
        [conversationId, lines.map((l) => l.from), lines.map((l) => l.text.replace(/\u0000/g, '\ufffd')), lines.map((l) => l.at)],
      );
      await client.query(
        `DELETE FROM transcript_lines WHERE conversation_id = $1 AND seq <= (
           SELECT seq FROM transcript_lines WHERE conversation_id = $1 ORDER BY seq DESC LIMIT 1 OFFSET $2)`,
        [conversationId, keep],
      );
    });
  }

  async recent(conversationId: string, limit: number): Promise<TranscriptLine[]> {
    const { rows } = await this.pool.query<{ from: string; text: string; at: Date }>(
      'SELECT speaker AS "from", text, at FROM transcript_lines WHERE conversation_id = $1 ORDER BY seq DESC LIMIT $2',
      [conversationId, limit],
    );
    return rows.reverse().map((r) => transcriptLineSchema.parse(r));
  }
}
