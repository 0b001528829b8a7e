import type { DatabaseLocation } from './config/configSchema';
import type { ConversationEvents } from './ports/conversationEvents';
import type { ConsoleEvents } from './ports/consoleEvents';
import type { Logger } from './ports/logger';
import type { Stores } from './ports/stores';
import type { TurnLock } from './ports/turnLock';
import { ConversationLock } from './bot/conversationLock';
import { InProcessConversationEvents } from './adapters/memory/inProcessConversationEvents';
import { InProcessConsoleEvents } from './adapters/memory/inProcessConsoleEvents';
import { openSqliteStores } from './adapters/sqlite/sqliteStores';
import { openPostgresStores } from './adapters/postgres/postgresStores';
import { PostgresConversationEvents } from './adapters/postgres/postgresConversationEvents';
import { PostgresConsoleEvents } from './adapters/postgres/postgresConsoleEvents';
import { PostgresTurnLock } from './adapters/postgres/postgresTurnLock';

/** The database and what must be shared through it when several instances run (events, one turn at a time). */
export interface Database {
  kind: DatabaseLocation['kind'];
  stores: Stores;
  events: ConversationEvents;
  /** News for open agent consoles. */
  consoleEvents: ConsoleEvents;
  lock: TurnLock;
  close(): Promise<void>;
}

/**
 * Part of the composition root: SQLite (one process; events and turn order in memory) or
 * PostgreSQL (any number of instances; LISTEN/NOTIFY and advisory locks), by `DATABASE_URL`.
 */
export async function openDatabase(location: DatabaseLocation, logger: Logger): Promise<Database> {
  if (location.kind === 'sqlite') {
    const stores = openSqliteStores(location.path);
    return {
      kind: 'sqlite',
      stores,
      events: new InProcessConversationEvents(),
      consoleEvents: new InProcessConsoleEvents(),
      lock: new ConversationLock(),
      close: () => stores.close(),
    };
  }
  const stores = await openPostgresStores(location.url);
  const events = new PostgresConversationEvents(location.url, stores.pool, logger);
  await events.start();
  const consoleEvents = new PostgresConsoleEvents(location.url, stores.pool, logger);
  await consoleEvents.start();
  const lock = new PostgresTurnLock(location.url);
  return {
    kind: 'postgres',
    stores,
    events,
    consoleEvents,
    lock,
    close: async () => {
      await events.close();
      await consoleEvents.close();
      await lock.close();
      await stores.close();
    },
  };
}
