import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandlerBase, type TurnContext } from 'botbuilder';

/** What a bench bot prints on stdout once it listens; the bench waits for it. */
export const BOT_READY = /Bench bot listening: (http:\/\/\S+)/;

/**
 * Serves a bot the way the botbuilder samples do: express, `POST /api/messages`, a CloudAdapter
 * with no app id (no JWT checks, anonymous calls to the connector on the activity's serviceUrl).
 */
export async function serveBot(bot: ActivityHandlerBase): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    process.stderr.write(`turn failed: ${error.stack ?? error.message}\n`);
    await context.sendActivity('The bot encountered an error.');
  };
  const app = express();
  app.post('/api/messages', express.json(), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', resolve));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  process.stdout.write(`Bench bot listening: http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
}
