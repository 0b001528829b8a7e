import { TestAdapter, type Activity } from 'botbuilder';
import { join } from 'node:path';
import pino from 'pino';
import { buildBotCore } from '../../src/main';
import { configureAdapter } from '../../src/bot/configureAdapter';
import { loadPlan } from '../../src/config/loadPlan';
import { createMetrics } from '../../src/metrics';
import { projectRoot } from '../../src/projectRoot';
import type { Language } from '../../src/domain/language';
import type { IntentRecognizer } from '../../src/ports/intentRecognizer';
import { FixedClock } from './fixedClock';
import { openSqliteStores } from '../../src/adapters/sqlite/sqliteStores';
import { ZipCentroidDistance } from '../../src/adapters/geo/zipCentroidDistance';
import { loadDemoData } from '../../src/config/loadDemoData';
import type { Stores } from '../../src/ports/stores';
import { loadProjectLexicons, trainProjectRecognizer } from '../../src/nlu/nluFiles';
import { EmbeddedHub } from '../../src/handoff/embeddedHub';
import { ExternalHub } from '../../src/handoff/externalHub';
import { InProcessConsoleEvents } from '../../src/adapters/memory/inProcessConsoleEvents';

export const root = projectRoot(__dirname);
export const demoPlan = loadPlan(join(root, 'data', 'demo-plan.json'));

let trained: IntentRecognizer | undefined;

/** The offline recognizer, trained once per test file (training takes about a second). */
function offlineRecognizer(): IntentRecognizer {
  if (!trained) {
    trained = trainProjectRecognizer(root, loadProjectLexicons(root).languageNames);
  }
  return trained;
}

export interface HarnessOptions {
  recognizer?: IntentRecognizer;
  clock?: FixedClock;
  /** Stores to run on (a database file shared with another harness, as a restarted process would); in-memory SQLite by default. */
  stores?: Stores;
  /** The embedded hub (agent console) by default, or an external contact-center hub. */
  hub?: 'embedded' | 'external';
}

/**
 * The real bot core (dialogs, safety screen, NLU, state and demo members on SQLite) behind
 * botbuilder's TestAdapter, so dialog tests read as a member's turns and the bot's replies.
 */
export async function createBotHarness(channelId = 'webchat', options: HarnessOptions = {}) {
  const clock = options.clock ?? new FixedClock('2026-11-30T15:00:00.000Z');
  const stores = options.stores ?? openSqliteStores(':memory:');
  const logger = pino({ level: process.env.HARNESS_LOG ?? 'silent' });
  const consoleEvents = new InProcessConsoleEvents();
  await loadDemoData(stores, root, { now: clock.now(), timeZone: demoPlan.memberServices.timeZone }, logger);
  const core = buildBotCore({
    stores,
    distance: new ZipCentroidDistance(join(root, 'data', 'zip-centroids.json')),
    clock,
    recognizer: options.recognizer ?? offlineRecognizer(),
    plan: demoPlan,
    root,
    metrics: createMetrics(),
    logger,
    hub:
      options.hub === 'external'
        ? new ExternalHub(logger)
        : new EmbeddedHub({ queue: stores.handoffs, agents: stores.agents, events: consoleEvents, clock, services: demoPlan.memberServices }),
  });
  /**
   * A conversation on this storage, by default of the same person (user id "user"). `channelData`
   * goes on every activity, the join included (TestAdapter's template wins over the activity's own).
   */
  const conversation = (conversationId = `test-${channelId}`, channelData?: object, userId = 'user') =>
    configureAdapter(
      new TestAdapter(core.logic, {
        channelId,
        conversation: { id: conversationId } as Activity['conversation'],
        from: { id: userId, name: 'member' },
        ...(channelData ? { channelData } : {}),
      } as Partial<Activity>),
      core.pipeline,
    );
  const adapter = conversation();
  /** Renders a key the way a member reads it, with the plan's values filled in. */
  const t = (language: Language, key: string, vars: Record<string, unknown> = {}) =>
    core.i18n.t(key, { lng: language, planName: demoPlan.name, phone: demoPlan.memberServices.phone, ...vars });
  return { adapter, conversation, t, clock, outcomes: stores.outcomes, stores, replies: core.replies, consoleEvents };
}

export type BotHarness = Awaited<ReturnType<typeof createBotHarness>>;

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
