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
import { AgentWords } from './console/agentWords';
import { insightsRoutes } from './console/insightsRoutes';

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
  /** The plan's time zone: insights count its local days. */
  timeZone: string;
}

/**
 * Part of the composition root: the agent console, its sign-in, delivery of agents' words to
 * members, and the supervisors' insights page.
 */
export function agentConsole({ config, stores, i18n, root, events, channels, logic, lock, clock, logger, timeZone }: AgentConsoleDeps): Router[] {
  const delivery = new ChannelDelivery(channels, logic, lock, clock);
  const auth = new AgentAuth(stores.agents, stores.agentSessions, stores.attempts, stores.audit, clock);
  const cookie = new SessionCookie(config.PUBLIC_URL?.startsWith('https:') ?? false);
  const words = new AgentWords(i18n);
  return [
    consoleRoutes({ i18n, root, auth, cookie, desk: new AgentDesk({ stores, words, events, delivery, clock, logger }), agents: stores.agents, events, logger }),
    insightsRoutes({ i18n, words, auth, cookie, stores, timeZone, clock, logger }),
  ];
}
