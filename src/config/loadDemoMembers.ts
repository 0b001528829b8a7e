import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { memberSchema } from '../domain/member';
import type { MemberStore } from '../ports/memberStore';
import type { Logger } from '../ports/logger';
import { ConfigError } from '../domain/errors';

/** Loads the demo members into an empty store (DEMO_DATA on); a store that has members is left alone. */
export async function loadDemoMembers(store: MemberStore, path: string, logger: Logger): Promise<void> {
  if ((await store.count()) > 0) return;
  const parsed = z.array(memberSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `demo members (${path}) ${i.path.join('.')}: ${i.message}`));
  }
  await store.save(parsed.data);
  logger.info({ members: parsed.data.length }, 'demo members loaded');
}
