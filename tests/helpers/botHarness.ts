import { TestAdapter, type Activity } from 'botbuilder';
import { join } from 'node:path';
import pino from 'pino';
import { buildBotCore } from '../../src/main';
import { configureAdapter } from '../../src/bot/configureAdapter';
import { openSqlite } from '../../src/adapters/sqlite/openSqlite';
import { SqliteStorage } from '../../src/adapters/sqlite/sqliteStorage';
import { loadPlan } from '../../src/config/loadPlan';
import { createMetrics } from '../../src/metrics';
import { projectRoot } from '../../src/projectRoot';
import type { Language } from '../../src/domain/language';
import type { IntentRecognizer } from '../../src/ports/intentRecognizer';

export const root = projectRoot(__dirname);
export const demoPlan = loadPlan(join(root, 'data', 'demo-plan.json'));

/**
 * The real bot core (dialogs, safety screen, state on SQLite) behind botbuilder's TestAdapter,
 * so dialog tests read as a member's turns and the bot's replies.
 */
export function createBotHarness(
  channelId = 'webchat',
  storage = new SqliteStorage(openSqlite(':memory:')),
  recognizer?: IntentRecognizer,
) {
  const core = buildBotCore({
    storage,
    recognizer,
    plan: demoPlan,
    root,
    metrics: createMetrics(),
    logger: pino({ level: 'silent' }),
  });
  /** A conversation of the same member (same user id) on this storage. */
  const conversation = (conversationId = `test-${channelId}`) =>
    configureAdapter(
      new TestAdapter(core.logic, { channelId, conversation: { id: conversationId } as Activity['conversation'] }),
      core.pipeline,
    );
  const adapter = conversation();
  /** Renders a key the way a member reads it, with the plan's values filled in. */
  const t = (language: Language, key: string, vars: Record<string, unknown> = {}) =>
    core.i18n.t(key, { lng: language, planName: demoPlan.name, phone: demoPlan.memberServices.phone, ...vars });
  return { adapter, conversation, t };
}

/** Sends one message and collects every reply of that turn. */
export async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0);
}

/** The conversationUpdate a channel sends when the member joins. */
export async function memberJoins(adapter: TestAdapter, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity({
    type: 'conversationUpdate',
    membersAdded: [{ id: 'user', name: 'member' }],
    ...extra,
  });
  return adapter.activeQueue.splice(0);
}

export const texts = (replies: Partial<Activity>[]): string => replies.map((r) => r.text ?? '').join('\n');
