import type { PostgresPool } from './openPostgres';
import type { AgentDirectory } from '../../ports/agentDirectory';
import { agentSchema, type Agent } from '../../domain/agent';
import { jsonb } from './jsonb';

/** Console accounts on PostgreSQL; availability has its own column so it changes alone. */
export class PostgresAgentDirectory implements AgentDirectory {
  constructor(private readonly pool: PostgresPool) {}

  async save(agent: Agent, passwordHash: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO agents (id, available, password_hash, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET available = excluded.available, password_hash = excluded.password_hash, data = excluded.data`,
      [agent.id, agent.available, passwordHash, jsonb(agent)],
    );
  }

  async find(id: string): Promise<Agent | undefined> {
    const { rows } = await this.pool.query<Row>('SELECT available, data FROM agents WHERE id = $1', [id]);
    return rows[0] && toAgent(rows[0]);
  }

  async passwordHash(id: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ password_hash: string }>('SELECT password_hash FROM agents WHERE id = $1', [id]);
    return rows[0]?.password_hash;
  }

  async list(): Promise<Agent[]> {
    const { rows } = await this.pool.query<Row>('SELECT available, data FROM agents ORDER BY id');
    return rows.map(toAgent);
  }

  async setAvailable(id: string, available: boolean): Promise<Agent | undefined> {
    const { rows } = await this.pool.query<Row>('UPDATE agents SET available = $1 WHERE id = $2 RETURNING available, data', [available, id]);
    return rows[0] && toAgent(rows[0]);
  }
}

interface Row {
  available: boolean;
  data: object;
}

function toAgent(row: Row): Agent {
  return agentSchema.parse({ ...row.data, available: row.available });
}
