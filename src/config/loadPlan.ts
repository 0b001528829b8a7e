import { readFileSync } from 'node:fs';
import { planSchema, type Plan } from '../domain/plan';
import { ConfigError } from '../domain/errors';

/** Reads and validates the plan file; a broken file stops the start with the fields that are wrong. */
export function loadPlan(path: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`PLAN_FILE (${path}): ${(error as Error).message}`]);
  }
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `PLAN_FILE (${path}) ${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
