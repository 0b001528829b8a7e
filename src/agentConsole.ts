import type { Router } from 'express';
import type { i18n as I18n } from 'i18next';
import type { Config } from './config/configSchema';
import type { Stores } from './ports/stores';
import type { ConsoleEvents } from './ports/consoleEvents';
import type { TurnLock } from './ports/turnLock';
import type { Clock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { TurnLogic } from './bot/turnLogic';
import { ChannelDelivery, type ChannelTurn } from './channels/channelDelivery';
import { consoleRoutes } from './console/consoleRoutes';
import { AgentAuth } from './console/agentAuth';
import { SessionCookie } from './console/agentSession';
import { AgentDesk } from './console/agentDesk';
import { AgentWords } from './console/handoffSummary';

export interface AgentConsoleDeps {
  config: Config;
  stores: Stores;
  i18n: I18n;
  root: string;
  events: ConsoleEvents;
  /** How a turn runs on each channel a person's words can reach (web chat, SMS). */
  channels: Record<string, ChannelTurn>;
  logic: TurnLogic;
  lock: TurnLock;
  clock: Clock;
  logger: Logger;
}

/** Part of the composition root: the agent console, its sign-in, and delivery of agents' words to members. */
export function agentConsole({ config, stores, i18n, root, events, channels, logic, lock, clock, logger }: AgentConsoleDeps): Router {
  const delivery = new ChannelDelivery(channels, logic, lock, clock);
  return consoleRoutes({
    i18n,
    root,
    auth: new AgentAuth(stores.agents, stores.agentSessions, stores.attempts, stores.audit, clock),
    cookie: new SessionCookie(config.PUBLIC_URL?.startsWith('https:') ?? false),
    desk: new AgentDesk({ stores, words: new AgentWords(i18n), events, delivery, clock, logger }),
    agents: stores.agents,
    events,
    logger,
  });
}
