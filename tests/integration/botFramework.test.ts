import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/loadConfig';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { t } from '../helpers/localeText';

/** Each test starts the whole app (NLU training included); a busy CI machine needs more than jest's 5 s. */
jest.setTimeout(30_000);


/** A stand-in for the Bot Framework connector service that records the replies it gets. */
async function fakeConnector() {
  const received: Array<{ path: string; body: { text?: string; replyToId?: string } }> = [];
  const app = express();
  app.use(express.json());
  app.post(/.*/, (req, res) => {
    received.push({ path: req.path, body: req.body });
    res.json({ id: `reply-${received.length}` });
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(r)) };
}

const activity = (serviceUrl: string, text: string) => ({
  type: 'message',
  id: 'incoming-1',
  text,
  channelId: 'emulator',
  serviceUrl,
  conversation: { id: 'bf-conversation-1' },
  from: { id: 'bf-user-1', role: 'user' },
  recipient: { id: 'carebridge-bot', role: 'bot' },
  locale: 'en-US',
});

async function start(env: Record<string, string>): Promise<RunningCarebridge> {
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-bf-'));
  return startCarebridge(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, ...env }), {
    logger: pino({ level: 'silent' }),
  });
}

describe('POST /api/messages for Azure Bot Service channels', () => {
  it('answers through the channel connector when no app id is configured (local emulator)', async () => {
    const connector = await fakeConnector();
    const app = await start({});
    try {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity(connector.url, 'ya no quiero vivir')),
      });
      expect(res.status).toBeLessThan(300);
      const reply = connector.received.find((r) => r.path.includes('/v3/conversations/bf-conversation-1/activities'));
      expect(reply?.body.text).toContain(t('es', 'safety.crisis.lifeline'));
      expect(reply?.body.replyToId).toBe('incoming-1');
    } finally {
      await app.close();
      await connector.close();
    }
  });

  it('refuses a request without a valid token when an app id is configured', async () => {
    const connector = await fakeConnector();
    const app = await start({ MicrosoftAppId: '8e3b2a1c-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' });
    try {
      const anonymous = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity(connector.url, 'hello')),
      });
      expect(anonymous.status).toBe(401);
      const forged = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
        body: JSON.stringify(activity(connector.url, 'hello')),
      });
      expect(forged.status).toBe(401);
      expect(connector.received).toHaveLength(0);
    } finally {
      await app.close();
      await connector.close();
    }
  });

  it('refuses malformed JSON with a 400', async () => {
    const app = await start({});
    try {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":' });
      expect(res.status).toBe(400);
    } finally {
      await app.close();
    }
  });
});
