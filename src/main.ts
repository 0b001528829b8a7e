import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState, type Storage } from 'botbuilder';
import { loadConfig } from './config/loadConfig';
import { loadPlan } from './config/loadPlan';
import type { Config } from './config/configSchema';
import { ConfigError } from './domain/errors';
import type { MemberPreferences } from './domain/memberPreferences';
import type { Clock } from './ports/clock';
import { systemClock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { IntentRecognizer } from './ports/intentRecognizer';
import { createLogger } from './createLogger';
import { createMetrics } from './metrics';
import { projectRoot } from './projectRoot';
import { openSqlite } from './adapters/sqlite/openSqlite';
import { SqliteStorage } from './adapters/sqlite/sqliteStorage';
import { SqliteDirectLineStore } from './adapters/sqlite/sqliteDirectLineStore';
import { SqliteSecretStore } from './adapters/sqlite/sqliteSecretStore';
import { InProcessConversationEvents } from './adapters/memory/inProcessConversationEvents';
import { createI18n } from './i18n/createI18n';
import { SafetyScreen } from './nlu/safetyScreen';
import { CommandInterpreter } from './nlu/commandInterpreter';
import { loadProjectLexicons, trainProjectRecognizer } from './nlu/nluFiles';
import { Replies } from '../dialogs/shared/replies';
import { RootDialog } from '../dialogs/root/rootDialog';
import { MemberSession, type Verification } from '../dialogs/shared/memberSession';
import { OutcomeRecorder } from '../dialogs/shared/outcomes';
import type { MemberStore } from './ports/memberStore';
import type { VerificationStore } from './ports/verificationStore';
import type { OutcomeStore } from './ports/outcomeStore';
import { SqliteMemberStore } from './adapters/sqlite/sqliteMemberStore';
import { SqliteVerificationStore } from './adapters/sqlite/sqliteVerificationStore';
import { SqliteOutcomeStore } from './adapters/sqlite/sqliteOutcomeStore';
import { loadDemoMembers } from './config/loadDemoMembers';
import { LanguagePreference } from '../dialogs/shared/languagePreference';
import { CarebridgeBot } from './bot/carebridgeBot';
import { ConversationLock } from './bot/conversationLock';
import { LastRepliesRecorder, type LastReplies } from './bot/lastReplies';
import { configureAdapter, type AdapterPipelineDeps } from './bot/configureAdapter';
import type { TurnLogic } from './bot/turnLogic';
import type { Plan } from './domain/plan';
import type { Metrics } from './metrics';
import { DirectLineAdapter } from './channels/directline/directLineAdapter';
import { DirectLineService } from './channels/directline/directLineService';
import { TokenService } from './channels/directline/tokenService';
import { ActivityStream } from './channels/directline/activityStream';
import { directLineRoutes, DIRECT_LINE_BASE } from './channels/directline/directLineRoutes';
import { botFrameworkRoutes } from './channels/botframework/botFrameworkRoutes';
import { webRoutes } from './web/webRoutes';
import { healthRoutes } from './http/healthRoutes';
import { nluRoutes } from './http/nluRoutes';
import { createApp } from './app';

export interface BotCoreDeps {
  storage: Storage;
  members: MemberStore;
  attempts: VerificationStore;
  outcomes: OutcomeStore;
  clock: Clock;
  plan: Plan;
  root: string;
  metrics: Metrics;
  logger: Logger;
  /** The offline recognizer, trained here, unless another one is given (a cloud one, or a test's). */
  recognizer?: IntentRecognizer;
}

/** The bot and the middleware every adapter shares, on any storage (tests use the same wiring). */
export function buildBotCore({ storage, members, attempts, outcomes, clock, plan, root, metrics, logger, ...given }: BotCoreDeps) {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const i18n = createI18n(join(root, 'locales'));
  const lexicons = loadProjectLexicons(root);
  const recognizer = given.recognizer ?? trainProjectRecognizer(root, lexicons.languageNames);
  const safety = new SafetyScreen(lexicons);
  const replies = new Replies(i18n, plan);
  const preference = new LanguagePreference(userState.createProperty<MemberPreferences>('preferences'));
  const lastReplies = new LastRepliesRecorder(conversationState.createProperty<LastReplies>('lastReplies'));
  const session = new MemberSession(conversationState.createProperty<Verification | undefined>('verification'), members, clock);
  const rootDialog = new RootDialog({
    replies,
    preference,
    plan,
    session,
    members,
    attempts,
    outcomes: new OutcomeRecorder(outcomes, clock),
    clock,
  });
  const bot = new CarebridgeBot({
    conversationState,
    userState,
    replies,
    preference,
    root: rootDialog,
    safety,
    interpreter: new CommandInterpreter(lexicons),
    recognizer,
    lastReplies,
  });
  const logic: TurnLogic = (context) => bot.run(context);
  const pipeline: AdapterPipelineDeps = { conversationState, userState, replies, lastReplies, metrics, logger };
  return { logic, pipeline, i18n, recognizer, safety };
}

export interface RunningCarebridge {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

/** The composition root: builds every part from the configuration and starts listening. */
export async function startCarebridge(config: Config, options: StartOptions = {}): Promise<RunningCarebridge> {
  const root = projectRoot();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const metrics = createMetrics();
  const plan = loadPlan(join(root, config.PLAN_FILE));

  if (config.DATABASE_URL.kind !== 'sqlite') {
    throw new ConfigError(['DATABASE_URL: PostgreSQL is not supported yet; use sqlite:<path>']);
  }
  const db = openSqlite(config.DATABASE_URL.path);
  const members = new SqliteMemberStore(db);
  if (config.DEMO_DATA) await loadDemoMembers(members, join(root, 'data', 'demo-members.json'), logger);
  const { logic, pipeline, i18n, recognizer, safety } = buildBotCore({
    storage: new SqliteStorage(db),
    members,
    attempts: new SqliteVerificationStore(db),
    outcomes: new SqliteOutcomeStore(db),
    clock,
    plan,
    root,
    metrics,
    logger,
  });
  const lock = new ConversationLock();

  const events = new InProcessConversationEvents();
  const store = new SqliteDirectLineStore(db);
  const tokenKey = config.DIRECTLINE_SECRET ?? (await new SqliteSecretStore(db).getOrCreate('directline.tokenKey', () => randomBytes(32).toString('base64url')));
  const tokens = new TokenService(tokenKey, config.DIRECTLINE_TOKEN_TTL_SECONDS, clock);
  const directLineAdapter = configureAdapter(new DirectLineAdapter(store, events, clock), pipeline);
  const directLine = new DirectLineService({
    store, events, adapter: directLineAdapter, tokens, lock, clock, logic,
    bot: { id: 'carebridge', name: plan.name, role: 'bot' },
  });
  const cloudAdapter = configureAdapter(
    new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      }),
    ),
    pipeline,
  );

  const app = createApp({
    logger,
    metrics,
    routers: [
      healthRoutes({ registry: metrics.registry, ready: async () => db.prepare('SELECT 1 AS ok').get() !== undefined }),
      directLineRoutesAt(directLine, tokens, config.PUBLIC_URL),
      botFrameworkRoutes(cloudAdapter, lock, logic),
      nluRoutes({ adminToken: config.ADMIN_TOKEN, safety, recognizer }),
      webRoutes({ i18n, plan, root }),
    ],
  });
  const stream = new ActivityStream(directLine, store, tokens, events, logger);
  const server = createServer(app);
  server.on('upgrade', (req, socket, head) => {
    if (!stream.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ port, database: 'sqlite' }, 'carebridge ready');

  return {
    server,
    url,
    close: async () => {
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

function directLineRoutesAt(service: DirectLineService, tokens: TokenService, publicUrl?: string): Router {
  return Router().use(DIRECT_LINE_BASE, directLineRoutes({ service, tokens, publicUrl }));
}

async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env);
    const running = await startCarebridge(config);
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.stdout.write(`Carebridge is running: ${config.PUBLIC_URL ?? running.url.replace('127.0.0.1', 'localhost')}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
