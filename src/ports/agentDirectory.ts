import type { Agent } from '../domain/agent';

/** The people who sign in to the agent console, with their password hashes (argon2, never the password). */
export interface AgentDirectory {
  /** Adds the agent, or replaces its details and password hash. */
  save(agent: Agent, passwordHash: string): Promise<void>;
  find(id: string): Promise<Agent | undefined>;
  passwordHash(id: string): Promise<string | undefined>;
  list(): Promise<Agent[]>;
  setAvailable(id: string, available: boolean): Promise<Agent | undefined>;
}
