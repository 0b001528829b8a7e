import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState } from 'botbuilder';
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
import { createI18n } from './i18n/createI18n';
import { SafetyScreen } from './nlu/safetyScreen';
import { CommandInterpreter } from './nlu/commandInterpreter';
import { loadProjectLexicons, trainProjectRecognizer } from './nlu/nluFiles';
import { Replies } from '../dialogs/shared/replies';
import { RootDialog } from '../dialogs/root/rootDialog';
import { MemberSession, type Verification } from '../dialogs/shared/memberSession';
import { OutcomeRecorder } from '../dialogs/shared/outcomes';
import { Journal, type JournalState } from '../dialogs/shared/journal';
import { JournalMiddleware } from './bot/journalMiddleware';
import type { HandoffHub } from './ports/handoffHub';
import { EmbeddedHub } from './handoff/embeddedHub';
import { ExternalHub } from './handoff/externalHub';
import { LanguagePreference } from '../dialogs/shared/languagePreference';
import { CarebridgeBot } from './bot/carebridgeBot';
import { LastRepliesRecorder, type LastReplies } from './bot/lastReplies';
import { configureAdapter, type AdapterPipelineDeps } from './bot/configureAdapter';
import type { TurnLogic } from './bot/turnLogic';
import type { Plan } from './domain/plan';
import type { Metrics } from './metrics';
import { DIRECT_LINE_CHANNEL_ID, DirectLineAdapter } from './channels/directline/directLineAdapter';
import { SMS_CHANNEL_ID } from './channels/sms/smsRoutes';
import type { ChannelTurn } from './channels/channelDelivery';
import { agentConsole } from './agentConsole';
import { DirectLineService } from './channels/directline/directLineService';
import { TokenService } from './channels/directline/tokenService';
import { ActivityStream } from './channels/directline/activityStream';
import { directLineRoutes, DIRECT_LINE_BASE } from './channels/directline/directLineRoutes';
import { botFrameworkRoutes } from './channels/botframework/botFrameworkRoutes';
import { webRoutes } from './web/webRoutes';
import { healthRoutes } from './http/healthRoutes';
import { nluRoutes } from './http/nluRoutes';
import { createApp } from './app';
import type { Stores } from './ports/stores';
import type { TripDistance } from './ports/tripDistance';
import { openDatabase } from './openDatabase';
import { ZipCentroidDistance } from './adapters/geo/zipCentroidDistance';
import { loadDemoData } from './config/loadDemoData';
import { DayBeforeReminders } from './reminders/dayBeforeReminders';
import { SpeechLinks } from './speech/speechLinks';
import { MessageAudio } from './speech/messageAudio';
import { speechRoutes } from './http/speechRoutes';
import { rideStatusRoutes } from './http/rideStatusRoutes';
import { EmbeddedSpeech } from './adapters/espeak/embeddedSpeech';
import type { Speech } from './ports/speech';
import { phoneChannels } from './phoneChannels';

export interface BotCoreDeps {
  stores: Stores;
  distance: TripDistance;
  clock: Clock;
  plan: Plan;
  root: string;
  metrics: Metrics;
  logger: Logger;
  /** Where a member goes for a person: the embedded hub (agent console) or an external one. */
  hub: HandoffHub;
  /** The offline recognizer, trained here, unless another one is given (a cloud one, or a test's). */
  recognizer?: IntentRecognizer;
}

/** The bot and the middleware every adapter shares, on any storage (tests use the same wiring). */
export function buildBotCore({ stores, distance, clock, plan, root, metrics, logger, hub, ...given }: BotCoreDeps) {
  const conversationState = new ConversationState(stores.state);
  const userState = new UserState(stores.state);
  const i18n = createI18n(join(root, 'locales'));
  const lexicons = loadProjectLexicons(root);
  const recognizer = given.recognizer ?? trainProjectRecognizer(root, lexicons.languageNames);
  const safety = new SafetyScreen(lexicons);
  const replies = new Replies(i18n, plan);
  const preference = new LanguagePreference(userState.createProperty<MemberPreferences>('preferences'));
  const lastReplies = new LastRepliesRecorder(conversationState.createProperty<LastReplies>('lastReplies'));
  const session = new MemberSession(conversationState.createProperty<Verification | undefined>('verification'), stores.members, clock);
  const outcomes = new OutcomeRecorder(stores.outcomes, clock);
  const journal = new Journal(conversationState.createProperty<JournalState>('journal'), stores.transcripts);
  const rootDialog = new RootDialog({
    replies,
    preference,
    plan,
    session,
    members: stores.members,
    attempts: stores.attempts,
    outcomes,
    providers: stores.providers,
    appointments: stores.appointments,
    rides: stores.rides,
    distance,
    clock,
    journal,
    hub,
    feedback: stores.feedback,
    screenings: stores.socialScreenings,
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
    outcomes,
  });
  const logic: TurnLogic = (context) => bot.run(context);
  const pipeline: AdapterPipelineDeps = { conversationState, userState, replies, lastReplies, journal: new JournalMiddleware(journal, stores.notUnderstood, clock), metrics, logger };
  return { logic, pipeline, i18n, recognizer, safety, replies };
}

export interface RunningCarebridge {
  server: Server;
  url: string;
  /** The stores the app runs on (operators' scripts and tests look into them). */
  stores: Stores;
  /** The day-before reminders, to run now rather than at the next quarter hour. */
  reminders: DayBeforeReminders;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

/** How often the day-before reminders look for visits and rides of tomorrow. */
const REMINDER_RUN_EVERY_MS = 15 * 60 * 1000;

/** The composition root: builds every part from the configuration and starts listening. */
export async function startCarebridge(config: Config, options: StartOptions = {}): Promise<RunningCarebridge> {
  const root = projectRoot();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const metrics = createMetrics();
  const plan = loadPlan(join(root, config.PLAN_FILE));

  const database = await openDatabase(config.DATABASE_URL, logger);
  const { stores, events, lock, consoleEvents } = database;
  if (config.DEMO_DATA) await loadDemoData(stores, root, { now: clock.now(), timeZone: plan.memberServices.timeZone }, logger);
  const { logic, pipeline, i18n, recognizer, safety, replies } = buildBotCore({
    stores,
    distance: new ZipCentroidDistance(join(root, 'data', 'zip-centroids.json')),
    clock,
    plan,
    root,
    metrics,
    logger,
    hub:
      config.HANDOFF_HUB === 'external'
        ? new ExternalHub(logger)
        : new EmbeddedHub({ queue: stores.handoffs, agents: stores.agents, events: consoleEvents, clock, services: plan.memberServices }),
  });
  const links = new SpeechLinks(await stores.secrets.getOrCreate('speech.linkKey', () => randomBytes(32).toString('base64url')));
  const azure = config.AZURE_SPEECH_KEY && config.AZURE_SPEECH_REGION ? { key: config.AZURE_SPEECH_KEY, region: config.AZURE_SPEECH_REGION } : undefined;
  // The Speech SDK is large: it is loaded only when Azure is configured.
  const speech: Speech = azure ? new (await import('./adapters/azure/azureSpeech')).AzureSpeech({ ...azure, fallback: new EmbeddedSpeech() }) : new EmbeddedSpeech();
  const phone = phoneChannels({ config, stores, plan, pipeline, logic, lock, links, clock, logger });
  /** Texts go out through the SMS port when Twilio is configured; otherwise none. */
  const reminders = new DayBeforeReminders({ stores, sender: phone.sms, replies, timeZone: plan.memberServices.timeZone, clock, logger });
  reminders.start(REMINDER_RUN_EVERY_MS);

  const store = stores.directLine;
  const tokenKey = config.DIRECTLINE_SECRET ?? (await stores.secrets.getOrCreate('directline.tokenKey', () => randomBytes(32).toString('base64url')));
  const tokens = new TokenService(tokenKey, config.DIRECTLINE_TOKEN_TTL_SECONDS, clock);
  const directLineAdapter = configureAdapter(new DirectLineAdapter(store, events, clock), { ...pipeline, listenLinks: links });
  const directLine = new DirectLineService({
    store, events, adapter: directLineAdapter, tokens, lock, clock, logic,
    bot: { id: 'carebridge', name: plan.name, role: 'bot' },
  });
  const channels: Record<string, ChannelTurn> = {
    [DIRECT_LINE_CHANNEL_ID]: (activity, turn) => directLineAdapter.processActivity(activity, turn),
    [SMS_CHANNEL_ID]: (activity, turn) => phone.smsAdapter.runProactive(activity, turn),
  };
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
      healthRoutes({ registry: metrics.registry, ready: () => stores.ready() }),
      directLineRoutesAt(directLine, tokens, config.PUBLIC_URL),
      botFrameworkRoutes(cloudAdapter, lock, logic),
      nluRoutes({ adminToken: config.ADMIN_TOKEN, safety, recognizer }),
      webRoutes({ i18n, plan, root, speech: azure ? 'azure' : 'browser' }),
      speechRoutes(links, new MessageAudio(speech), azure),
      rideStatusRoutes(stores.rides, config.ADMIN_TOKEN, logger),
      ...phone.routers,
      ...agentConsole({ config, stores, i18n, root, events: consoleEvents, channels, logic, lock, clock, logger, timeZone: plan.memberServices.timeZone }),
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
  logger.info({ port, database: database.kind }, 'carebridge ready');

  return {
    server,
    url,
    stores,
    reminders,
    close: async () => {
      stream.close();
      reminders.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
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
