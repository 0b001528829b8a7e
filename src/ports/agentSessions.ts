/** A signed-in console session; the cookie holds a random token, the store only its hash. */
export interface AgentSession {
  tokenHash: string;
  agentId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface AgentSessions {
  create(session: AgentSession): Promise<void>;
  /** The session, unless it does not exist or has expired. */
  find(tokenHash: string, now: Date): Promise<AgentSession | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** How many sessions of this agent are still valid (signed in on several devices). */
  countFor(agentId: string, now: Date): Promise<number>;
}
