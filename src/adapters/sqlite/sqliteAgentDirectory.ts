import type { SqliteDatabase } from './openSqlite';
import type { AgentDirectory } from '../../ports/agentDirectory';
import { agentSchema, type Agent } from '../../domain/agent';

/** Console accounts in the embedded database; availability has its own column so it changes alone. */
export class SqliteAgentDirectory implements AgentDirectory {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      save: db.prepare(
        `INSERT INTO agents (id, available, password_hash, data) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET available = excluded.available, password_hash = excluded.password_hash, data = excluded.data`,
      ),
      find: db.prepare('SELECT available, data FROM agents WHERE id = ?'),
      hash: db.prepare('SELECT password_hash FROM agents WHERE id = ?').pluck(),
      list: db.prepare('SELECT available, data FROM agents ORDER BY id'),
      setAvailable: db.prepare('UPDATE agents SET available = ? WHERE id = ?'),
    };
  }

  async save(agent: Agent, passwordHash: string): Promise<void> {
    this.statements.save.run(agent.id, agent.available ? 1 : 0, passwordHash, JSON.stringify(agent));
  }

  async find(id: string): Promise<Agent | undefined> {
    const row = this.statements.find.get(id) as Row | undefined;
    return row && toAgent(row);
  }

  async passwordHash(id: string): Promise<string | undefined> {
    return this.statements.hash.get(id) as string | undefined;
  }

  async list(): Promise<Agent[]> {
    return (this.statements.list.all() as Row[]).map(toAgent);
  }

  async setAvailable(id: string, available: boolean): Promise<Agent | undefined> {
    this.statements.setAvailable.run(available ? 1 : 0, id);
    return this.find(id);
  }
}

interface Row {
  available: number;
  data: string;
}

function toAgent(row: Row): Agent {
  return agentSchema.parse({ ...JSON.parse(row.data), available: row.available === 1 });
}
