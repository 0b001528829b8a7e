import type { SqliteDatabase } from './openSqlite';
import type { AgentSession, AgentSessions } from '../../ports/agentSessions';

/** Console sessions in the embedded database; expired ones are removed as new ones are made. */
export class SqliteAgentSessions implements AgentSessions {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)'),
      purge: db.prepare('DELETE FROM agent_sessions WHERE expires_at <= ?'),
      find: db.prepare('SELECT token_hash AS tokenHash, agent_id AS agentId, csrf_token AS csrfToken, expires_at AS expiresAt FROM agent_sessions WHERE token_hash = ? AND expires_at > ?'),
      delete: db.prepare('DELETE FROM agent_sessions WHERE token_hash = ?'),
      count: db.prepare('SELECT count(*) FROM agent_sessions WHERE agent_id = ? AND expires_at > ?').pluck(),
    };
  }

  async create(session: AgentSession): Promise<void> {
    this.statements.purge.run(new Date().toISOString());
    this.statements.insert.run(session.tokenHash, session.agentId, session.csrfToken, session.expiresAt.toISOString());
  }

  async find(tokenHash: string, now: Date): Promise<AgentSession | undefined> {
    const row = this.statements.find.get(tokenHash, now.toISOString()) as (Omit<AgentSession, 'expiresAt'> & { expiresAt: string }) | undefined;
    return row && { ...row, expiresAt: new Date(row.expiresAt) };
  }

  async delete(tokenHash: string): Promise<void> {
    this.statements.delete.run(tokenHash);
  }

  async countFor(agentId: string, now: Date): Promise<number> {
    return this.statements.count.get(agentId, now.toISOString()) as number;
  }
}
