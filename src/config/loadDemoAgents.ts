import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { agentSchema } from '../domain/agent';
import type { AgentDirectory } from '../ports/agentDirectory';
import type { Logger } from '../ports/logger';
import { ConfigError } from '../domain/errors';

const demoAgentsSchema = z.object({
  /** One argon2id hash for every demo account (the password is in the README). */
  passwordHash: z.string().startsWith('$argon2id$'),
  agents: z.array(agentSchema).min(1),
});

/** Loads the demo console accounts when none exist yet (DEMO_DATA on); accounts already there are left alone. */
export async function loadDemoAgents(directory: AgentDirectory, path: string, logger: Logger): Promise<void> {
  if ((await directory.list()).length > 0) return;
  const parsed = demoAgentsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `demo agents (${path}) ${i.path.join('.')}: ${i.message}`));
  for (const agent of parsed.data.agents) await directory.save(agent, parsed.data.passwordHash);
  logger.info({ agents: parsed.data.agents.length }, 'demo console accounts loaded');
}
