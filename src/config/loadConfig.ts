import { configSchema, type Config } from './configSchema';
import { ConfigError } from '../domain/errors';

/**
 * Validates the environment. Every problem is reported at once, each naming its variable,
 * so an operator fixes a bad deployment in one go.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  return parsed.data;
}
