import type { PostgresPool } from './openPostgres';
import type { AgentSession, AgentSessions } from '../../ports/agentSessions';

/** Console sessions on PostgreSQL, valid on every instance; expired ones are removed as new ones are made. */
export class PostgresAgentSessions implements AgentSessions {
  constructor(private readonly pool: PostgresPool) {}

  async create(session: AgentSession): Promise<void> {
    await this.pool.query('DELETE FROM agent_sessions WHERE expires_at <= now()');
    await this.pool.query('INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
      session.tokenHash,
      session.agentId,
      session.csrfToken,
      session.expiresAt,
    ]);
  }

  async find(tokenHash: string, now: Date): Promise<AgentSession | undefined> {
    const { rows } = await this.pool.query<AgentSession>(
      `SELECT token_hash AS "tokenHash", agent_id AS "agentId", csrf_token AS "csrfToken", expires_at AS "expiresAt"
       FROM agent_sessions WHERE token_hash = $1 AND expires_at > $2`,
      [tokenHash, now],
    );
    return rows[0];
  }

  async delete(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM agent_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async countFor(agentId: string, now: Date): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM agent_sessions WHERE agent_id = $1 AND expires_at > $2', [agentId, now]);
    return rows[0].n;
  }
}
